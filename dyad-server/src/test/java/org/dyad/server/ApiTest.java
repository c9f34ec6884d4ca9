package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The API over HTTP, on the hand-made fixture store. */
class ApiTest extends ServedFixture {

    private static long total(String query) {
        return http.json("/api/events?" + query).get("total").asLong();
    }

    @Test
    void healthSaysVersionAndCounts() {
        JsonNode h = http.json("/api/health");
        assertEquals("ok", h.get("status").asText());
        assertFalse(h.get("version").asText().isBlank());
        assertTrue(h.get("read_only").asBoolean());
        assertEquals(Fixture.DOCUMENTS, h.get("documents").asInt());
        assertEquals(Fixture.EVENTS, h.get("events").asInt());
    }

    @Test
    void eventsPageWithTotal() {
        JsonNode all = http.json("/api/events?limit=4&offset=0");
        assertEquals(Fixture.EVENTS, all.get("total").asInt());
        assertEquals(4, all.get("events").size());
        JsonNode next = http.json("/api/events?limit=4&offset=8");
        assertEquals(1, next.get("events").size());
        assertEquals(Fixture.EVENTS, next.get("total").asInt());
        JsonNode beyond = http.json("/api/events?offset=100");
        assertEquals(0, beyond.get("events").size());
        assertEquals(Fixture.EVENTS, beyond.get("total").asInt());
        assertTrue(all.get("events").get(0).path("total_rows").isMissingNode());
        JsonNode e = all.get("events").get(0);
        assertEquals("doc-1", e.get("doc").asText());
        assertEquals("PRKGOV", e.at("/source/code").asText());
        assertEquals("congratulated", e.at("/evidence/trigger").asText());
        assertFalse(e.get("cameo_name").asText().isBlank());
        assertEquals("Kim congratulates Assad", e.at("/document/title").asText());
    }

    @Test
    void eachFilterSelects() {
        assertEquals(5, total("actor=USA"));                 // code prefix, source or target
        assertEquals(2, total("actor=" + Http.q("Lavrov")));  // a name
        assertEquals(5, total("country=SYR"));
        assertEquals(2, total("country=prk"));               // case folded
        assertEquals(1, total("sector=REB,MIL"));
        assertEquals(5, total("sector=gov"));
        assertEquals(1, total("cameo=19"));                  // root
        assertEquals(2, total("cameo=051"));                 // code
        assertEquals(3, total("plover=ACCUSE"));
        assertEquals(4, total("quad=3&quad=4"));
        assertEquals(4, total("from=2016-01-01&to=2016-03-05"));
        assertEquals(2, total("q=aleppo"));                 // sentence or title
        assertEquals(1, total("q=" + Http.q("TROOPS attacked")));
        assertEquals(3, total("source=USA&group=country"));
        assertEquals(3, total("source=USAGOV&group=code"));
        assertEquals(0, total("source=USAGOV&group=country"));
        assertEquals(3, total("source=USA&target=RUS&undirected=true"));
        assertEquals(1, total("source=USA&target=RUS"));
        assertEquals(3, total("doc=doc-3"));
        assertEquals(1, total("country=SYR&quad=4&from=2015-01-01"));
    }

    @Test
    void actorsCountedByGroup() {
        JsonNode byCountry = http.json("/api/actors").get("actors");
        assertEquals("SYR", byCountry.get(0).get("actor").asText());
        assertEquals(6, byCountry.get(0).get("events").asInt());
        JsonNode byCode = http.json("/api/actors?group=code").get("actors");
        Set<String> codes = new HashSet<>();
        byCode.forEach(a -> codes.add(a.get("actor").asText()));
        assertTrue(codes.containsAll(List.of("USAGOV", "RUSGOV", "SYRMIL", "SYRREB")), codes.toString());
    }

    @Test
    void dyadsWithQuadsAndSeries() {
        JsonNode d = http.json("/api/dyads?group=country&interval=month&source=USA&target=RUS&undirected=true");
        assertEquals("month", d.get("interval").asText());
        JsonNode dyads = d.get("dyads");
        assertEquals(2, dyads.size());
        long events = 0;
        for (JsonNode x : dyads) {
            events += x.get("events").asLong();
            long quads = 0;
            for (Iterator<JsonNode> it = x.get("quads").elements(); it.hasNext(); ) {
                quads += it.next().asLong();
            }
            assertEquals(x.get("events").asLong(), quads);
            long inSeries = 0;
            for (JsonNode p : x.get("series")) {
                inSeries += p.get("events").asLong();
                assertTrue(p.get("period").asText().matches("\\d{4}-\\d{2}-01"));
            }
            assertEquals(x.get("events").asLong(), inSeries);
        }
        assertEquals(3, events);
        JsonNode rusUsa = dyads.get(0);
        assertEquals("RUS", rusUsa.get("source").asText());
        assertEquals(-1.0, rusUsa.get("goldstein_sum").asDouble(), 1e-9);
        assertEquals(1, rusUsa.at("/quads/verbal_conflict").asInt());
        JsonNode week = http.json("/api/dyads?interval=week&source=RUS&target=USA").get("dyads").get(0).get("series");
        assertEquals(2, week.size());
        assertTrue(http.json("/api/dyads").get("dyads").get(0).path("series").isMissingNode());
    }

    @Test
    void documentWithTextDroppedRegionsAndSpans() {
        JsonNode d = http.json("/api/documents/xss-1");
        String text = d.get("text").asText();
        assertEquals(Fixture.XSS_TEXT, text);
        assertEquals("comments", d.at("/dropped/0/kind").asText());
        assertEquals(text.length(), d.at("/dropped/0/end").asInt());
        for (JsonNode e : d.get("events")) {
            JsonNode ev = e.get("evidence");
            assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
            assertEquals(ev.get("trigger").asText(), text.substring(ev.get("trigger_start").asInt(), ev.get("trigger_end").asInt()));
            JsonNode s = e.get("source");
            assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
        }
        HttpResponse<String> missing = http.get("/api/documents/nope");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("no document"));
    }

    @Test
    void csvHasHeaderAndFilteredRows() {
        HttpResponse<String> r = http.get("/api/events.csv?country=SYR");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertTrue(r.headers().firstValue("content-disposition").orElse("").contains("attachment"));
        String[] lines = r.body().split("\r\n");
        assertTrue(lines[0].startsWith("id,date,source_code,source_name"));
        assertEquals(5, lines.length - 1);
    }

    @Test
    void badParametersAreAnsweredWith400() {
        for (String q : List.of("quad=7", "quad=x", "from=yesterday", "cameo=abc", "country=SYRIA", "limit=-1",
                "limit=100000", "offset=x", "group=planet", "nosuch=1", "sector=GOVERNMENT", "plover=a;b", "undirected=maybe")) {
            HttpResponse<String> r = http.get("/api/events?" + q);
            assertEquals(400, r.statusCode(), q + ": " + r.body());
            assertTrue(r.body().contains("\"error\""), q);
            assertEquals("application/json", r.headers().firstValue("content-type").orElse("").split(";")[0]);
        }
        assertEquals(400, http.get("/api/dyads?interval=decade").statusCode());
        assertEquals(404, http.get("/api/nothing").statusCode());
    }

    @Test
    void openapiDescribesEveryRoute() {
        JsonNode doc = http.json("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        for (String p : List.of("/api/events", "/api/events.csv", "/api/actors", "/api/dyads", "/api/documents/{id}",
                "/api/health", "/api/codes", "/api/openapi.json")) {
            assertTrue(paths.contains(p), p);
        }
        for (String p : paths) {
            String concrete = p.replace("{id}", "doc-1");
            assertEquals(200, http.get(concrete).statusCode(), concrete);
        }
        Set<String> documented = new HashSet<>();
        doc.at("/paths/~1api~1events/get/parameters").forEach(n -> documented.add(n.has("$ref")
                ? n.get("$ref").asText().replaceAll(".*/", "") : n.get("name").asText()));
        for (String f : Params.FILTERS) {
            assertTrue(documented.contains(f), "filter " + f + " documented");
        }
    }

    @Test
    void pageAndLibrariesServedFromTheJarWithSecurityHeaders() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("vendor/cytoscape/dist/cytoscape.min.js"));
        assertTrue(page.headers().firstValue("content-security-policy").orElse("").contains("script-src 'self'"));
        assertEquals("nosniff", page.headers().firstValue("x-content-type-options").orElse(""));
        for (String lib : List.of("/vendor/cytoscape/dist/cytoscape.min.js", "/vendor/chart.js/dist/chart.umd.min.js",
                "/js/app.js", "/style.css")) {
            HttpResponse<String> r = http.get(lib);
            assertEquals(200, r.statusCode(), lib);
            assertTrue(r.body().length() > 100, lib);
        }
    }

    @Test
    void repeatedRequestsGetTheSameAnswerWithOrWithoutCache() throws Exception {
        try (DyadServer uncached = DyadServer.start(server.store().file(), new DyadServer.Options("127.0.0.1", 0, 0))) {
            Http other = new Http(uncached.port());
            for (String q : List.of("/api/events?country=SYR", "/api/dyads?interval=week", "/api/documents/doc-2",
                    "/api/actors?group=code")) {
                String first = http.get(q).body();
                assertEquals(first, http.get(q).body(), q);
                assertEquals(first, other.get(q).body(), q);
            }
        }
    }

    @Test
    void onLoopbackOnlyLoopbackHostNamesAreAnswered() throws Exception {
        assertTrue(Http.rawStatus(server.port(), "/api/health", "127.0.0.1:" + server.port()).contains(" 200"));
        assertTrue(Http.rawStatus(server.port(), "/api/health", "localhost").contains(" 200"));
        assertTrue(Http.rawStatus(server.port(), "/api/health", "attacker.example:" + server.port()).contains(" 403"));
        assertNotEquals("", DyadServer.hostName("[::1]:7070"));
        assertEquals("[::1]", DyadServer.hostName("[::1]:7070"));
        assertEquals("localhost", DyadServer.hostName("LOCALHOST:7070"));
    }
}
