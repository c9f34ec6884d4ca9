package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dyad serve and dyad demo refuse what they cannot serve, with a non-zero exit (the server itself is tested in dyad-server). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void serveWithoutAStoreFails() {
        assertEquals(1, Main.run("serve", "--db", dir.resolve("missing.duckdb").toString(), "--port", "0"));
    }

    @Test
    void serveRefusesAnUnknownHost() {
        Path db = dir.resolve("empty.duckdb");
        org.dyad.store.Store.openForWriting(db).close();
        assertEquals(1, Main.run("serve", "--db", db.toString(), "--host", "no-such-host.invalid", "--port", "0"));
    }

    @Test
    void demoRefusesADirectoryAsItsStore() {
        assertEquals(1, Main.run("demo", "--db", dir.toString(), "--no-serve"));
    }
}
