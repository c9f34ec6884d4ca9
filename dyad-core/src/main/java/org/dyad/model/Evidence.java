package org.dyad.model;

import java.util.Objects;

/**
 * Why an event exists: where it is in the document and what fired.
 *
 * @param start        offset of the evidence sentence in the original text
 * @param end          exclusive end of the sentence
 * @param text         the sentence as written
 * @param trigger      the predicate word(s) ("congratulated", "sent ... message")
 * @param triggerStart offset of the trigger
 * @param triggerEnd   exclusive end of the trigger
 * @param rule         the lexicon entry (file:line and pattern) and the grammatical rules that applied
 * @param coder        the coder version that produced it
 */
public record Evidence(int start, int end, String text, String trigger, int triggerStart, int triggerEnd,
                       String rule, String coder) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(coder, "coder");
        if (start < 0 || end < start || triggerStart < start || triggerEnd > end) {
            throw new IllegalArgumentException("evidence offsets out of order: " + start + ".." + end);
        }
    }
}
