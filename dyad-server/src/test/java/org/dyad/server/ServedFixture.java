package org.dyad.server;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests over HTTP against the hand-made fixture store, served once per test class on a free port. */
abstract class ServedFixture {

    @TempDir
    static Path dir;
    static DyadServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = DyadServer.start(Fixture.build(dir), new DyadServer.Options("127.0.0.1", 0));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
