package org.dyad.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cheap English check for plain text: the share of words that are common English function words. News in
 * English runs at 35-50%; other languages written in Latin script stay under 10%, and non-Latin scripts
 * have almost no such words. Short texts are given the benefit of the doubt.
 */
public final class Language {

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "of", "and", "to", "a", "in", "that", "is",
            "was", "for", "on", "with", "as", "by", "at", "it", "he", "his", "from", "be", "has", "have", "had",
            "are", "were", "not", "but", "an", "this", "which", "or", "they", "their", "its", "said", "will",
            "would", "been", "after", "who", "also", "more", "than", "over", "about", "into", "against");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_WORDS = 30;

    private Language() {
    }

    /** True unless the text clearly is not English. */
    public static boolean looksEnglish(String text) {
        int words = 0;
        int function = 0;
        int letters = 0;
        int latin = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < 5000) {
            String w = m.group();
            words++;
            if (FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                function++;
            }
            for (int i = 0; i < w.length(); i++) {
                letters++;
                if (w.charAt(i) < 0x250) {
                    latin++;
                }
            }
        }
        if (words < MIN_WORDS) {
            return letters == 0 || latin * 2 >= letters;
        }
        return function * 100 >= words * 12;
    }
}
