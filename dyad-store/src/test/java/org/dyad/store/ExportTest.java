package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.ontology.Ontology;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each export loaded back and checked against the schemas in ../shared/reference. */
class ExportTest {

    @TempDir
    static Path dir;
    static Path db;

    @BeforeAll
    static void fill() {
        db = dir.resolve("e.duckdb");
        SyntheticCorpus corpus = new SyntheticCorpus(Ontology.load(), 4, "test-coder");
        List<CodedDocument> docs = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            docs.add(corpus.document(i));
        }
        docs.add(Docs.doc("hand", "2014-06-06", Map.of("source", "KCNA", "url", "https://kcna.example/1"),
                Docs.event("hand", 0, "2014-06-05", "PRKGOV", "SYRGOV", "051", 2),
                Docs.event("hand", 1, "2014", "Hassan al-Nouri", null, "190", 1),
                Docs.event("hand", 2, "2014-06-05", "IGOUNO", "---REB", "0234", 1)));
        Docs.ingest(db, Docs.V1, docs);
    }

    private static String export(Exporter.Format f, EventFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Store s = Store.openReadOnly(db)) {
            Exporter.export(s, f, filter, true, Optional.empty(), out);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Column name to BigQuery type for one table of the GDELT schema file, in column order. */
    private static List<String[]> gdeltSchema() throws IOException {
        return Files.readAllLines(Shared.path("reference/gdelt_events_schema.tsv")).stream()
                .map(l -> l.split("\t")).filter(f -> f[0].equals("events_export")).map(f -> new String[] {f[2], f[3]})
                .toList();
    }

    @Test
    void gdeltExportHas61ColumnsOfTheCodebookTypesAndNoHeader() throws Exception {
        List<String[]> schema = gdeltSchema();
        assertEquals(61, schema.size());
        String tsv = export(Exporter.Format.GDELT, EventFilter.none());
        List<String> lines = tsv.lines().toList();
        assertEquals(Docs.count(db, "SELECT count(*) FROM event_counts"), lines.size());
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            assertEquals(61, f.length, line);
            for (int i = 0; i < 61; i++) {
                String type = schema.get(i)[1];
                if (!f[i].isEmpty() && type.equals("INTEGER")) {
                    Long.parseLong(f[i]);
                } else if (!f[i].isEmpty() && type.equals("FLOAT")) {
                    Double.parseDouble(f[i]);
                }
            }
            assertTrue(f[1].matches("\\d{8}") && f[26].matches("\\d{2,4}") && f[28].equals(f[26].substring(0, 2)), line);
        }
        // and DuckDB loads it with the codebook's types
        Path file = dir.resolve("gdelt.tsv");
        Files.writeString(file, tsv);
        String columns = schema.stream().map(c -> "'" + c[0] + "': '" + duck(c[1]) + "'").collect(Collectors.joining(", "));
        try (Connection c = Docs.memory()) {
            List<List<String>> row = Docs.rows(c, "SELECT count(*), count(DISTINCT GLOBALEVENTID), sum(NumMentions), "
                    + "min(EventRootCode) FROM read_csv('" + file + "', delim = '\t', header = false, quote = '', "
                    + "columns = {" + columns + "})");
            assertEquals(Long.toString(lines.size()), row.get(0).get(0));
            assertEquals(row.get(0).get(0), row.get(0).get(1), "GLOBALEVENTID is unique");
            assertEquals(Docs.rows(db, "SELECT sum(mentions) FROM events").get(0).get(0), row.get(0).get(2));
            assertEquals("01", row.get(0).get(3), "codes keep their leading zero");
        }
        String hand = lines.stream().filter(l -> l.contains("kcna.example")).filter(l -> l.contains("\t051\t"))
                .findFirst().orElseThrow();
        String[] f = hand.split("\t", -1);
        assertEquals(List.of("20140605", "PRKGOV", "PRK", "GOV", "SYRGOV", "051", "05", "1", "2", "1", "1"),
                List.of(f[1], f[5], f[7], f[12], f[15], f[26], f[28], f[29], f[31], f[32], f[33]));
        String un = lines.stream().filter(l -> l.contains("\tIGOUNO\t") && l.contains("kcna.example")).findFirst().orElseThrow();
        String[] g = un.split("\t", -1);
        assertEquals(List.of("IGOUNO", "", "UNO", "IGO", "---REB", "", "REB"), List.of(g[5], g[7], g[8], g[12], g[15], g[17], g[22]));
    }

    private static String duck(String bigQueryType) {
        return switch (bigQueryType) {
            case "INTEGER" -> "BIGINT";
            case "FLOAT" -> "DOUBLE";
            default -> "VARCHAR";
        };
    }

    @Test
    void icewsExportHasTheIcewsColumnsAndSpellsOutActors() throws IOException {
        List<String> header = Files.readAllLines(Shared.path("reference/icews_events_schema.tsv")).stream().skip(1)
                .map(l -> l.split("\t")[1]).toList();
        List<String> lines = export(Exporter.Format.ICEWS, EventFilter.none()).lines().toList();
        assertEquals(header, List.of(lines.get(0).split("\t", -1)));
        assertEquals(Docs.count(db, "SELECT count(*) FROM events"), lines.size() - 1);
        for (String l : lines.subList(1, lines.size())) {
            assertEquals(header.size(), l.split("\t", -1).length, l);
        }
        String hand = lines.stream().filter(l -> l.contains("\thand\t") && l.contains("\t051\t")).findFirst().orElseThrow();
        String[] f = hand.split("\t", -1);
        assertEquals("2014-06-05", f[1]);
        assertEquals("Government", f[3]);
        assertTrue(f[4].contains("Korea"), f[4]);
        assertEquals("Syria", f[10]);
        assertEquals("KCNA", f[13]);
        assertFalse(f[5].isBlank(), "event text is the CAMEO name");
    }

    @Test
    void ploverExportHasEveryRequiredField() throws IOException {
        List<String> required = Files.readAllLines(Shared.path("reference/plover_json_fields.tsv")).stream().skip(1)
                .map(l -> l.split("\t")).filter(f -> f.length > 2 && f[2].equals("Y")).map(f -> f[0]).toList();
        assertEquals(List.of("id", "date", "actor", "event"), required);
        Set<String> types = Files.readAllLines(Shared.path("reference/plover_event_types.tsv")).stream().skip(1)
                .map(l -> l.split("\t")[0].toUpperCase()).collect(Collectors.toSet());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = export(Exporter.Format.PLOVER, EventFilter.none()).lines().toList();
        assertEquals(Docs.count(db, "SELECT count(*) FROM events WHERE plover_type IS NOT NULL AND date_from IS NOT NULL"),
                lines.size());
        Set<String> ids = new java.util.HashSet<>();
        for (String l : lines) {
            JsonNode o = json.readTree(l);
            for (String field : required) {
                assertTrue(o.hasNonNull(field), field + " in " + l);
            }
            assertTrue(ids.add(o.get("id").asText()), "ids are unique");
            LocalDate.parse(o.get("date").asText());
            assertTrue(o.get("actor").isArray() && o.get("actor").size() > 0, l);
            assertTrue(o.get("event").isArray() && types.contains(o.get("event").get(0).asText()), l);
        }
    }

    @Test
    void parquetExportKeepsTheTableSchema() throws Exception {
        Path file = dir.resolve("events.parquet");
        try (Store s = Store.openReadOnly(db)) {
            Exporter.Result r = Exporter.export(s, Exporter.Format.PARQUET, EventFilter.none(), true, Optional.of(file),
                    System.out);
            assertEquals(Docs.count(db, "SELECT count(*) FROM event_counts"), r.rows());
        }
        try (Connection c = Docs.memory()) {
            Map<String, String> types = Docs.rows(c, "DESCRIBE SELECT * FROM read_parquet('" + file + "')").stream()
                    .collect(Collectors.toMap(x -> x.get(0), x -> x.get(1)));
            assertEquals("BIGINT", types.get("global_id"));
            assertEquals("DATE", types.get("date_from"));
            assertEquals("VARCHAR", types.get("cameo"));
            assertEquals("INTEGER", types.get("quad"));
            assertEquals("DOUBLE", types.get("goldstein"));
            assertEquals("BIGINT", types.get("num_mentions"));
            assertEquals("BIGINT", types.get("num_articles"));
            assertEquals("DATE", types.get("first_seen"));
            assertEquals(Docs.rows(db, "SELECT sum(num_mentions) FROM event_counts"),
                    Docs.rows(c, "SELECT sum(num_mentions) FROM read_parquet('" + file + "')"));
        }
    }

    @Test
    void csvExportOfCodedEventsLoadsBackRowForRow() throws Exception {
        Path file = dir.resolve("events.csv");
        try (Store s = Store.openReadOnly(db)) {
            Exporter.export(s, Exporter.Format.CSV, EventFilter.none(), false, Optional.of(file), System.out);
        }
        try (Connection c = Docs.memory()) {
            assertEquals(List.of(List.of(Long.toString(Docs.count(db, "SELECT count(*) FROM events")), "hand")),
                    Docs.rows(c, "SELECT count(*), max(doc) FILTER (WHERE source_name = 'Hassan al-Nouri') FROM read_csv('"
                            + file + "', header = true)"));
        }
    }

    @Test
    void filtersSelectByActorCountryCodeAndDate() {
        EventFilter byActor = new EventFilter(List.of("PRK"), List.of(), List.of(), Optional.empty(), Optional.empty(),
                false, false);
        String icews = export(Exporter.Format.ICEWS, byActor);
        assertEquals(Docs.count(db, "SELECT count(*) FROM events WHERE starts_with(source_code, 'PRK') "
                + "OR starts_with(target_code, 'PRK')"), icews.lines().count() - 1);
        EventFilter byName = new EventFilter(List.of("hassan al-nouri"), List.of(), List.of(), Optional.empty(),
                Optional.empty(), false, false);
        assertEquals(2, export(Exporter.Format.ICEWS, byName).lines().count());
        EventFilter narrow = new EventFilter(List.of(), List.of("SYR"), List.of("05"),
                Optional.of(LocalDate.of(2014, 6, 1)), Optional.of(LocalDate.of(2014, 6, 30)), false, false);
        List<String> gdelt = export(Exporter.Format.GDELT, narrow).lines().toList();
        assertEquals(Docs.count(db, "SELECT count(DISTINCT global_id) FROM events WHERE (source_country = 'SYR' OR "
                + "target_country = 'SYR') AND starts_with(cameo, '05') AND date_from BETWEEN '2014-06-01' AND '2014-06-30'"),
                gdelt.size());
        assertTrue(gdelt.size() >= 1);
    }
}
