package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words in order, as a {@code pre:} or {@code post:} condition writes them (docs/data-formats.md): words
 * joined by {@code _} must follow each other, words joined by {@code ..} may have other words between them
 * ({@code most_certainly_wo_n't..ever}). A leading {@code _} ties the sequence to the predicate from the
 * right-hand side of a {@code post:} ({@code post:_talks}: the next word after the verb), a trailing
 * {@code _} ties it from the left-hand side of a {@code pre:} ({@code pre:would_}: the word just before
 * the verb). Words match a token's text, case folded, as written; articles and numbers between words
 * that must follow each other do not break them ("restore [the] ties" is "restore_ties"), as in PETRARCH.
 * Immutable.
 */
public final class WordSequence {

    /** Words a "must follow" join passes over. */
    private static final Set<String> SKIPPED = Set.of("the", "a", "an");

    private final List<String> words;
    /** {@code joined[i]}: word i must follow word i-1 directly; {@code joined[0]}: the first must touch the predicate. */
    private final boolean[] joined;
    /** The last word must be right before the predicate (pre: sequences). */
    private final boolean touchesEnd;

    private WordSequence(List<String> words, boolean[] joined, boolean touchesEnd) {
        this.words = List.copyOf(words);
        this.joined = joined.clone();
        this.touchesEnd = touchesEnd;
    }

    /** Reads the written form ({@code a_b..c}); words are case folded. */
    public static WordSequence parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        boolean startTouch = t.startsWith("_");
        boolean endTouch = t.endsWith("_") && t.length() > 1;
        t = t.replaceAll("^_+", "").replaceAll("_+$", "");
        List<String> words = new ArrayList<>();
        List<Boolean> joins = new ArrayList<>();
        for (String gap : t.split("\\.\\.")) {
            boolean first = true;
            for (String w : gap.split("_")) {
                if (w.isEmpty()) {
                    continue;
                }
                joins.add(words.isEmpty() ? startTouch : first ? Boolean.FALSE : Boolean.TRUE);
                words.add(w);
                first = false;
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty word sequence '" + text + "'");
        }
        boolean[] joined = new boolean[words.size()];
        for (int i = 0; i < joined.length; i++) {
            joined[i] = joins.get(i);
        }
        return new WordSequence(words, joined, endTouch);
    }

    /** Builds a sequence from words and, for each word after the first, whether it must follow directly. */
    static WordSequence of(List<String> words, List<Boolean> followsDirectly, boolean touchesPredicate,
                           boolean beforePredicate) {
        boolean[] joined = new boolean[words.size()];
        for (int i = 1; i < words.size(); i++) {
            joined[i] = followsDirectly.get(i - 1);
        }
        joined[0] = !beforePredicate && touchesPredicate;
        List<String> lower = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        return new WordSequence(lower, joined, beforePredicate && touchesPredicate);
    }

    public List<String> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    /**
     * True if the sequence occurs in {@code tokens} (case-folded token texts), all of it before position
     * {@code end} (exclusive) and from {@code start}; a sequence tied to the predicate must end at
     * {@code end - 1} (pre:) or begin at {@code start} (post:).
     */
    boolean occursIn(List<String> tokens, int start, int end) {
        return match(tokens, 0, start, start, end);
    }

    private boolean match(List<String> tokens, int w, int from, int start, int end) {
        if (w == words.size()) {
            return true;
        }
        boolean direct = joined[w];
        for (int k = from; k < end; k++) {
            if (direct && k > from && !SKIPPED.contains(tokens.get(k - 1)) && !isNumber(tokens.get(k - 1))) {
                return false; // something other than an article or number came between
            }
            if (tokens.get(k).equals(words.get(w))) {
                boolean last = w == words.size() - 1;
                if (last && touchesEnd && !onlySkipped(tokens, k + 1, end)) {
                    continue;
                }
                if (match(tokens, w + 1, k + 1, start, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean onlySkipped(List<String> tokens, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!SKIPPED.contains(tokens.get(k)) && !isNumber(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    /** The written form, as {@link #parse} reads it. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(joined[0] ? "_" : "");
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                b.append(joined[i] ? "_" : "..");
            }
            b.append(words.get(i));
        }
        return b.append(touchesEnd ? "_" : "").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordSequence w && w.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
