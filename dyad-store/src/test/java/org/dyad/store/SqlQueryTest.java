package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlQueryTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void fill() {
        db = dir.resolve("q.duckdb");
        Docs.ingest(db, Docs.V1, List.of(Docs.doc("a", "2014-06-06", Map.of("title", "Kim, Assad \"talk\""),
                Docs.event("a", 0, "2014-06-05", "PRKGOV", "SYRGOV", "051", 2))));
    }

    private String run(String sql, boolean csv) {
        StringWriter out = new StringWriter();
        try (Store s = Store.openReadOnly(db)) {
            SqlQuery.run(s, sql, csv, 1000, out);
        }
        return out.toString();
    }

    @Test
    void printsAnAlignedTableWithTheRowCount() {
        assertEquals("""
                cameo | quad | source_code
                ------+------+------------
                051   |    1 | PRKGOV
                (1 row)
                """, run("SELECT cameo, quad, source_code FROM events", false));
    }

    @Test
    void printsCsvWithQuotingWhereNeeded() {
        assertEquals("id,title\na,\"Kim, Assad \"\"talk\"\"\"\n", run("SELECT id, title FROM documents", true));
    }

    @Test
    void queriesCannotChangeTheStore() {
        StoreException e = assertThrows(StoreException.class, () -> run("DELETE FROM events", false));
        assertTrue(e.getMessage().contains("read-only"), e.getMessage());
        assertEquals(1, Docs.count(db, "SELECT count(*) FROM events"));
    }

    @Test
    void queriesCannotReadOrWriteOtherFiles() {
        Path out = dir.resolve("leak.csv");
        StoreException e = assertThrows(StoreException.class, () -> run("COPY events TO '" + out + "'", false));
        assertTrue(e.getMessage().contains("dyad export"), e.getMessage());
        assertTrue(java.nio.file.Files.notExists(out));
        assertThrows(StoreException.class, () -> run("SELECT * FROM read_csv('/etc/passwd')", false));
        assertThrows(StoreException.class, () -> run("SET enable_external_access = true", false));
    }

    @Test
    void aBadStatementIsReportedWithDuckDbsMessage() {
        StoreException e = assertThrows(StoreException.class, () -> run("SELECT nope FROM events", false));
        assertTrue(e.getMessage().startsWith("query failed:") && e.getMessage().contains("nope"), e.getMessage());
    }
}
