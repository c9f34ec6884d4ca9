package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.coding.Coder;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.Item;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.CodingVersion;
import org.dyad.store.Ingestion;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad ingest}: code documents and keep them, their events and actors in a DuckDB file. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Code documents and store them with their events and actors in an embedded DuckDB file.",
            "Safe to repeat and to interrupt: stored documents are skipped, a killed run resumes, and documents",
            "coded by another coder version or other dictionaries are coded again and replaced."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories (as for dyad code).")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The database file, created if missing (default: ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that carry none.")
    LocalDate date;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--commit-every", defaultValue = "25", paramLabel = "N",
            description = "Documents per transaction (default: ${DEFAULT-VALUE}); a killed run loses at most these.")
    int commitEvery;

    @Option(names = "--force", description = "Code and replace every document, even those stored unchanged.")
    boolean force;

    @Option(names = "--max-chars", defaultValue = "1000000",
            description = "Longest document to code, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--any-language", description = "Code texts that do not look English (default: skip them).")
    boolean anyLanguage;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Inputs.Options options = new Inputs.Options(Optional.ofNullable(date), maxChars, !anyLanguage);
        try (Store store = Store.openForWriting(db)) {
            CodingVersion version = new CodingVersion(Coder.VERSION, CodingVersion.fingerprintResources());
            long t0 = System.nanoTime();
            long cpu0 = processCpu();
            Ingestion in = Ingestion.start(store, version, inputs.stream().map(Path::toString).toList(),
                    new Ingestion.Options(commitEvery, force));
            Iterator<Item> todo = in.filter(read(inputs, options));
            Pipeline pipeline = null;
            if (todo.hasNext()) {
                // loading is not part of the run's time: it happens once per process
                long l0 = System.nanoTime();
                long lc0 = processCpu();
                pipeline = Engine.pipeline();
                long load = System.nanoTime() - l0;
                t0 += load;
                cpu0 += processCpu() - lc0;
                err.printf("dyad ingest: models and dictionaries loaded in %.1f s; coder %s, resources %s%n",
                        load / 1e9, version.coder(), version.resources());
            }
            Batch.Summary s;
            try {
                s = new Batch(pipeline, threads, err, true).run(todo, in::accept);
            } catch (StoreException e) {
                Ingestion.Stats st = in.stats();
                in.fail(st.stored() + st.skipped(), 0, e.getMessage());
                err.println("dyad ingest: " + e.getMessage());
                err.printf("dyad ingest: %,d documents were stored before the failure; run the same command again "
                        + "to resume.%n", st.stored());
                return 1;
            }
            Ingestion.Stats st = in.finish(s.documents() + in.stats().skipped(), s.problems().size());
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpu() - cpu0) / 1e9;
            Batch.print(s, err);
            err.printf("dyad ingest: %s: %,d documents stored (%,d replaced), %,d already stored and skipped, "
                    + "%,d events written in %,d transactions%n", db, st.stored(), st.replaced(), st.skipped(),
                    st.events(), st.batches());
            err.printf("dyad ingest: %.1f s, %.2f articles/s; storage %.2f s wall (%.1f%% of the run), %.2f s CPU "
                    + "(%.1f%% of the %.1f s CPU the run used)%n", seconds, st.stored() / Math.max(seconds, 1e-9),
                    st.storageNanos() / 1e9, 100.0 * st.storageNanos() / 1e9 / Math.max(seconds, 1e-9),
                    st.storageCpuNanos() / 1e9, 100.0 * st.storageCpuNanos() / 1e9 / Math.max(cpu, 1e-9), cpu);
            // non-zero only if there was something to code and none of it could be
            return s.coded() == 0 && s.documents() > 0 && st.skipped() == 0 ? 1 : 0;
        } catch (StoreException e) {
            err.println("dyad ingest: " + e.getMessage());
            return 1;
        }
    }

    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    /** Where documents come from: the one place to change to read other formats. */
    static Iterator<Item> read(List<Path> inputs, Inputs.Options options) {
        return Inputs.of(inputs, options);
    }
}
