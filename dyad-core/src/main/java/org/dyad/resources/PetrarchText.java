package org.dyad.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a user's TABARI/PETRARCH dictionary file with comments taken out, as every PETRARCH reader
 * in Dyad sees them. The comment rules are PETRARCH's:
 * <ul>
 *   <li>a line starting with {@code #} or {@code <!} is a comment, and so is a blank line;</li>
 *   <li>{@code #} anywhere else starts a comment that runs to the end of the line;</li>
 *   <li>{@code <!-- ... -->} is a comment, on one line or over several;</li>
 * </ul>
 * Leading white space is kept: in actor files an indented {@code [CODE]} line belongs to the entry above.
 * Files are read as UTF-8; a byte-order mark is dropped.
 */
public final class PetrarchText {

    /** One line that holds something, with its file and 1-based line number. */
    public record Line(String source, int number, String text) {
        public String origin() {
            return source + ":" + number;
        }
    }

    private PetrarchText() {
    }

    public static List<Line> read(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.getFileName().toString(), r);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    public static List<Line> read(String source, Reader reader) {
        List<Line> out = new ArrayList<>();
        BufferedReader in = new BufferedReader(reader);
        boolean inComment = false;
        int n = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (n == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (inComment) {
                    int end = line.indexOf("-->");
                    if (end < 0) {
                        continue;
                    }
                    inComment = false;
                    line = line.substring(end + 3);
                }
                String stripped = line.strip();
                if (stripped.isEmpty() || stripped.startsWith("#") || line.startsWith("<!") && !line.startsWith("<!--")) {
                    continue;
                }
                int open = line.indexOf("<!--");
                while (open >= 0) {
                    int close = line.indexOf("-->", open + 4);
                    if (close < 0) {
                        inComment = true;
                        line = line.substring(0, open);
                        break;
                    }
                    line = line.substring(0, open) + line.substring(close + 3);
                    open = line.indexOf("<!--");
                }
                int hash = line.indexOf('#');
                if (hash >= 0) {
                    line = line.substring(0, hash);
                }
                if (!line.isBlank()) {
                    out.add(new Line(source, n, line.stripTrailing()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        return out;
    }
}
