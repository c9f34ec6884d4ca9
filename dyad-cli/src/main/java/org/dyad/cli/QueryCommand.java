package org.dyad.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.store.SqlQuery;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad query}: read-only SQL on a store, printed as a table or CSV. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run read-only SQL (DuckDB's dialect) on a store and print the result.",
            "Tables: documents, events, actors, runs; views: event_counts (deduplicated), mentions, unknown_actors.",
            "Example: dyad query \"SELECT cameo_root, count(*) FROM events GROUP BY ALL ORDER BY 2 DESC\""})
final class QueryCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SQL", description = "One SQL statement.")
    String sql;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--csv", description = "Print CSV (all rows) instead of a table.")
    boolean csv;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N",
            description = "Rows a table shows (default: ${DEFAULT-VALUE}); CSV prints all.")
    int maxRows;

    @Override
    public Integer call() {
        try (Store store = Store.openReadOnly(db)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            SqlQuery.run(store, sql, csv, maxRows, out);
            out.flush();
            return 0;
        } catch (StoreException e) {
            System.err.println("dyad query: " + e.getMessage());
            return 1;
        } catch (java.io.IOException e) {
            System.err.println("dyad query: " + e.getMessage());
            return 1;
        }
    }
}
