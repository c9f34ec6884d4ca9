package org.dyad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.model.Document;

/**
 * Reads plain-text and JSON Lines inputs, lazily, one {@link Item} at a time: {@code .txt} files (the file
 * name is the id), {@code .jsonl}/{@code .jsonl.gz} files with one {@code {"id","date","text",...}} object
 * a line (other fields pass through as metadata), and directories of either. Every bad document (empty,
 * binary, invalid UTF-8, too large, malformed JSON, no text, not English) becomes a {@link Item.Problem}
 * and the reading goes on.
 */
public final class Inputs implements Iterator<Item> {

    /** Reading options. */
    public record Options(Optional<LocalDate> date, int maxChars, boolean englishOnly) {
        public static Options defaults() {
            return new Options(Optional.empty(), 1_000_000, true);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields Dyad reads itself; every other field of a JSON line passes through as metadata. */
    private static final java.util.Set<String> CORE_FIELDS = java.util.Set.of("id", "text", "date", "events");

    private final Iterator<Path> files;
    private final Options options;
    private Iterator<Item> current = java.util.Collections.emptyIterator();

    private Inputs(List<Path> files, Options options) {
        this.files = files.iterator();
        this.options = options;
    }

    /** Items from files and directories (walked in name order). */
    public static Inputs of(List<Path> paths, Options options) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(Inputs::readable).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("listing " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return new Inputs(files, options);
    }

    private static boolean readable(Path p) {
        String n = p.getFileName().toString().toLowerCase();
        return n.endsWith(".txt") || n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".json");
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
            current = open(files.next());
        }
        return current.hasNext();
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    private Iterator<Item> open(Path file) {
        String name = file.getFileName().toString().toLowerCase();
        if (!Files.exists(file)) {
            return List.<Item>of(new Item.Problem(file.toString(), file.toString(), "io", "no such file")).iterator();
        }
        if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz") || name.endsWith(".json")) {
            return new JsonLines(file);
        }
        return List.of(readText(file)).iterator();
    }

    private Item readText(Path file) {
        String where = file.toString();
        String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        byte[] bytes;
        try {
            if (Files.size(file) > (long) options.maxChars() * 4) {
                return new Item.Problem(id, where, "too-large", "file of " + Files.size(file)
                        + " bytes is over the limit of " + options.maxChars() + " characters (--max-chars)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Item.Problem(id, where, "io", e.getMessage());
        }
        Optional<Item.Problem> bad = checkBytes(id, where, bytes);
        if (bad.isPresent()) {
            return bad.get();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Item.Problem(id, where, "encoding", "not valid UTF-8 (" + e.getMessage()
                    + "); convert it to UTF-8 first");
        }
        return document(id, where, text, options.date(), Map.of());
    }

    private static Optional<Item.Problem> checkBytes(String id, String where, byte[] bytes) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return Optional.of(new Item.Problem(id, where, "empty", "empty document: nothing to code"));
        }
        int control = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return Optional.of(new Item.Problem(id, where, "binary", "binary data (NUL bytes), not text"));
            }
            if (b < 9 || (b > 13 && b < 32)) {
                control++;
            }
        }
        if (control * 20 > n) {
            return Optional.of(new Item.Problem(id, where, "binary", "binary data (control bytes), not text"));
        }
        return Optional.empty();
    }

    private Item document(String id, String where, String text, Optional<LocalDate> date, Map<String, Object> meta) {
        if (text.isBlank()) {
            return new Item.Problem(id, where, "empty", "empty document: nothing to code");
        }
        if (text.length() > options.maxChars()) {
            return new Item.Problem(id, where, "too-large", "document of " + text.length()
                    + " characters is over the limit of " + options.maxChars() + " (--max-chars)");
        }
        if (options.englishOnly() && !Language.looksEnglish(text)) {
            return new Item.Problem(id, where, "language", "not English: skipped, not coded");
        }
        return new Item.Doc(new Document(id, text, date, meta, List.of()), where);
    }

    /** One JSON Lines file, read line by line; a truncated gzip ends the file with a problem. */
    private final class JsonLines extends ReadAhead<Item> {
        private final Path file;
        private BufferedReader in;
        private int line;
        JsonLines(Path file) {
            this.file = file;
        }

        @Override
        protected Item read() {
            try {
                if (in == null) {
                    InputStream raw = Files.newInputStream(file);
                    if (file.toString().endsWith(".gz")) {
                        raw = new GZIPInputStream(raw, 1 << 16);
                    }
                    in = new BufferedReader(new InputStreamReader(raw, StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPLACE)), 1 << 16);
                }
                String text;
                while ((text = in.readLine()) != null) {
                    line++;
                    if (!text.isBlank()) {
                        return parse(text);
                    }
                }
            } catch (IOException e) {
                finish();
                return new Item.Problem(file + ":" + (line + 1), file + ":" + (line + 1), "io",
                        "cannot read further (" + e.getMessage() + "); " + line + " lines read before");
            }
            finish();
            return null;
        }

        private void finish() {
            end();
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException ignored) {
                // nothing to recover: the file was read as far as it could be
            }
        }

        private Item parse(String text) {
            String where = file + ":" + line;
            if (text.length() > options.maxChars() * 2) {
                return new Item.Problem(where, where, "too-large", "line of " + text.length()
                        + " characters is over the limit (--max-chars " + options.maxChars() + ")");
            }
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                return new Item.Problem(where, where, "json", "malformed JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
            if (node == null || !node.isObject()) {
                return new Item.Problem(where, where, "json", "not a JSON object");
            }
            String id = node.hasNonNull("id") ? node.get("id").asText() : where;
            JsonNode t = node.get("text");
            if (t == null || !t.isTextual()) {
                return new Item.Problem(id, where, "missing-text", "no \"text\" string field");
            }
            Optional<LocalDate> date = options.date();
            if (node.hasNonNull("date")) {
                String d = node.get("date").asText();
                try {
                    date = Optional.of(LocalDate.parse(d.length() >= 10 ? d.substring(0, 10) : d));
                } catch (DateTimeParseException e) {
                    date = options.date();
                }
            }
            Map<String, Object> meta = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> {
                if (!CORE_FIELDS.contains(f.getKey())) {
                    meta.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
                }
            });
            return document(id, where, t.asText(), date, meta);
        }
    }
}
