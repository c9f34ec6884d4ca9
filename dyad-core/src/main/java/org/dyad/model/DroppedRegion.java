package org.dyad.model;

import java.util.Objects;

/**
 * A span of a document's original text that text hygiene removed from coding, and why.
 *
 * @param kind  what it is: {@code comments}, {@code caption}, {@code byline}, {@code boilerplate}...
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record DroppedRegion(String kind, int start, int end) {
    public DroppedRegion {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad region " + start + ".." + end);
        }
    }
}
