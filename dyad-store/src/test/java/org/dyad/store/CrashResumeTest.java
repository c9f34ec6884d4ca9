package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of issue 5: a separate JVM ingests, is killed with SIGKILL part-way, and a second run
 * resumes; the store then holds exactly the documents and events of an uninterrupted run, none lost and
 * none twice.
 */
class CrashResumeTest {

    private static final int DOCS = 120;

    @TempDir
    Path dir;

    static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static List<String> runToEnd(String... args) throws Exception {
        Process p = start(args);
        List<String> lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .lines().toList();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join("\n", lines));
        return lines;
    }

    @Test
    void aRunKilledWithSigkillResumesToExactlyTheEventsOfAnUninterruptedRun() throws Exception {
        Path whole = dir.resolve("whole.duckdb");
        Path killed = dir.resolve("killed.duckdb");
        runToEnd("ingest", whole.toString(), Integer.toString(DOCS), "0");

        Process p = start("ingest", killed.toString(), Integer.toString(DOCS), "15");
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        List<String> seen = new ArrayList<>();
        while ((line = out.readLine()) != null) {
            seen.add(line);
            if (line.equals("committed 4")) {
                break;
            }
        }
        Thread.sleep(40); // somewhere inside the next batch
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback, no checkpoint
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL: " + seen);
        assertFalse(seen.stream().anyMatch(s -> s.startsWith("done")), "the run was killed before its end");

        List<String> resumed = runToEnd("ingest", killed.toString(), Integer.toString(DOCS), "0");
        String done = resumed.get(resumed.size() - 1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("done stored=(\\d+) skipped=(\\d+)").matcher(done);
        assertTrue(m.matches(), done);
        int stored = Integer.parseInt(m.group(1));
        int skipped = Integer.parseInt(m.group(2));
        assertTrue(skipped >= 20 && stored > 0 && stored + skipped == DOCS,
                "the killed run had committed some batches and not others: " + done);
        System.out.println("crash test: killed after " + skipped + " of " + DOCS + " documents were committed; "
                + "the second run stored the other " + stored);

        try (Connection c = Docs.memory()) {
            c.createStatement().execute("ATTACH '" + whole + "' AS w (READ_ONLY)");
            c.createStatement().execute("ATTACH '" + killed + "' AS k (READ_ONLY)");
            assertEquals(Docs.rows(c, "SELECT count(*) FROM w.events"), Docs.rows(c, "SELECT count(*) FROM k.events"));
            assertEquals(List.of(List.of(Integer.toString(DOCS))), Docs.rows(c, "SELECT count(*) FROM k.documents"));
            for (String q : List.of(
                    "SELECT * FROM %s.events",
                    "SELECT * FROM %s.actors",
                    "SELECT * EXCLUDE (run, ingested_at) FROM %s.documents")) {
                String lost = q.formatted("w") + " EXCEPT ALL " + q.formatted("k");
                String extra = q.formatted("k") + " EXCEPT ALL " + q.formatted("w");
                assertEquals(List.of(), Docs.rows(c, lost), "rows lost: " + lost);
                assertEquals(List.of(), Docs.rows(c, extra), "rows duplicated or changed: " + extra);
            }
            assertEquals(List.of(List.of("1", "interrupted"), List.of("2", "done")),
                    Docs.rows(c, "SELECT run, status FROM k.runs ORDER BY run"));
            assertEquals(List.of(List.of("0")), Docs.rows(c,
                    "SELECT count(*) FROM (SELECT doc, n FROM k.events GROUP BY ALL HAVING count(*) > 1)"));
        }
    }
}
