package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dyad ingest, export and query end to end with CoreNLP, on the first articles of the shared news corpus;
 * and the crash test with the real command: a separate JVM running dyad ingest is killed with SIGKILL
 * mid-way, the same command runs again, and the store equals that of an uninterrupted run.
 */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** The first {@code n} articles of the shared corpus, as a JSON Lines file of the test's own. */
    private Path articles(int n) throws IOException {
        Path file = dir.resolve("articles-" + n + ".jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                Shared.path("corpora/news/allsides-intl-2k.jsonl.gz"))), StandardCharsets.UTF_8))) {
            Files.write(file, in.lines().limit(n).toList());
        }
        return file;
    }

    @Test
    void ingestTwiceThenExportAndQueryTheStore() throws IOException {
        Path input = articles(6);
        Path db = dir.resolve("news.duckdb");
        Run first = run("ingest", input.toString(), "--db", db.toString(), "--commit-every", "4");
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("6 documents stored"), first.err());
        Run second = run("ingest", input.toString(), "--db", db.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().contains("0 documents stored (0 replaced), 6 already stored and skipped"), second.err());

        Run gdelt = run("export", "--format", "gdelt", "--db", db.toString());
        assertEquals(0, gdelt.exit(), gdelt.err());
        List<String> rows = gdelt.out().lines().toList();
        assertTrue(rows.size() > 0, "the articles hold events");
        rows.forEach(r -> assertEquals(61, r.split("\t", -1).length, r));

        Run count = run("query", "SELECT count(*) AS n FROM documents", "--db", db.toString(), "--csv");
        assertEquals("n\n6\n", count.out());
        Run write = run("query", "DROP TABLE events", "--db", db.toString());
        assertEquals(1, write.exit());
        assertTrue(write.err().contains("read-only"), write.err());
        Run missing = run("query", "SELECT 1", "--db", dir.resolve("none.duckdb").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no database at"), missing.err());
    }

    @Test
    void anIngestKilledWithSigkillResumesToTheEventsOfAnUninterruptedRun() throws Exception {
        Path input = articles(16);
        Path whole = dir.resolve("whole.duckdb");
        Path killed = dir.resolve("killed.duckdb");
        Run uninterrupted = run("ingest", input.toString(), "--db", whole.toString(), "--commit-every", "2");
        assertEquals(0, uninterrupted.exit(), uninterrupted.err());

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", input.toString(),
                "--db", killed.toString(), "--commit-every", "2").redirectErrorStream(true).start();
        Pattern coded = Pattern.compile("(\\d+) coded");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int done = 0;
        List<String> seen = new ArrayList<>();
        while (done < 6 && (line = out.readLine()) != null) {
            seen.add(line);
            Matcher m = coded.matcher(line);
            while (m.find()) {
                done = Integer.parseInt(m.group(1));
            }
        }
        p.destroyForcibly(); // SIGKILL
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed mid-way: " + seen);

        Run resumed = run("ingest", input.toString(), "--db", killed.toString(), "--commit-every", "2");
        assertEquals(0, resumed.exit(), resumed.err());
        Matcher skipped = Pattern.compile("(\\d+) already stored and skipped").matcher(resumed.err());
        assertTrue(skipped.find() && Integer.parseInt(skipped.group(1)) >= 4 && Integer.parseInt(skipped.group(1)) < 16,
                "the killed run stored some but not all documents: " + resumed.err());

        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("ATTACH '" + whole + "' AS w (READ_ONLY)");
            st.execute("ATTACH '" + killed + "' AS k (READ_ONLY)");
            for (String q : List.of("SELECT * FROM %s.events", "SELECT * FROM %s.actors",
                    "SELECT * EXCLUDE (run, ingested_at, resources) FROM %s.documents")) {
                for (String[] ab : new String[][] {{"w", "k"}, {"k", "w"}}) {
                    try (ResultSet r = st.executeQuery("SELECT count(*) FROM (" + q.formatted(ab[0]) + " EXCEPT ALL "
                            + q.formatted(ab[1]) + ")")) {
                        r.next();
                        assertEquals(0, r.getLong(1), q.formatted(ab[0]) + " has rows the other lacks");
                    }
                }
            }
            try (ResultSet r = st.executeQuery("SELECT (SELECT count(*) FROM k.events), (SELECT count(*) FROM w.events), "
                    + "(SELECT count(*) FROM k.documents)")) {
                r.next();
                assertEquals(r.getLong(2), r.getLong(1));
                assertEquals(16, r.getLong(3));
                System.out.println("cli crash test: " + r.getLong(1) + " events in both stores; the killed run had stored "
                        + skipped.group(1) + " of 16 documents");
            }
        }
    }
}
