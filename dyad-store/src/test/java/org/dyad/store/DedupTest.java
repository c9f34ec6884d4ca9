package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deduplicated event table: one row per (date, source, target, code, location) and its counts. */
class DedupTest {

    @TempDir
    Path dir;

    private Path store() {
        Path db = dir.resolve("d.duckdb");
        Docs.ingest(db, Docs.V1, List.of(
                // the same event in four articles: two outlets; b and c are near-duplicates (one cluster)
                Docs.doc("a", "2014-06-06", Map.of("source", "KCNA Watch"),
                        Docs.event("a", 1, "2014-06-05", "PRKGOV", "SYRGOV", "051", 2),
                        Docs.event("a", 4, "2014-06-05", "PRKGOV", "SYRGOV", "051", 1)),
                Docs.doc("b", "2014-06-07", Map.of("source", "Daily", "dup_cluster", "k1"),
                        Docs.event("b", 0, "2014-06-05", "PRKGOV", "SYRGOV", "051", 1)),
                Docs.doc("c", "2014-06-08", Map.of("source", "Daily", "dup_cluster", "k1"),
                        Docs.event("c", 2, "2014-06-05", "PRKGOV", "SYRGOV", "051", 1)),
                // identical text under another id: one article, whatever the id
                Docs.doc("c-copy", "2014-06-09", Map.of("url", "https://mirror.example/c"), "Text of a.",
                        Docs.event("c-copy", 0, "2014-06-05", "PRKGOV", "SYRGOV", "051", 1)),
                // another day, and two unknown people who must not merge
                Docs.doc("d", "2014-06-10", Map.of("source", "Daily"),
                        Docs.event("d", 0, "2014-06-09", "PRKGOV", "SYRGOV", "051", 1),
                        Docs.event("d", 1, "2014-06-09", "Kim Alpha", "SYRGOV", "051", 1),
                        Docs.event("d", 2, "2014-06-09", "Kim Beta", "SYRGOV", "051", 1))));
        return db;
    }

    @Test
    void anEventReportedByManyArticlesIsOneRowWithMentionsSourcesAndArticles() {
        Path db = store();
        // a: 2+1 mentions (two coded events: the same event in one document, kept apart by the coder, still one key)
        // b, c: one cluster; c-copy: text identical to a's; outlets: KCNA Watch, Daily, mirror.example
        assertEquals(List.of(List.of("2014-06-05", "PRKGOV", "SYRGOV", "051", "6", "3", "2", "5", "2014-06-06",
                "2014-06-09", "a")), Docs.rows(db, "SELECT date, source_code, target_code, cameo, num_mentions, "
                + "num_sources, num_articles, num_records, first_seen, last_seen, first_doc FROM event_counts "
                + "WHERE date = '2014-06-05'"));
        assertEquals(4, Docs.count(db, "SELECT count(*) FROM event_counts"));
    }

    @Test
    void unknownActorsAreKeptApartByName() {
        assertEquals(List.of(List.of("Kim Alpha"), List.of("Kim Beta")), Docs.rows(store(),
                "SELECT source_name FROM event_counts WHERE source_code IS NULL ORDER BY 1"));
    }

    @Test
    void mentionsViewHasOneRowPerDocumentStatingAnEvent() {
        Path db = store();
        assertEquals(List.of(List.of("a", "2", "2"), List.of("a", "5", "1"), List.of("b", "1", "1"), List.of("c", "3", "1"),
                List.of("c-copy", "1", "1")), Docs.rows(db, "SELECT m.doc, sentence_id, mentions_in_doc FROM mentions m "
                + "JOIN event_counts c USING (global_id) WHERE c.date = '2014-06-05' ORDER BY 1, 2"));
    }

    @Test
    void oneAStoryKeepsOneEventPerStorySourceTargetAndCode() {
        Path db = store();
        try (Store s = Store.openReadOnly(db)) {
            EventFilter f = EventFilter.none().withOneAStory(true);
            long coded = s.query(EventSql.coded(f), r -> { });
            assertEquals(7, coded, "a's two statements of one event become one; d keeps three dyads");
            List<Long> mentions = new java.util.ArrayList<>();
            s.query(EventSql.deduplicated(f), r -> {
                if ("2014-06-05".equals(r.getString("date"))) {
                    mentions.add(r.getLong("num_mentions"));
                }
            });
            assertEquals(List.of(5L), mentions);
        }
    }

    @Test
    void oneADayKeepsTheFirstReportOfEachDayDyadAndCode() {
        Path db = store();
        try (Store s = Store.openReadOnly(db)) {
            List<String> docs = new java.util.ArrayList<>();
            s.query(EventSql.coded(EventFilter.none().withOneADay(true)), r -> docs.add(r.getString("doc")));
            assertEquals(List.of("a", "d", "d", "d"), docs);
        }
    }
}
