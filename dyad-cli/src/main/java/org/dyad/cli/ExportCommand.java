package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.store.EventFilter;
import org.dyad.store.Exporter;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad export}: a store's events as GDELT, ICEWS, PLOVER, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a store's events in researchers' formats, to stdout or --out.",
            "gdelt: GDELT 2.0 Events TSV (61 columns, no header), one row per deduplicated event;",
            "icews: ICEWS coded-event TSV, plover: PLOVER JSON lines, one record per coded event;",
            "csv, parquet: the deduplicated table (default) or every coded event (--rows events)."})
final class ExportCommand implements Callable<Integer> {

    enum Rows { dedup, events }

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt, icews, plover, csv or parquet.")
    Exporter.Format format;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The store (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of stdout (Parquet needs it).")
    Path out;

    @Option(names = "--actor", paramLabel = "CODE|NAME", split = ",",
            description = "Source or target actor code prefix (SYR, IGOUNO) or name; repeatable.")
    List<String> actors = new ArrayList<>();

    @Option(names = "--country", paramLabel = "ISO3", split = ",",
            description = "Source, target or location country; repeatable.")
    List<String> countries = new ArrayList<>();

    @Option(names = "--code", paramLabel = "CAMEO", split = ",", description = "CAMEO code prefix (19, 051); repeatable.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events dated on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events dated on or before this day.")
    LocalDate to;

    @Option(names = "--one-a-story", description = "One event per story and (source, target, code), as PETRARCH.")
    boolean oneAStory;

    @Option(names = "--one-a-day", description = "One event per day and (source, target, code), as Phoenix.")
    boolean oneADay;

    @Option(names = "--rows", paramLabel = "dedup|events",
            description = "For csv and parquet: the deduplicated table (dedup, default) or every coded event.")
    Rows rows;

    @Override
    public Integer call() {
        EventFilter filter;
        try {
            filter = new EventFilter(actors, countries.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList(), codes,
                    Optional.ofNullable(from), Optional.ofNullable(to), oneAStory, oneADay);
        } catch (IllegalArgumentException e) {
            System.err.println("dyad export: " + e.getMessage());
            return 2;
        }
        boolean table = format == Exporter.Format.CSV || format == Exporter.Format.PARQUET;
        if (rows != null && !table) {
            System.err.println("dyad export: --rows applies to csv and parquet; " + format.name().toLowerCase(Locale.ROOT)
                    + " has its own unit (gdelt: deduplicated events; icews, plover: coded events)");
            return 2;
        }
        try (Store store = Store.openReadOnly(db)) {
            Exporter.Result r = Exporter.export(store, format, filter, rows != Rows.events, Optional.ofNullable(out),
                    System.out);
            System.err.printf("dyad export: %,d rows%s%s%n", r.rows(), out == null ? "" : " to " + out,
                    r.note().isEmpty() ? "" : "; " + r.note());
            return 0;
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println("dyad export: " + e.getMessage());
            return 1;
        }
    }
}
