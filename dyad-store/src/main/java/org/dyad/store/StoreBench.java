package org.dyad.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dyad.ontology.Ontology;

/**
 * The store's speed on synthetic data: writes {@code documents x eventsPerDocument} event rows through the
 * ingest path (transactions of {@code commitEvery} documents), then times the researchers' query
 * "monthly Goldstein sum and quad-class counts per dyad" on the file opened read-only, as {@code dyad
 * query} opens it, over the coded events and over the deduplicated table.
 */
public final class StoreBench {

    /** The query being timed, over a table or view with date_from, source/target code, goldstein and quad. */
    public static String monthlyDyads(String table) {
        return "SELECT source_code, target_code, date_trunc('month', date_from) AS month, count(*) AS events, "
                + "sum(goldstein) AS goldstein, count(*) FILTER (WHERE quad = 1) AS verbal_cooperation, "
                + "count(*) FILTER (WHERE quad = 2) AS material_cooperation, "
                + "count(*) FILTER (WHERE quad = 3) AS verbal_conflict, "
                + "count(*) FILTER (WHERE quad = 4) AS material_conflict "
                + "FROM " + table + " WHERE date_from IS NOT NULL GROUP BY ALL ORDER BY ALL";
    }

    /**
     * Timings in seconds, each list sorted fastest first. For the coded events and for the deduplicated
     * table: the query with every result row fetched into Java ({@code eventQuery}, {@code dedupQuery}),
     * and the same aggregate computed and ordered inside DuckDB with only its size returned
     * ({@code eventEngine}, {@code dedupEngine}), which separates the store's work from shipping rows.
     */
    public record Figures(long eventRows, double writeSeconds, double storageSeconds, double openSeconds,
                          long resultRows, List<Double> eventQuery, List<Double> eventEngine, List<Double> dedupQuery,
                          List<Double> dedupEngine, long dedupRows, long dyads) {
    }

    private StoreBench() {
    }

    /**
     * Writes the synthetic corpus into {@code db} (skipped when {@code documents} is 0, to time an existing
     * store again), then times the queries.
     */
    public static Figures run(Path db, int documents, int eventsPerDocument, int repeats, PrintStream log) {
        if (documents == 0) {
            return time(db, 0, 0, repeats);
        }
        SyntheticCorpus corpus = new SyntheticCorpus(Ontology.load(), eventsPerDocument, "dyad-bench");
        CodingVersion version = new CodingVersion("dyad-bench", "synthetic");
        long w0 = System.nanoTime();
        Ingestion.Stats stats;
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, version, List.of("synthetic"), new Ingestion.Options(1000, false));
            for (int i = 0; i < documents; i++) {
                in.accept(corpus.document(i));
                if ((i + 1) % 20_000 == 0) {
                    log.printf("  %,d documents written%n", i + 1);
                }
            }
            stats = in.finish(documents, 0);
        }
        return time(db, (System.nanoTime() - w0) / 1e9, stats.storageNanos() / 1e9, repeats);
    }

    private static Figures time(Path db, double write, double storage, int repeats) {
        long o0 = System.nanoTime();
        try (Store store = Store.openReadOnly(db)) {
            double open = (System.nanoTime() - o0) / 1e9;
            List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            long[] rows = new long[4];
            for (int i = 0; i < repeats; i++) {
                times.get(0).add(time(store, monthlyDyads("events"), rows, 0));
                times.get(1).add(time(store, engineOnly(monthlyDyads("events")), rows, 1));
                times.get(2).add(time(store, monthlyDyads("event_counts"), rows, 2));
                times.get(3).add(time(store, engineOnly(monthlyDyads("event_counts")), rows, 3));
            }
            times.forEach(Collections::sort);
            long stored = count(store, "SELECT count(*) FROM events");
            long dedupRows = count(store, "SELECT count(*) FROM event_counts");
            long dyads = count(store, "SELECT count(DISTINCT (source_code, target_code)) FROM events");
            return new Figures(stored, write, storage, open, rows[0], times.get(0), times.get(1),
                    times.get(2), times.get(3), dedupRows, dyads);
        }
    }

    /** The query computed and ordered in DuckDB; one row comes back (its size and a checksum). */
    static String engineOnly(String sql) {
        return "SELECT count(*), sum(goldstein) FROM (" + sql + ")";
    }

    private static double time(Store store, String sql, long[] rows, int slot) {
        long t0 = System.nanoTime();
        long n = 0;
        try (Statement st = store.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            while (r.next()) {
                r.getObject(1);
                n++;
            }
        } catch (SQLException e) {
            throw store.failure("querying", e);
        }
        rows[slot] = n;
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long count(Store store, String sql) {
        try (Statement st = store.connection().createStatement(); ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw store.failure("counting in", e);
        }
    }
}
