package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing, damaged, foreign or locked database file gives an error that says so; nothing stored is lost. */
class StoreFaultsTest {

    @TempDir
    Path dir;

    private static void assertMessage(StoreException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' in: " + e.getMessage());
        }
    }

    @Test
    void aMissingFileCannotBeReadAndSaysHowToMakeOne() {
        Path db = dir.resolve("none.duckdb");
        StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(db));
        assertMessage(e, "no database at", "dyad ingest");
        assertTrue(Files.notExists(db), "reading does not create the file");
    }

    @Test
    void aMissingDirectoryIsNamed() {
        StoreException e = assertThrows(StoreException.class,
                () -> Store.openForWriting(dir.resolve("no/such/dir/x.duckdb")));
        assertMessage(e, "does not exist");
    }

    @Test
    void aFileThatIsNotADatabaseIsCalledDamaged() throws Exception {
        Path db = dir.resolve("junk.duckdb");
        Files.writeString(db, "this is not a database\n".repeat(500));
        assertMessage(assertThrows(StoreException.class, () -> Store.openReadOnly(db)), "damaged or not a DuckDB file");
        assertMessage(assertThrows(StoreException.class, () -> Store.openForWriting(db)), "damaged or not a DuckDB file");
        assertEquals("this is not a database\n".repeat(500), Files.readString(db), "the file is left as it was");
    }

    @Test
    void aStoreWithDamagedBlocksGivesAClearErrorNotACrash() throws Exception {
        Path db = dir.resolve("hurt.duckdb");
        Docs.ingest(db, Docs.V1, List.of(Docs.doc("a", "2020-01-01", Map.of(),
                Docs.event("a", 0, "2020-01-01", "USA", "RUS", "040", 1))));
        long size = Files.size(db);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            // overwrite both database headers (the block after the main header)
            f.seek(4096);
            f.write(new byte[8192]);
        }
        assertEquals(size, Files.size(db));
        StoreException e = assertThrows(StoreException.class, () -> {
            try (Store s = Store.openReadOnly(db)) {
                Docs.rows(s.connection(), "SELECT * FROM events");
            }
        });
        assertMessage(e, db.toString(), "damaged", "restore it from a copy");
    }

    @Test
    void aDuckDbFileOfSomethingElseIsNotTakenForAStore() throws Exception {
        Path db = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
            c.createStatement().execute("CREATE TABLE accounts (id INTEGER)");
        }
        assertMessage(assertThrows(StoreException.class, () -> Store.openForWriting(db)), "not a Dyad store");
        assertMessage(assertThrows(StoreException.class, () -> Store.openReadOnly(db)), "not a Dyad store");
    }

    @Test
    void aStoreInUseByAnotherProcessIsReportedWithItsPid() throws Exception {
        Path db = dir.resolve("busy.duckdb");
        Docs.ingest(db, Docs.V1, List.of());
        Process holder = CrashResumeTest.start("hold", db.toString(), "60");
        try {
            String first = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("holding " + db, first);
            StoreException w = assertThrows(StoreException.class, () -> Store.openForWriting(db));
            assertMessage(w, "in use by another process", "PID " + holder.pid());
            StoreException r = assertThrows(StoreException.class, () -> Store.openReadOnly(db));
            assertMessage(r, "in use by another process");
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Store s = Store.openForWriting(db)) {
            assertEquals(List.of(List.of("0")), Docs.rows(s.connection(), "SELECT count(*) FROM documents"));
        }
    }
}
