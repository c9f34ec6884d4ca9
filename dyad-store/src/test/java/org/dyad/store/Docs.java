package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Evidence;

/** Hand-made coded documents and a few ways to look into a store, for the store's tests. */
final class Docs {

    static final CodingVersion V1 = new CodingVersion("test-coder-1", "res-a");
    static final CodingVersion V2 = new CodingVersion("test-coder-2", "res-a");

    private Docs() {
    }

    /** An event "SRC code TGT" in sentence {@code sentence}; an actor without a code is an unknown named one. */
    static Event event(String doc, int sentence, String date, String src, String tgt, String code, int mentions) {
        String text = src + " acts " + code + (tgt == null ? "" : " on " + tgt);
        CameoCode c = new CameoCode(code);
        return new Event(doc + "-e" + sentence + "-" + code, doc, sentence, DateRange.parse(date), actor(src, 0),
                Optional.ofNullable(tgt).map(t -> actor(t, text.length() - t.length())), c, c.quad(), 1.0,
                Optional.empty(), Optional.empty(), new Evidence(0, text.length(), text, "acts", src.length() + 1,
                        src.length() + 5, "test rule", "test-coder"), mentions);
    }

    private static Actor actor(String codeOrName, int start) {
        boolean code = codeOrName.matches("[A-Z-]{3,}");
        return new Actor(code ? Optional.of(new ActorCode(codeOrName)) : Optional.empty(), codeOrName, start,
                start + codeOrName.length(), codeOrName, "test", "test");
    }

    static CodedDocument doc(String id, String date, Map<String, Object> meta, Event... events) {
        return doc(id, date, meta, "Text of " + id + ".", events);
    }

    static CodedDocument doc(String id, String date, Map<String, Object> meta, String text, Event... events) {
        Document d = new Document(id, text, Optional.ofNullable(date).map(LocalDate::parse), meta, List.of());
        return new CodedDocument(d, 1, Arrays.asList(events), List.of());
    }

    static Ingestion.Stats ingest(Path db, CodingVersion v, List<CodedDocument> docs) {
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, v, List.of("test"), new Ingestion.Options(2, false));
            for (CodedDocument d : docs) {
                in.accept(d);
            }
            return in.finish(docs.size(), 0);
        }
    }

    /** The rows of a query, each as a list of strings (null as "NULL"), on a connection of its own. */
    static List<List<String>> rows(Path db, String sql) {
        try (Store store = Store.openReadOnly(db)) {
            return rows(store.connection(), sql);
        }
    }

    static List<List<String>> rows(Connection c, String sql) {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object v = r.getObject(i);
                    row.add(v == null ? "NULL" : v.toString());
                }
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static long count(Path db, String sql) {
        return Long.parseLong(rows(db, sql).get(0).get(0));
    }

    /** An in-memory DuckDB, for loading exports back. */
    static Connection memory() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }
}
