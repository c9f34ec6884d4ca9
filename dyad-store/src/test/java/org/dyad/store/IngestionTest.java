package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.ingest.Item;
import org.dyad.model.Event;
import org.dyad.ontology.Ontology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestionTest {

    @TempDir
    Path dir;

    private static List<CodedDocument> synthetic(int n, int eventsPerDoc) {
        SyntheticCorpus c = new SyntheticCorpus(Ontology.load(), eventsPerDoc, "test-coder");
        List<CodedDocument> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(c.document(i));
        }
        return out;
    }

    @Test
    void storesEachDocumentWithItsMetadataEventsAndActors() {
        Path db = dir.resolve("s.duckdb");
        CodedDocument d = Docs.doc("a1", "2014-06-06", Map.of("url", "https://www.example.org/x", "title", "T",
                "source", "Example News", "dup_cluster", "c7", "language", "en"),
                Docs.event("a1", 0, "2014-06-05", "PRKGOV", "SYRGOV", "051", 2),
                Docs.event("a1", 3, "2014-06", "Hassan al-Nouri", null, "190", 1));
        Docs.ingest(db, Docs.V1, List.of(d));
        assertEquals(List.of(List.of("a1", "https://www.example.org/x", "Example News", "T", "2014-06-06", "en", "c7",
                "test-coder-1", "res-a", "2")), Docs.rows(db, "SELECT id, url, outlet, title, published, language, "
                + "dup_cluster, coder, resources, events FROM documents"));
        assertEquals(List.of(List.of("0", "2014-06-05", "day", "PRKGOV", "PRK", "GOV", "SYRGOV", "051", "05", "1", "2"),
                List.of("1", "2014-06", "month", "NULL", "NULL", "NULL", "NULL", "190", "19", "4", "1")),
                Docs.rows(db, "SELECT n, date, date_precision, source_code, source_country, source_sector, target_code, "
                        + "cameo, cameo_root, quad, mentions FROM events ORDER BY n"));
        assertEquals("Hassan al-Nouri", Docs.rows(db, "SELECT source_name FROM events WHERE n = 1").get(0).get(0));
    }

    @Test
    void anAttributedEventKeepsWhoReportsIt() {
        Path db = dir.resolve("s.duckdb");
        Event e = Docs.event("k", 0, "2014-06-05", "PRKGOV", "SYRGOV", "051", 1);
        org.dyad.model.Actor kcna = new org.dyad.model.Actor(Optional.of(new org.dyad.model.ActorCode("PRKMED")), "KCNA",
                0, 4, "Korean Central News Agency", "organization:media", "orgs.tsv:12");
        Event attributed = new Event(e.id(), e.doc(), e.sentence(), e.date(), e.source(), e.target(), e.cameo(), e.quad(),
                e.goldstein(), e.plover(), Optional.of(kcna), e.evidence(), 1);
        Docs.ingest(db, Docs.V1, List.of(Docs.doc("k", "2014-06-06", Map.of(), attributed)));
        assertEquals(List.of(List.of("PRKMED", "PRK", "MED", "KCNA", "orgs.tsv:12", "0", "4")), Docs.rows(db,
                "SELECT attribution_code, attribution_country, attribution_sector, attribution_text, attribution_entry, "
                        + "attribution_start, attribution_end FROM events"));
    }

    @Test
    void ingestingTheSameInputTwiceAddsNothing() {
        Path db = dir.resolve("s.duckdb");
        List<CodedDocument> docs = synthetic(30, 4);
        Ingestion.Stats first = Docs.ingest(db, Docs.V1, docs);
        assertEquals(30, first.stored());
        List<List<String>> before = Docs.rows(db, "SELECT * EXCLUDE (run, ingested_at) FROM documents ORDER BY id");
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, Docs.V1, List.of("again"), Ingestion.Options.defaults());
            List<Item> items = new ArrayList<>();
            docs.forEach(d -> items.add(new Item.Doc(d.document(), "again")));
            assertTrue(!in.filter(items.iterator()).hasNext(), "every document is already stored");
            Ingestion.Stats second = in.finish(30, 0);
            assertEquals(30, second.skipped());
            assertEquals(0, second.stored());
        }
        assertEquals(120, Docs.count(db, "SELECT count(*) FROM events"));
        assertEquals(before, Docs.rows(db, "SELECT * EXCLUDE (run, ingested_at) FROM documents ORDER BY id"));
    }

    @Test
    void aNewCoderVersionCodesAgainAndReplacesTheEventsCleanly() {
        Path db = dir.resolve("s.duckdb");
        Docs.ingest(db, Docs.V1, synthetic(20, 5));
        assertEquals(100, Docs.count(db, "SELECT count(*) FROM events"));
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, Docs.V2, List.of("recode"), Ingestion.Options.defaults());
            List<CodedDocument> recoded = synthetic(20, 3);
            List<Item> items = new ArrayList<>();
            recoded.forEach(d -> items.add(new Item.Doc(d.document(), "recode")));
            int passed = 0;
            for (var it = in.filter(items.iterator()); it.hasNext(); it.next()) {
                passed++;
            }
            assertEquals(20, passed, "documents coded by another coder version are coded again");
            recoded.forEach(in::accept);
            Ingestion.Stats s = in.finish(20, 0);
            assertEquals(20, s.replaced());
        }
        assertEquals(60, Docs.count(db, "SELECT count(*) FROM events"));
        assertEquals(List.of(List.of("test-coder-2", "20")),
                Docs.rows(db, "SELECT coder, count(*) FROM documents GROUP BY coder"));
        assertEquals(0, Docs.count(db, "SELECT count(*) FROM events WHERE n >= 3"));
        assertEquals(List.of(List.of("1", "done"), List.of("2", "done")),
                Docs.rows(db, "SELECT run, status FROM runs ORDER BY run"));
    }

    @Test
    void changedTextUnderTheSameIdReplacesTheDocument() {
        Path db = dir.resolve("s.duckdb");
        Docs.ingest(db, Docs.V1, List.of(Docs.doc("x", "2020-01-01", Map.of(), "Old text.",
                Docs.event("x", 0, "2020-01-01", "USA", "RUS", "040", 1))));
        Docs.ingest(db, Docs.V1, List.of(Docs.doc("x", "2020-01-01", Map.of(), "New text.",
                Docs.event("x", 0, "2020-01-01", "USA", "CHN", "042", 1),
                Docs.event("x", 1, "2020-01-01", "CHN", "USA", "043", 1))));
        assertEquals(List.of(List.of("x", "2")), Docs.rows(db, "SELECT id, events FROM documents"));
        assertEquals(List.of(List.of("042"), List.of("043")), Docs.rows(db, "SELECT cameo FROM events ORDER BY n"));
        // the text the evidence view shows is the new one, kept once
        assertEquals(List.of(List.of("x", "New text.")), Docs.rows(db, "SELECT doc, text FROM document_texts"));
    }

    @Test
    void aDocumentSeenTwiceInOneRunIsStoredOnceTheLaterWinning() {
        Path db = dir.resolve("s.duckdb");
        Ingestion.Stats s = Docs.ingest(db, Docs.V1, List.of(
                Docs.doc("d", "2020-01-01", Map.of(), "First.", Docs.event("d", 0, "2020-01-01", "USA", "RUS", "040", 1)),
                Docs.doc("e", "2020-01-01", Map.of(), "Other.", Docs.event("e", 0, "2020-01-01", "USA", "RUS", "040", 1)),
                Docs.doc("e", "2020-01-01", Map.of(), "Other.", Docs.event("e", 0, "2020-01-01", "USA", "RUS", "040", 1)),
                Docs.doc("d", "2020-01-01", Map.of(), "Second.", Docs.event("d", 0, "2020-01-01", "USA", "RUS", "190", 1))));
        assertEquals(1, s.duplicates(), "the second e is the same document; the second d is a new version of d");
        assertEquals(List.of(List.of("d", "190"), List.of("e", "040")),
                Docs.rows(db, "SELECT doc, cameo FROM events ORDER BY doc"));
    }

    @Test
    void aWriteFailureRollsBackTheWholeBatchAndKeepsWhatWasStored() {
        Path db = dir.resolve("s.duckdb");
        Docs.ingest(db, Docs.V1, synthetic(4, 2));
        Event good = Docs.event("g", 0, "2020-01-01", "USA", "RUS", "040", 1);
        Event bad = new Event("b-1", "b", 0, good.date(), good.source(), good.target(), good.cameo(), good.quad(), 99.0,
                Optional.empty(), Optional.empty(), good.evidence(), 1);
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, Docs.V1, List.of("bad"), new Ingestion.Options(2, false));
            in.accept(Docs.doc("g", "2020-01-01", Map.of(), good));
            StoreException e = assertThrows(StoreException.class,
                    () -> in.accept(Docs.doc("b", "2020-01-01", Map.of(), bad)));
            assertTrue(e.getMessage().contains("rolled back"), e.getMessage());
            assertTrue(e.getMessage().contains("2 documents (g .. b)"), e.getMessage());
        }
        assertEquals(4, Docs.count(db, "SELECT count(*) FROM documents"));
        assertEquals(8, Docs.count(db, "SELECT count(*) FROM events"));
        assertEquals(0, Docs.count(db, "SELECT count(*) FROM documents WHERE id IN ('g', 'b')"));
    }
}
