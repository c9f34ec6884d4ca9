package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL injection through every filter of every endpoint, and through the document path: each attempt is
 * refused (400) or taken as a plain value that matches nothing; nothing fails inside the database, and the
 * store is the same afterwards.
 */
class SqlInjectionTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "' OR 1=1 --",
            "USA' OR source_code LIKE '%",
            "x'); DROP TABLE events; --",
            "1; DROP TABLE documents",
            "1 OR 1=1",
            "') UNION SELECT * FROM documents --",
            "%' OR '%'='",
            "\\'; COPY events TO '/tmp/dyad-pwned.csv'; --",
            "'||(SELECT string_agg(id, ',') FROM documents)||'",
            "\u0000",
            "ATTACH '/tmp/x.db' AS x");

    static final List<String> ENDPOINTS = List.of("/api/events", "/api/events.csv", "/api/actors", "/api/dyads");

    @TempDir
    static Path dir;
    static Path db;
    static String before;
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        db = Fixture.build(dir);
        before = digest(db);
        server = DyadServer.start(db, new DyadServer.Options("127.0.0.1", 0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        assertEquals(before, digest(db), "the store file changed");
        assertTrue(Files.notExists(Path.of("/tmp/dyad-pwned.csv")));
    }

    @Test
    void everyFilterOfEveryEndpointTakesPayloadsAsValues() {
        int tried = 0;
        for (String endpoint : ENDPOINTS) {
            for (String param : Params.FILTERS) {
                for (String payload : PAYLOADS) {
                    String url = endpoint + "?" + param + "=" + Http.q(payload);
                    HttpResponse<String> r = http.get(url);
                    tried++;
                    int s = r.statusCode();
                    assertTrue(s == 200 || s == 400, url + ": HTTP " + s + ": " + r.body());
                    if (s == 200 && endpoint.equals("/api/events")) {
                        long total;
                        try {
                            total = Http.JSON.readTree(r.body()).get("total").asLong();
                        } catch (java.io.IOException e) {
                            throw new AssertionError(e);
                        }
                        // group and undirected ignore nothing: a payload there is refused, so only value filters get here
                        assertEquals(0, total, url + " matched events: the payload changed the query");
                    }
                }
            }
        }
        assertTrue(tried >= ENDPOINTS.size() * Params.FILTERS.size() * PAYLOADS.size());
    }

    @Test
    void pagingAndIntervalTakeNumbersAndNamesOnly() {
        for (String payload : PAYLOADS) {
            for (String q : List.of("limit=", "offset=")) {
                assertEquals(400, http.get("/api/events?" + q + Http.q(payload)).statusCode(), q + payload);
            }
            assertEquals(400, http.get("/api/dyads?interval=" + Http.q(payload)).statusCode(), payload);
            assertEquals(400, http.get("/api/dyads?limit=" + Http.q(payload)).statusCode(), payload);
        }
    }

    @Test
    void documentPathIsAValue() {
        for (String payload : PAYLOADS) {
            if (payload.indexOf('\u0000') >= 0) {
                continue;
            }
            HttpResponse<String> r = http.get("/api/documents/" + Http.q(payload).replace("+", "%20"));
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, payload + ": " + r.statusCode() + " " + r.body());
        }
    }

    @Test
    void storeIsIntactAfterTheAttempts() {
        everyFilterOfEveryEndpointTakesPayloadsAsValues();
        JsonNode h = http.json("/api/health");
        assertEquals(Fixture.DOCUMENTS, h.get("documents").asInt());
        assertEquals(Fixture.EVENTS, h.get("events").asInt());
    }

    static String digest(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
