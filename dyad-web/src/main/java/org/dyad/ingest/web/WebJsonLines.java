package org.dyad.ingest.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.ingest.Item;
import org.dyad.ingest.ReadAhead;

/**
 * JSON Lines ({@code .jsonl}, {@code .jsonl.gz}, {@code .json}) whose records carry {@code html} (a page:
 * extracted like an HTML file) or {@code text} (plain text, coded whole), with optional {@code id},
 * {@code url} and {@code date}; other fields pass through as metadata. Read line by line; a bad line is a
 * problem, and a file that breaks off ends with a problem after the lines read before.
 */
final class WebJsonLines extends ReadAhead<Item> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> OWN = Set.of("id", "text", "html", "date", "url", "events");

    private final Path file;
    private final WebDocuments docs;
    private BufferedReader in;
    private int line;

    WebJsonLines(Path file, WebDocuments docs) {
        this.file = file;
        this.docs = docs;
    }

    @Override
    protected Item read() {
        try {
            if (in == null) {
                in = new BufferedReader(new InputStreamReader(Gz.open(file), StandardCharsets.UTF_8.newDecoder()
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
            String where = file + ":" + (line + 1);
            return new Item.Problem(where, where, "io", "cannot read further (" + e.getMessage() + "); " + line
                    + " lines read before");
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
            // the lines read so far stand
        }
    }

    private Item parse(String text) {
        String where = file + ":" + line;
        if (text.length() > docs.options().maxBytes() * 2L) {
            return new Item.Problem(where, where, "too-large", "line of " + text.length() + " characters is over the limit");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return new Item.Problem(where, where, "json", "malformed JSON: "
                    + FeedFile.firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            return new Item.Problem(where, where, "json", "not a JSON object");
        }
        Optional<String> id = node.hasNonNull("id") ? Optional.of(node.get("id").asText()) : Optional.empty();
        Optional<LocalDate> date = node.hasNonNull("date") ? PageMeta.date(node.get("date").asText()) : Optional.empty();
        String url = node.path("url").asText("");
        Map<String, Object> extra = new LinkedHashMap<>();
        node.fields().forEachRemaining(f -> {
            if (!OWN.contains(f.getKey())) {
                extra.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
            }
        });
        JsonNode html = node.get("html");
        if (html != null && html.isTextual()) {
            byte[] bytes = html.asText().getBytes(StandardCharsets.UTF_8);
            Item item = docs.html(bytes, bytes.length, Optional.of("UTF-8"),
                    new WebDocuments.Origin(where, url, id, date));
            return withExtra(item, extra);
        }
        JsonNode t = node.get("text");
        if (t == null || !t.isTextual()) {
            return new Item.Problem(id.orElse(where), where, "missing-text", "no \"text\" or \"html\" string field");
        }
        if (!url.isEmpty()) {
            extra.put("url", url);
        }
        return docs.text(id.orElse(where), where, t.asText(), date, extra);
    }

    private static Item withExtra(Item item, Map<String, Object> extra) {
        if (extra.isEmpty() || !(item instanceof Item.Doc d)) {
            return item;
        }
        Map<String, Object> meta = new LinkedHashMap<>(extra);
        meta.putAll(d.document().metadata());
        org.dyad.model.Document x = d.document();
        return new Item.Doc(new org.dyad.model.Document(x.id(), x.text(), x.published(), meta, x.dropped()), d.where());
    }
}
