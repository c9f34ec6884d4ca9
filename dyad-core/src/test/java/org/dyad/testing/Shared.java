package org.dyad.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The ../shared folder beside the project (gold sets, references, corpora), read in place, never copied. */
public final class Shared {

    private Shared() {
    }

    public static Path root() {
        String configured = System.getProperty("dyad.shared");
        Path p = configured != null ? Paths.get(configured) : Paths.get("..", "shared");
        if (!Files.isDirectory(p)) {
            p = Paths.get("..", "..", "shared");
        }
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("../shared not found (looked at " + p.toAbsolutePath() + ")");
        }
        return p.normalize();
    }

    public static Path path(String relative) {
        return root().resolve(relative);
    }
}
