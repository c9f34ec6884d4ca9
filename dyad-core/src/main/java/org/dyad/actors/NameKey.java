package org.dyad.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How names are compared: case and diacritics folded ("Türkiye" = "turkiye"), curly quotes made
 * straight, dots dropped from abbreviations ("U.S." = "US"), and words split at hyphens into pieces, so
 * that "Kim Jong-un" and "Kim Jong Un" meet. The same folding applies to dictionary names and to text.
 */
public final class NameKey {

    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{L}\\.){2,}\\p{L}?\\.?|\\p{L}\\.\\p{L}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern HYPHENS = Pattern.compile("[-\u2010\u2011\u2012\u2013]");

    private NameKey() {
    }

    /** Folds one word: no diacritics, lower case, straight quotes, abbreviation dots removed. */
    public static String fold(String word) {
        String w = word;
        if (ABBREVIATION.matcher(w).matches()) {
            w = w.replace(".", "");
        }
        w = w.replace('\u2019', '\'').replace('\u2018', '\'').replace('`', '\'').replace('\u00B4', '\'');
        w = w.replace("\u0142", "l").replace("\u0141", "L").replace("\u00F8", "o").replace("\u00D8", "O")
                .replace("\u00DF", "ss").replace("\u0111", "d").replace("\u0110", "D").replace("\u0131", "i")
                .replace("\u00E6", "ae").replace("\u00C6", "AE").replace("\u0153", "oe");
        if (!isAscii(w)) {
            w = MARKS.matcher(Normalizer.normalize(w, Normalizer.Form.NFD)).replaceAll("");
        }
        return w.toLowerCase(Locale.ROOT);
    }

    /** The pieces a word contributes to a key: its folded form split at hyphens. */
    public static List<String> pieces(String word) {
        List<String> out = new ArrayList<>(2);
        for (String p : HYPHENS.split(fold(word))) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Splits a dictionary name into words the way the tokenizer splits text: at spaces, with a
     * possessive "'s" as a word of its own ("People's Liberation Army").
     */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.replace('\u2019', '\'');
            if (lower.length() > 2 && lower.endsWith("'s")) {
                out.add(w.substring(0, w.length() - 2));
                out.add(w.substring(w.length() - 2));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** All pieces of a dictionary name, in order. */
    public static List<String> key(String name) {
        List<String> out = new ArrayList<>();
        for (String w : words(name)) {
            out.addAll(pieces(w));
        }
        return out;
    }

    /**
     * True for names written in capitals of up to five letters ("US", "UN", "IS", "U.K."): they match only
     * text written in capitals, so that "us" and "is" stay words.
     */
    public static boolean isCaseSensitive(String name) {
        String letters = name.replace(".", "").replace(" ", "");
        return letters.length() <= 5 && !letters.isEmpty() && letters.chars().allMatch(Character::isUpperCase);
    }

    /** True if the word has no lower-case letter. */
    public static boolean isUpperCase(String word) {
        return word.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
