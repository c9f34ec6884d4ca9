package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * An actor as resolved for one event slot: what the text says, who it is, and the dictionary entry that
 * said so. A named person or organisation the dictionaries do not know keeps its name with no code.
 *
 * @param code   the actor code at the event date; empty for unknown named actors
 * @param text   the words in the sentence that name it ("the Syrian president", "he")
 * @param start  offset of {@code text} in the document
 * @param end    exclusive end offset
 * @param name   canonical name where known ("Bashar al-Assad"), else the text
 * @param role   the dated role used ("President"), or the kind of entry ("country", "agent")
 * @param origin the dictionary file and line, or how it was inferred ("coref:...")
 */
public record Actor(Optional<ActorCode> code, String text, int start, int end, String name, String role,
                    String origin) {
    public Actor {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(origin, "origin");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad actor span " + start + ".." + end);
        }
    }

    public boolean isKnown() {
        return code.isPresent();
    }

    public String codeOr(String fallback) {
        return code.map(ActorCode::value).orElse(fallback);
    }

    public Actor withSpan(String newText, int newStart, int newEnd) {
        return new Actor(code, newText, newStart, newEnd, name, role, origin);
    }

    public Actor withOrigin(String newOrigin) {
        return new Actor(code, text, start, end, name, role, newOrigin);
    }
}
