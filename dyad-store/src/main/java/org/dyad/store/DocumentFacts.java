package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dyad.ingest.Language;
import org.dyad.model.Document;

/**
 * The columns of a documents row that come from the document itself: the metadata readers may fill (url,
 * outlet or source, title, language, dup_cluster), and the hashes the store keys on.
 *
 * @param contentHash SHA-256 of the text: the same text under two ids is one article when counting
 * @param inputHash   SHA-256 of text, publication date and metadata: a document whose input hash, coder and
 *                    resources are unchanged is not coded again
 * @param metadata    every metadata field, as JSON with sorted keys
 */
public record DocumentFacts(Optional<String> url, Optional<String> outlet, Optional<String> title,
                            Optional<String> language, Optional<String> dupCluster, String contentHash,
                            String inputHash, String metadata) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    public DocumentFacts {
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(inputHash, "inputHash");
        Objects.requireNonNull(metadata, "metadata");
    }

    public static DocumentFacts of(Document d) {
        Map<String, Object> m = d.metadata();
        Optional<String> url = text(m, "url");
        Optional<String> outlet = text(m, "outlet").or(() -> text(m, "source")).or(() -> url.flatMap(DocumentFacts::host));
        Optional<String> language = text(m, "language")
                .or(() -> Language.looksEnglish(d.text()) ? Optional.of("en") : Optional.empty());
        String meta;
        try {
            meta = JSON.writeValueAsString(new java.util.TreeMap<>(m));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata of " + d.id() + " cannot be written as JSON", e);
        }
        String input = Hashes.sha256(d.text() + '\u0000' + d.published().map(LocalDate::toString).orElse("") + '\u0000' + meta);
        return new DocumentFacts(url, outlet, text(m, "title"), language, text(m, "dup_cluster"),
                Hashes.sha256(d.text()), input, meta);
    }

    private static Optional<String> text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (v == null || v instanceof Map || v instanceof java.util.Collection) {
            return Optional.empty();
        }
        String s = v.toString().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** The host of a URL without "www.", as the outlet of last resort. */
    static Optional<String> host(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null || h.isBlank()) {
                return Optional.empty();
            }
            h = h.toLowerCase(Locale.ROOT);
            return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
