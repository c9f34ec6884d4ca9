package org.dyad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of recent answers, by request path and query. The server opens its store read-only and DuckDB
 * keeps writers out while it does, so an answer cannot go stale while the server runs. Least recently used
 * entries go first when either bound is reached; 0 entries turns the cache off.
 */
final class ResponseCache {

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    ResponseCache(int maxEntries, long maxBytes) {
        this.maxEntries = Math.max(0, maxEntries);
        this.maxBytes = maxBytes;
    }

    synchronized Optional<byte[]> get(String key) {
        byte[] v = maxEntries == 0 ? null : entries.get(key);
        if (v == null) {
            misses++;
        } else {
            hits++;
        }
        return Optional.ofNullable(v);
    }

    synchronized void put(String key, byte[] value) {
        if (maxEntries == 0 || value.length > maxBytes / 8) {
            return;
        }
        byte[] old = entries.put(key, value);
        bytes += value.length - (old == null ? 0 : old.length);
        var it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            Map.Entry<String, byte[]> e = it.next();
            bytes -= e.getValue().length;
            it.remove();
        }
    }

    synchronized Map<String, Object> stats() {
        return Map.of("entries", entries.size(), "bytes", bytes, "hits", hits, "misses", misses, "max_entries", maxEntries);
    }
}
