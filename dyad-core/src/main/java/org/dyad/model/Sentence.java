package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed sentence: tokens with one basic dependency tree, and the time expressions in it. Offsets refer
 * to the original document text.
 *
 * @param index 0-based position of the sentence in its document
 * @param text  the sentence's text, {@code document.text().substring(start, end)}
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens, List<TimeExpression> times) {

    public Sentence {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        times = List.copyOf(times);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i || t.head() >= tokens.size()) {
                throw new IllegalArgumentException("token " + i + " of sentence " + index + " is inconsistent");
            }
        }
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The token's head, empty for the root. */
    public Optional<Token> head(Token t) {
        return t.head() < 0 ? Optional.empty() : Optional.of(tokens.get(t.head()));
    }

    /** Dependents of token {@code i}, in sentence order. */
    public List<Token> children(int i) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == i) {
                out.add(t);
            }
        }
        return out;
    }

    /** Dependents of token {@code i} whose relation is {@code rel} or a subtype of it. */
    public List<Token> children(int i, String rel) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.head() == i && (t.rel().equals(rel) || t.rel().startsWith(rel + ":"))) {
                out.add(t);
            }
        }
        return out;
    }

    public Optional<Token> child(int i, String rel) {
        for (Token t : tokens) {
            if (t.head() == i && (t.rel().equals(rel) || t.rel().startsWith(rel + ":"))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** True if {@code ancestor} dominates {@code i} (or is {@code i}). */
    public boolean dominates(int ancestor, int i) {
        int steps = 0;
        for (int k = i; k >= 0 && steps <= tokens.size(); k = tokens.get(k).head(), steps++) {
            if (k == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Smallest and largest token index of the subtree under {@code i}. */
    public int[] subtreeSpan(int i) {
        int lo = i;
        int hi = i;
        for (Token t : tokens) {
            if (dominates(i, t.index())) {
                lo = Math.min(lo, t.index());
                hi = Math.max(hi, t.index());
            }
        }
        return new int[] {lo, hi};
    }

    /** Document text covered by tokens {@code first..last} (in either order), as written. */
    public String span(int first, int last) {
        int a = Math.min(first, last);
        int b = Math.max(first, last);
        return text.substring(tokens.get(a).start() - start, tokens.get(b).end() - start);
    }

    /**
     * The preposition marking token {@code i}, lower-cased, multiword forms joined with '_'
     * ("to", "according_to", "along_with", "on_behalf_of"); "" if it has none.
     */
    public String caseMarker(int i) {
        StringBuilder b = new StringBuilder();
        for (Token c : tokens) {
            if (c.head() == i && c.rel().equals("case")) {
                if (b.length() > 0) {
                    b.append('_');
                }
                b.append(c.text().toLowerCase(java.util.Locale.ROOT));
                for (Token f : children(c.index(), "fixed")) {
                    b.append('_').append(f.text().toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        return b.toString();
    }
}
