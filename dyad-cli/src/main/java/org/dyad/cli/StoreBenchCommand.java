package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.store.StoreBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad store-bench}: the store's write and query speed on synthetic events. */
@Command(name = "store-bench", mixinStandardHelpOptions = true,
        description = {"Store speed on synthetic events: writes N event rows through the ingest path, then times",
            "\"monthly Goldstein sum and quad-class counts per dyad\" on the file opened read-only."})
final class StoreBenchCommand implements Callable<Integer> {

    @Option(names = "--rows", defaultValue = "1000000", description = "Event rows to write (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--events-per-doc", defaultValue = "10", description = "Events per document (default: ${DEFAULT-VALUE}).")
    int perDoc;

    @Option(names = "--repeat", defaultValue = "5", description = "Times to run each query (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--db", paramLabel = "FILE",
            description = "Keep the database here (default: a temporary file, deleted); an existing file is only queried.")
    Path db;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Path dir = null;
        Path file = db;
        if (file == null) {
            dir = Files.createTempDirectory("dyad-store-bench");
            file = dir.resolve("bench.duckdb");
        }
        boolean reuse = Files.exists(file);
        try {
            int docs = reuse ? 0 : Math.max(1, rows / perDoc);
            if (reuse) {
                out.printf("timing the queries on %s as it is (no writing)%n", file);
            } else {
                out.printf("writing %,d documents x %d events to %s ...%n", docs, perDoc, file);
            }
            StoreBench.Figures f = StoreBench.run(file, docs, perDoc, repeat, out);
            if (!reuse) {
                out.printf("write: %,d event rows in %.1f s (%,.0f rows/s; %.1f s inside the store), file %.0f MiB%n",
                        f.eventRows(), f.writeSeconds(), f.eventRows() / f.writeSeconds(), f.storageSeconds(),
                        Files.size(file) / 1048576.0);
            }
            out.printf("open read-only: %.3f s%n", f.openSeconds());
            out.printf("query \"monthly Goldstein sum and quad-class counts per dyad\" (%,d dyads, %,d result rows):%n",
                    f.dyads(), f.resultRows());
            print(out, "coded events, computed in DuckDB", f.eventEngine());
            print(out, "coded events, all rows fetched", f.eventQuery());
            String dedup = "event_counts (" + String.format("%,d", f.dedupRows()) + " rows), ";
            print(out, dedup + "computed in DuckDB", f.dedupEngine());
            print(out, dedup + "all rows fetched", f.dedupQuery());
            out.println("goal: <= 1 s over 1,000,000 rows");
            return 0;
        } finally {
            if (dir != null) {
                for (Path p : List.of(file, file.resolveSibling(file.getFileName() + ".wal"), dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void print(PrintStream out, String what, List<Double> times) {
        out.printf("  %-52s best %.3f s, median %.3f s, worst %.3f s (%d runs)%n", what, times.get(0),
                times.get(times.size() / 2), times.get(times.size() - 1), times.size());
    }
}
