package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.dyad.nlp.corenlp.CoreNlpParser;
import org.dyad.pipeline.Pipeline;
import org.dyad.resources.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo as a user meets it: the shipped corpus coded with the real parser (once for the class), served,
 * and driven in Chromium: load the UI, click an edge, see the dyad's timeline and the events of a point,
 * open an event's evidence and find its sentence highlighted; filter the events table and download CSV.
 * Screenshots go to target/screenshots.
 */
class DemoBrowserTest {

    @TempDir
    static Path dir;
    static DemoCorpus.Result coded;
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void codeAndServe() {
        Path db = dir.resolve("demo.duckdb");
        coded = DemoCorpus.code(db, () -> new Pipeline(Resources.load(), new CoreNlpParser()), 2, System.err);
        server = DyadServer.start(db, new DyadServer.Options("127.0.0.1", 0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void demoCorpusIsCodedIntoANetwork() {
        assertEquals(0, coded.problems());
        assertTrue(coded.read() >= 30, "reports: " + coded.read());
        assertEquals(coded.read(), coded.coded());
        JsonNode h = http.json("/api/health");
        assertTrue(h.get("texts").asBoolean());
        assertTrue(h.get("events").asInt() > 150, "events: " + h.get("events"));
        assertTrue(http.json("/api/dyads?limit=1000").get("dyads").size() >= 40, "dyads");
    }

    @Test
    void everyEventsEvidenceLiesInItsText() {
        JsonNode docs = http.json("/api/events?limit=1000").get("events");
        java.util.Set<String> ids = new java.util.TreeSet<>();
        docs.forEach(e -> ids.add(e.get("doc").asText()));
        for (String id : ids) {
            JsonNode d = http.json("/api/documents/" + id);
            String text = d.get("text").asText();
            for (JsonNode e : d.get("events")) {
                JsonNode ev = e.get("evidence");
                assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()), id);
                assertEquals(ev.get("trigger").asText().contains("...") ? ev.get("trigger").asText()
                        : text.substring(ev.get("trigger_start").asInt(), ev.get("trigger_end").asInt()),
                        ev.get("trigger").asText(), id);
            }
        }
    }

    @Test
    void browserWalksFromNetworkToEvidence() throws Exception {
        Browser.check("demo", server.port());
    }
}
