package org.dyad.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Dyad's tab-separated data files (see docs/data-formats.md): '#' lines and blank lines are skipped,
 * a TAB followed by '#' starts a trailing comment, and every row remembers where it came from so that
 * dictionary hits can name their file and line.
 */
public final class DataFile {

    /** One data line: its fields (trailing empty fields kept) and its origin, "file:line". */
    public record Row(String source, int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }

        /** Field {@code i}, or "" past the end of the line. */
        public String get(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        public String origin() {
            return source + ":" + line;
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(origin() + ": " + message);
        }
    }

    private DataFile() {
    }

    /** Reads a classpath resource such as {@code dyad/ontology/cameo.tsv}. */
    public static List<Row> resource(String path) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(path, r);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    /** Reads a file on disk (users' own dictionaries). */
    public static List<Row> file(Path path) {
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return read(path.toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    static List<Row> read(String source, Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = in.readLine()) != null) {
            n++;
            if (n == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            int comment = line.indexOf("\t#");
            if (comment >= 0) {
                line = line.substring(0, comment);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new Row(source, n, Arrays.asList(line.split("\t", -1))));
        }
        return rows;
    }

    /** Splits a '|'-separated field into its non-empty, stripped values. */
    public static List<String> values(String field) {
        List<String> out = new ArrayList<>();
        for (String v : field.split("\\|")) {
            if (!v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }
}
