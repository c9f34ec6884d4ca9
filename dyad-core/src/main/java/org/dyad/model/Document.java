package org.dyad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A news document as ingest hands it on: the original text, its metadata, and the regions that text
 * hygiene dropped. Offsets anywhere in Dyad refer to {@link #text()}.
 *
 * @param id        stable document id (from the input, or the file name)
 * @param text      the original text, unchanged
 * @param published publication date, the anchor for relative dates ("Thursday")
 * @param metadata  any further input fields (title, url, source...), passed through untouched
 * @param dropped   regions of {@code text} that must not be coded (comments, captions, bylines)
 */
public record Document(String id, String text, Optional<LocalDate> published, Map<String, Object> metadata,
                       List<DroppedRegion> dropped) {

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        metadata = withoutNulls(metadata);
        dropped = List.copyOf(dropped);
        for (DroppedRegion r : dropped) {
            if (r.end() > text.length()) {
                throw new IllegalArgumentException("dropped region " + r + " outside text of " + id);
            }
        }
    }

    /** Input fields may be JSON null ("negative_from": null): an absent value, not an error. */
    private static Map<String, Object> withoutNulls(Map<String, Object> fields) {
        Map<String, Object> kept = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (k != null && v != null) {
                kept.put(k, v);
            }
        });
        return java.util.Collections.unmodifiableMap(kept);
    }

    public static Document of(String id, String text, LocalDate published) {
        return new Document(id, text, Optional.ofNullable(published), Map.of(), List.of());
    }

    public Document withDropped(List<DroppedRegion> regions) {
        return new Document(id, text, published, metadata, regions);
    }

    /** True if the character at {@code offset} lies in a dropped region. */
    public boolean isDropped(int offset) {
        for (DroppedRegion r : dropped) {
            if (offset >= r.start() && offset < r.end()) {
                return true;
            }
        }
        return false;
    }
}
