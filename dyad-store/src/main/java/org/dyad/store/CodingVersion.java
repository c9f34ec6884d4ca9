package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * What coded a document: the coder version and a fingerprint of the data files it read (dictionaries,
 * lexicon, ontology). A document stored under another version is coded again and its events replaced.
 *
 * @param coder     the coder's version string ({@code dyad-coder-0.1})
 * @param resources a short hash over the names and contents of the data files
 */
public record CodingVersion(String coder, String resources) {

    public CodingVersion {
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(resources, "resources");
        if (coder.isBlank() || resources.isBlank()) {
            throw new IllegalArgumentException("coding version needs a coder and a resources fingerprint");
        }
    }

    /** A data file of dyad-core: the fingerprint covers the files under {@code dyad/} beside it. */
    private static final String ANCHOR = "dyad/ontology/cameo.tsv";

    /**
     * The fingerprint of dyad-core's data files (every resource under {@code dyad/} in the jar or folder
     * that holds them), in name order: 16 hex digits of SHA-256 over "name NUL content NUL" for each file.
     */
    public static String fingerprintResources() {
        TreeMap<String, byte[]> files = new TreeMap<>();
        URL anchor = CodingVersion.class.getClassLoader().getResource(ANCHOR);
        if (anchor == null) {
            throw new IllegalStateException("Dyad's data files are not on the classpath (no " + ANCHOR + ")");
        }
        try {
            collect(anchor, files);
        } catch (IOException e) {
            throw new UncheckedIOException("reading Dyad's data files for their fingerprint", e);
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no data files under dyad/ on the classpath");
        }
        MessageDigest sha = sha256();
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
            sha.update((byte) 0);
        });
        return Hashes.hex(sha.digest()).substring(0, 16);
    }

    private static void collect(URL root, TreeMap<String, byte[]> files) throws IOException {
        if (root.getProtocol().equals("jar")) {
            JarURLConnection c = (JarURLConnection) root.openConnection();
            c.setUseCaches(false);
            try (JarFile jar = c.getJarFile()) {
                for (JarEntry e : java.util.Collections.list(jar.entries())) {
                    if (!e.isDirectory() && e.getName().startsWith("dyad/")) {
                        try (InputStream in = jar.getInputStream(e)) {
                            files.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        } else if (root.getProtocol().equals("file")) {
            Path dir;
            try {
                dir = Paths.get(root.toURI()).getParent().getParent();
            } catch (URISyntaxException e) {
                throw new IOException(e);
            }
            Path base = dir.getParent();
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    files.put(base.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
