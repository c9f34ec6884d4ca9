package org.dyad.eval.web;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word shingles as the article-extraction-benchmark counts them: tokens are runs of word characters
 * (Unicode {@code \w}), a shingle is four consecutive tokens, and a text with fewer than four tokens is one
 * shorter shingle. Texts are compared as multisets of shingles.
 */
public final class Shingles {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private Shingles() {
    }

    /** Counts of each shingle of {@code text}. */
    public static Map<String, Integer> of(String text) {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        int last = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < last; i++) {
            int end = Math.min(tokens.size(), i + N);
            if (end <= i) {
                break;
            }
            out.merge(String.join("\u0001", tokens.subList(i, end)), 1, Integer::sum);
        }
        return out;
    }

    /** Shingle counts in common: the sum over shingles of the smaller count. */
    public static long overlap(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> small = a.size() <= b.size() ? a : b;
        Map<String, Integer> large = small == a ? b : a;
        long n = 0;
        for (Map.Entry<String, Integer> e : small.entrySet()) {
            Integer o = large.get(e.getKey());
            if (o != null) {
                n += Math.min(o, e.getValue());
            }
        }
        return n;
    }

    public static long size(Map<String, Integer> a) {
        long n = 0;
        for (int v : a.values()) {
            n += v;
        }
        return n;
    }
}
