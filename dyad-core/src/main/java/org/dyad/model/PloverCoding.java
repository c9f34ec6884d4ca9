package org.dyad.model;

import java.util.Optional;

/** A PLOVER event type with its mode and context, where they are known. */
public record PloverCoding(String type, Optional<String> mode, Optional<String> context) {
    public PloverCoding {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("PLOVER type missing");
        }
        mode = mode.filter(s -> !s.isBlank());
        context = context.filter(s -> !s.isBlank());
    }
}
