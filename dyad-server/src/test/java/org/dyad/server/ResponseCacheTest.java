package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResponseCacheTest {

    @Test
    void keepsRecentAnswersWithinItsBounds() {
        ResponseCache c = new ResponseCache(2, 1000);
        c.put("a", new byte[] {1});
        c.put("b", new byte[] {2});
        assertArrayEquals(new byte[] {1}, c.get("a").orElseThrow());
        c.put("c", new byte[] {3});
        assertTrue(c.get("b").isEmpty(), "least recently used goes first");
        assertTrue(c.get("a").isPresent());
        c.put("big", new byte[200]);
        assertTrue(c.get("big").isEmpty(), "an answer over an eighth of the bytes is not kept");
        c.put("d", new byte[100]);
        c.put("e", new byte[100]);
        assertEquals(2L, ((Number) c.stats().get("entries")).longValue());
    }

    @Test
    void zeroEntriesKeepsNothing() {
        ResponseCache c = new ResponseCache(0, 1000);
        c.put("a", new byte[] {1});
        assertTrue(c.get("a").isEmpty());
    }
}
