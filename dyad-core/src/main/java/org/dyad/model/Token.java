package org.dyad.model;

import java.util.Objects;

/**
 * One token of a parsed sentence with its basic dependency arc. Indexes are 0-based within the
 * sentence; {@code head} is -1 for the root. Relations use Universal Dependencies v2 names
 * ({@code nsubj}, {@code obj}, {@code obl}, {@code nmod:poss}, {@code compound:prt}...); adapters map
 * older names (dobj, neg, nmod on verbs) to these.
 *
 * @param start character offset of the token in the original document text
 * @param end   exclusive end offset
 */
public record Token(int index, String text, String lemma, String pos, int start, int end, int head, String rel) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(rel, "rel");
        if (index < 0 || head < -1 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + index + " '" + text + "'");
        }
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP");
    }

    /** The relation without its subtype: {@code nmod} for {@code nmod:poss}. */
    public String baseRel() {
        int colon = rel.indexOf(':');
        return colon < 0 ? rel : rel.substring(0, colon);
    }
}
