package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An article carrying {@code <script>} and {@code onerror=} payloads (in its text, title, outlet, an actor's
 * name and the rule) is stored and served: the JSON holds the strings unchanged but no markup, and in the
 * browser every view shows them as text and nothing runs.
 */
class XssTest extends ServedFixture {

    @Test
    void jsonCarriesPayloadsAsEscapedStrings() throws Exception {
        for (String path : List.of("/api/documents/xss-1", "/api/events?doc=xss-1", "/api/actors?group=code",
                "/api/dyads?group=code&interval=day", "/api/events?q=" + Http.q("<script>"))) {
            HttpResponse<String> r = http.get(path);
            assertEquals(200, r.statusCode(), path);
            assertEquals("application/json", r.headers().firstValue("content-type").orElse("").split(";")[0], path);
            assertEquals("nosniff", r.headers().firstValue("x-content-type-options").orElse(""), path);
            for (String raw : List.of("<script", "<img", "<svg", "onerror=\"")) {
                assertFalse(r.body().contains(raw), path + " holds raw " + raw);
            }
            assertTrue(r.body().contains("\\u003Cscript") || r.body().contains("\\u003Cimg"), path);
        }
        JsonNode d = http.json("/api/documents/xss-1");
        assertEquals(Fixture.XSS_TEXT, d.get("text").asText());
        assertEquals(Fixture.XSS_TITLE, d.get("title").asText());
        assertEquals(Fixture.SCRIPT, d.get("outlet").asText());
        assertEquals(Fixture.IMG_ACTOR, d.at("/events/0/source/name").asText());
    }

    @Test
    void nothingRunsInTheBrowser() throws Exception {
        Browser.check("xss", server.port());
    }
}
