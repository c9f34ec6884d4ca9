package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBConnection;

/**
 * Browsing a store opened read-only, for the server: pages of events, actors and dyads with counts,
 * Goldstein sums and quad classes (in total or per day, week, month or year), and one document with its
 * events. Queries take the export filter's SQL ({@link EventSql#coded}) and add {@link EventQuery}'s
 * conditions; every value is a parameter. Thread-safe: each query borrows one of a few connections to the
 * same database, and DuckDB's access to other files is switched off and locked.
 */
public final class Explorer implements AutoCloseable {

    /** One page of events (columns of {@code events} and their document's), and how many match in all. */
    public record Page(long total, List<Map<String, Object>> rows) {
        public Page {
            rows = List.copyOf(rows);
        }
    }

    /** Events by CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal, 4 material conflict. */
    public record Quads(long verbalCooperation, long materialCooperation, long verbalConflict, long materialConflict) {
    }

    /** An actor (a key under the query's {@link ActorGroup}) and the events it takes part in. */
    public record ActorCount(String actor, String name, String country, long events, long asSource, long asTarget,
                             double goldsteinSum) {
    }

    /** A source-target pair and its events; dates are the first and last event days (ISO), or null. */
    public record DyadCount(String source, String target, String sourceName, String targetName, long events,
                            double goldsteinSum, double goldsteinMean, Quads quads, String firstDate, String lastDate) {
    }

    /** A pair's events in one period ({@code period} is its first day, ISO). */
    public record DyadPoint(String source, String target, String period, long events, double goldsteinSum,
                            Quads quads) {
    }

    /** A stored document: its row, its text where the store keeps it, and its events. */
    public record StoredDocument(Map<String, Object> columns, Optional<String> text, List<Map<String, Object>> events) {
    }

    /** The periods of a timeline. */
    public enum Interval { DAY, WEEK, MONTH, YEAR }

    /** The event columns a page returns (ids as text: JavaScript numbers hold 53 bits). */
    private static final String EVENT_COLUMNS = "* EXCLUDE (global_id, day_id, event_key, content_hash, source_key, "
            + "target_key, ingested_at, corpus), global_id::VARCHAR AS global_id";
    private static final String CSV_COLUMNS = "id, date, source_code, source_name, target_code, target_name, cameo, "
            + "quad, goldstein, plover_type, plover_mode, plover_context, location_name, location_country, doc, title, "
            + "outlet, url, published, sentence, evidence_text, trigger, rule, coder";
    /** How {@link EventSql#coded} ends. */
    private static final String CODED_ORDER = " ORDER BY date_from NULLS LAST, doc, n";
    private static final String QUADS = "count(*) FILTER (WHERE quad = 1), count(*) FILTER (WHERE quad = 2), "
            + "count(*) FILTER (WHERE quad = 3), count(*) FILTER (WHERE quad = 4)";

    private final Store store;
    private final List<Connection> connections = new ArrayList<>();
    private final BlockingQueue<Connection> pool;
    private final boolean hasTexts;

    private Explorer(Store store, int size) {
        this.store = store;
        this.pool = new ArrayBlockingQueue<>(size);
        try {
            try (Statement st = store.connection().createStatement();
                 ResultSet r = st.executeQuery("SELECT current_setting('enable_external_access')")) {
                // a second explorer of the same file in one process shares the database, already locked
                if (r.next() && r.getBoolean(1)) {
                    st.execute("SET enable_external_access = false");
                    st.execute("SET lock_configuration = true");
                }
            }
            DuckDBConnection main = store.connection().unwrap(DuckDBConnection.class);
            for (int i = 0; i < size; i++) {
                Connection c = main.duplicate();
                connections.add(c);
                pool.add(c);
            }
            hasTexts = with(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? "
                        + "AND database_name = current_database()")) {
                    ps.setString(1, DocumentTexts.TABLE);
                    try (ResultSet r = ps.executeQuery()) {
                        return r.next() && r.getLong(1) > 0;
                    }
                }
            });
        } catch (SQLException e) {
            close();
            throw store.failure("opening connections to", e);
        }
    }

    /** Explores {@code store}, which must be open read-only, with {@code connections} concurrent queries at most. */
    public static Explorer open(Store store, int connections) {
        if (!store.isReadOnly()) {
            throw new IllegalArgumentException("the explorer reads a store opened read-only");
        }
        return new Explorer(store, Math.max(1, connections));
    }

    public boolean hasTexts() {
        return hasTexts;
    }

    /** Answers if the database does (a query of the store's layout version); throws otherwise. */
    public void ping() {
        with(c -> one(c, "SELECT value FROM dyad_meta WHERE key = 'schema_version'", List.of()));
    }

    /** Documents and events stored, and the first and last event day. */
    public Map<String, Object> summary() {
        return with(c -> one(c, "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) "
                + "AS events, (SELECT min(date_from)::VARCHAR FROM events) AS first_date, "
                + "(SELECT max(date_from)::VARCHAR FROM events) AS last_date", List.of()).orElseThrow());
    }

    public Page events(EventQuery q, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String from = from(q, params);
        return with(c -> {
            List<Object> p = new ArrayList<>(params);
            p.add(limit);
            p.add(offset);
            List<Map<String, Object>> rows = rows(c, "SELECT " + EVENT_COLUMNS + ", count(*) OVER () AS total_rows FROM "
                    + from + " ORDER BY date_from NULLS LAST, doc, n LIMIT ? OFFSET ?", p);
            long total;
            if (rows.isEmpty()) {
                total = (Long) one(c, "SELECT count(*) AS n FROM " + from, params).orElseThrow().get("n");
            } else {
                total = ((Number) rows.get(0).get("total_rows")).longValue();
                rows.forEach(r -> r.remove("total_rows"));
            }
            return new Page(total, rows);
        });
    }

    /** Writes at most {@code max} matching events as CSV, with a header line; returns the rows written. */
    public long eventsCsv(EventQuery q, int max, Writer out) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + CSV_COLUMNS + " FROM " + from(q, params) + " ORDER BY date_from NULLS LAST, doc, n LIMIT ?";
        params.add(max);
        return with(c -> {
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
                ResultSetMetaData md = r.getMetaData();
                int n = md.getColumnCount();
                StringBuilder head = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    head.append(i > 1 ? "," : "").append(md.getColumnLabel(i));
                }
                out.write(head.append("\r\n").toString());
                long rows = 0;
                while (r.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        Object v = r.getObject(i);
                        line.append(i > 1 ? "," : "").append(v == null ? "" : csvCell(v));
                    }
                    out.write(line.append("\r\n").toString());
                    rows++;
                }
                out.flush();
                return rows;
            } catch (IOException e) {
                throw new StoreException("writing CSV failed: " + e.getMessage(), e);
            }
        });
    }

    /** A CSV cell: quoted where needed; text that a spreadsheet would take for a formula is made plain text. */
    static String csvCell(Object v) {
        String s = v instanceof Temporal ? v.toString() : String.valueOf(v);
        if (v instanceof CharSequence && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        return SqlQuery.csvField(s);
    }

    public List<ActorCount> actors(EventQuery q, int limit) {
        List<Object> params = new ArrayList<>();
        String ks = q.group().key("source");
        String kt = q.group().key("target");
        String sql = "WITH ev AS (SELECT * FROM " + from(q, params) + "), "
                + "sides AS (SELECT " + ks + " AS actor, source_code AS code, source_name AS name, source_country AS country, "
                + "1 AS s, 0 AS t, goldstein FROM ev UNION ALL SELECT " + kt + ", target_code, target_name, target_country, "
                + "0, 1, goldstein FROM ev WHERE " + kt + " IS NOT NULL) "
                + "SELECT actor, coalesce(mode(name) FILTER (WHERE code = actor), mode(name)) AS name, mode(country) AS country, "
                + "count(*) AS events, sum(s) AS as_source, sum(t) AS as_target, coalesce(sum(goldstein), 0) AS goldstein "
                + "FROM sides GROUP BY actor ORDER BY events DESC, actor LIMIT ?";
        params.add(limit);
        return with(c -> {
            List<ActorCount> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new ActorCount(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                            r.getLong(6), r.getDouble(7)));
                }
            }
            return out;
        });
    }

    /** The {@code limit} pairs with most events (source to target as coded), most first. */
    public List<DyadCount> dyads(EventQuery q, int limit) {
        List<Object> params = new ArrayList<>();
        String ks = q.group().key("source");
        String kt = q.group().key("target");
        String sql = "WITH ev AS (SELECT * FROM " + from(q, params) + ") "
                + "SELECT " + ks + " AS s, " + kt + " AS t, "
                + "coalesce(mode(source_name) FILTER (WHERE source_code = " + ks + "), mode(source_name)), "
                + "coalesce(mode(target_name) FILTER (WHERE target_code = " + kt + "), mode(target_name)), "
                + "count(*) AS n, coalesce(sum(goldstein), 0), coalesce(avg(goldstein), 0), " + QUADS + ", "
                + "min(date_from)::VARCHAR, max(date_from)::VARCHAR "
                + "FROM ev WHERE " + kt + " IS NOT NULL GROUP BY s, t ORDER BY n DESC, s, t LIMIT ?";
        params.add(limit);
        return with(c -> {
            List<DyadCount> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new DyadCount(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                            r.getDouble(6), r.getDouble(7), quads(r, 8), r.getString(12), r.getString(13)));
                }
            }
            return out;
        });
    }

    /** Per period, the events of the {@code limit} pairs with most events; undated events are left out. */
    public List<DyadPoint> series(EventQuery q, Interval interval, int limit) {
        List<Object> params = new ArrayList<>();
        String ks = q.group().key("source");
        String kt = q.group().key("target");
        String part = interval.name().toLowerCase(java.util.Locale.ROOT);
        String sql = "WITH ev AS (SELECT *, " + ks + " AS ks, " + kt + " AS kt FROM " + from(q, params) + "), "
                + "top AS (SELECT ks, kt, count(*) AS n FROM ev WHERE kt IS NOT NULL GROUP BY ks, kt "
                + "ORDER BY n DESC, ks, kt LIMIT ?) "
                + "SELECT ev.ks, ev.kt, date_trunc('" + part + "', date_from)::DATE::VARCHAR AS period, count(*), "
                + "coalesce(sum(goldstein), 0), " + QUADS + " FROM ev JOIN top ON ev.ks = top.ks AND ev.kt = top.kt "
                + "WHERE date_from IS NOT NULL GROUP BY ev.ks, ev.kt, period ORDER BY ev.ks, ev.kt, period";
        params.add(limit);
        return with(c -> {
            List<DyadPoint> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new DyadPoint(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getDouble(5),
                            quads(r, 6)));
                }
            }
            return out;
        });
    }

    /** A document by id, with its text (where kept) and its events in order. */
    public Optional<StoredDocument> document(String id) {
        return with(c -> {
            Optional<Map<String, Object>> row = one(c, "SELECT id, url, outlet, title, published, language, chars, "
                    + "sentences, events, dropped, dropped_chars, dup_cluster, metadata, corpus, coder, resources "
                    + "FROM documents WHERE id = ?", List.of(id));
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Optional<String> text = Optional.empty();
            if (hasTexts) {
                text = one(c, "SELECT text FROM " + DocumentTexts.TABLE + " WHERE doc = ?", List.of(id))
                        .map(m -> (String) m.get("text"));
            }
            List<Map<String, Object>> events = rows(c, "SELECT * EXCLUDE (global_id, day_id, event_key), "
                    + "global_id::VARCHAR AS global_id FROM events WHERE doc = ? ORDER BY sentence, n", List.of(id));
            return Optional.of(new StoredDocument(row.get(), text, events));
        });
    }

    /** The export filter's events with the query's conditions, unordered (callers order what they return). */
    private static String from(EventQuery q, List<Object> params) {
        EventSql.Sql coded = EventSql.coded(q.filter());
        params.addAll(coded.params());
        String sql = coded.sql();
        // the export's order would make DuckDB sort every wide row inside the subquery
        if (sql.endsWith(CODED_ORDER)) {
            sql = sql.substring(0, sql.length() - CODED_ORDER.length());
        }
        return "(" + sql + ") c" + q.where(params);
    }

    private static Quads quads(ResultSet r, int first) throws SQLException {
        return new Quads(r.getLong(first), r.getLong(first + 1), r.getLong(first + 2), r.getLong(first + 3));
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet r = ps.executeQuery()) {
            ResultSetMetaData md = r.getMetaData();
            int n = md.getColumnCount();
            List<Map<String, Object>> out = new ArrayList<>();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(md.getColumnLabel(i), plain(r.getObject(i)));
                }
                out.add(row);
            }
            return out;
        }
    }

    private static Optional<Map<String, Object>> one(Connection c, String sql, List<Object> params) throws SQLException {
        List<Map<String, Object>> rows = rows(c, sql, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** Dates and times as ISO text; everything else as the driver gives it. */
    private static Object plain(Object v) {
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (v instanceof Temporal) {
            return v.toString();
        }
        return v;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T with(Work<T> work) {
        Connection c;
        try {
            c = pool.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for a connection to " + store.file(), e);
        }
        if (c == null) {
            throw new StoreException("the database " + store.file() + " is busy: no connection free in 30 s");
        }
        try {
            return work.run(c);
        } catch (SQLException e) {
            throw store.failure("reading", e);
        } finally {
            pool.add(c);
        }
    }

    /** Closes the explorer's connections (not the store). */
    @Override
    public void close() {
        for (Connection c : connections) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing a read-only connection: nothing is lost
            }
        }
        connections.clear();
    }
}
