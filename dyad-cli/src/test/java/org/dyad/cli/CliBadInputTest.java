package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad code` over bad inputs: each is reported, the run goes on, and the exit code says whether anything was coded. */
class CliBadInputTest {

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

    @Test
    void badFilesAreReportedAndTheGoodOneIsCoded() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Syrian President Bashar al-Assad thanked Iran on Thursday "
                + "for its support, the state news agency SANA said.");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("huge.txt"), "a".repeat(5 * 1024 * 1024));
        Files.writeString(dir.resolve("lines.jsonl"), "{\"id\": \"x\", \"text\": \n{broken\n");
        Run r = run("code", dir.toString(), "--date", "2017-09-15");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"doc\":\"good\""), r.out());
        for (String kind : new String[] {"empty", "binary", "encoding", "too-large", "json"}) {
            assertTrue(r.err().contains(": " + kind + ": "), kind + " in " + r.err());
        }
        assertTrue(r.err().contains("documents not coded"), r.err());
    }

    @Test
    void nothingCodableExitsNonZero() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "  \n");
        Run r = run("code", dir.resolve("empty.txt").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("empty"), r.err());
    }
}
