package org.dyad.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.server.DyadServer;
import org.dyad.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the web UI over a store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store (opened read-only) as a REST API (/api, documented at /api/openapi.json) and a",
            "web UI: network of actors, dyad timelines, events table with CSV, evidence in the article.",
            "Listens on 127.0.0.1 unless --host says otherwise; stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = "dyad.duckdb",
            description = "The database file to serve (default: ${DEFAULT-VALUE}).")
    Path db;

    @Mixin
    ServeOptions listen;

    @Override
    public Integer call() {
        return serve(db, listen.options(), "dyad serve");
    }

    /** Serves {@code db} until the process is stopped; returns non-zero if it cannot start. */
    static int serve(Path db, DyadServer.Options options, String who) {
        String host = options.host();
        int port = options.port();
        DyadServer server;
        try {
            server = DyadServer.start(db, options);
        } catch (StoreException | IllegalArgumentException e) {
            System.err.println(who + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println(who + ": cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return 1;
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.printf("%s: serving %s read-only at http://%s:%d/ (API: /api, /api/openapi.json); Ctrl-C stops%n",
                who, db, shown, server.port());
        if (!server.isLoopback()) {
            System.err.println(who + ": warning: listening on " + host + ": anyone who can reach this address can read the store");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
