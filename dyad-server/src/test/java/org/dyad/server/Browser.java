package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/browser/ui.mjs} (playwright-core from npm, driving Debian's Chromium) against a running
 * server. A missing Chromium or node_modules fails the test: the project's setup (.ci/run, the Maven build)
 * installs both, and a UI that is not tested is not known to work.
 */
final class Browser {

    private Browser() {
    }

    static void check(String mode, int port) throws IOException, InterruptedException {
        Path module = Path.of("").toAbsolutePath();
        Path script = module.resolve("src/test/browser/ui.mjs");
        String chromium = System.getProperty("dyad.chromium", "/usr/bin/chromium");
        Path shots = Path.of(System.getProperty("dyad.screenshots", "target/screenshots"));
        assertTrue(Files.isExecutable(Path.of(chromium)), "no Chromium at " + chromium
                + ": install Debian's chromium (apt-get install chromium; .ci/run does) or give -Ddyad.chromium=PATH");
        assertTrue(Files.isDirectory(module.resolve("node_modules/playwright-core")),
                "playwright-core is missing: the build's npm ci installs it (mvn generate-resources)");
        Path log = Files.createTempFile("dyad-browser-" + mode, ".log");
        ProcessBuilder pb = new ProcessBuilder(List.of("node", script.toString()))
                .directory(module.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DYAD_URL", "http://127.0.0.1:" + port);
        pb.environment().put("DYAD_MODE", mode);
        pb.environment().put("DYAD_CHROMIUM", chromium);
        pb.environment().put("DYAD_SCREENSHOTS", shots.toAbsolutePath().toString());
        Process p = pb.start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println("browser check (" + mode + "):\n" + out);
        assertTrue(done, "the browser check did not finish in 180 s:\n" + out);
        assertEquals(0, p.exitValue(), "the browser check failed:\n" + out);
    }
}
