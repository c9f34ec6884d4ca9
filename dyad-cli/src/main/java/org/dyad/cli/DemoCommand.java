package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.server.DemoCorpus;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad demo}: code the shipped demo corpus into a store, then serve it. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Code the demo corpus (61 short reports on well-known international events, written by the",
            "project) into a store and serve it at http://127.0.0.1:7070/ (as dyad serve). The store is kept:",
            "the next run starts at once unless the coder or its dictionaries changed."})
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad-demo.duckdb",
            description = "The store to code into and serve (default: ${DEFAULT-VALUE}).")
    Path db;

    @Mixin
    ServeOptions listen;

    @Option(names = "--threads", defaultValue = "2", description = "Coding threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-serve", description = "Only code the corpus into the store.")
    boolean noServe;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        DemoCorpus.Result r;
        try {
            r = DemoCorpus.code(db, Engine::pipeline, threads, System.err);
        } catch (StoreException e) {
            System.err.println("dyad demo: " + e.getMessage());
            return 1;
        }
        System.err.printf("dyad demo: %s: %d reports (%d coded now, with %d events; %d already stored; %d problems); "
                + "ready in %.1f s%n", db, r.read(), r.coded(), r.events(), r.skipped(), r.problems(),
                (System.nanoTime() - t0) / 1e9);
        if (r.coded() == 0 && r.skipped() == 0) {
            System.err.println("dyad demo: nothing could be coded");
            return 1;
        }
        return noServe ? 0 : ServeCommand.serve(db, listen.options(), "dyad demo");
    }
}
