package org.dyad.cli;

import org.dyad.server.DyadServer;
import picocli.CommandLine.Option;

/** Where and how {@code dyad serve} and {@code dyad demo} listen: one set of options for both. */
final class ServeOptions {

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); anything but loopback lets others read the store.")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--cache", defaultValue = "" + DyadServer.Options.CACHE_ENTRIES, paramLabel = "N",
            description = "Answers to keep in memory (default: ${DEFAULT-VALUE}; 0: none). The store is read-only while served.")
    int cache;

    DyadServer.Options options() {
        return new DyadServer.Options(host, port, cache);
    }
}
