package org.dyad.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Dates a bare weekday ("on Saturday", "last Tuesday", "next Monday morning") against the publication date,
 * by the tense of the clause it dates: news reports what happened on the latest such day up to the
 * publication date ("said on Saturday") and announces what will happen on the next one ("will meet on
 * Saturday"). Done here, from the sentence alone, so that one document's dates never depend on another's.
 */
public final class Weekdays {

    private static final Pattern WEEKDAY = Pattern.compile(
            "^(?:on |last |this |next |early |late |)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    + "(?:'s)?(?: (?:morning|afternoon|evening|night))?$");
    private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");

    private Weekdays() {
    }

    /**
     * The day a weekday expression over tokens {@code first..last} of {@code s} names, or empty if the words
     * are not a bare weekday (dates with a month or year are left to the date tagger).
     */
    public static Optional<LocalDate> resolve(Sentence s, int first, int last, String words, LocalDate published) {
        String w = words.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        Matcher m = WEEKDAY.matcher(w);
        if (!m.matches()) {
            return Optional.empty();
        }
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        boolean previousWord = first > 0 && s.token(first - 1).text().equalsIgnoreCase("last");
        boolean nextWord = first > 0 && s.token(first - 1).text().equalsIgnoreCase("next");
        if (w.startsWith("next ") || nextWord) {
            return Optional.of(published.with(TemporalAdjusters.next(day)));
        }
        if (w.startsWith("last ") || previousWord) {
            return Optional.of(published.with(TemporalAdjusters.previous(day)));
        }
        return Optional.of(future(s, first, last)
                ? published.with(TemporalAdjusters.next(day))
                : published.with(TemporalAdjusters.previousOrSame(day)));
    }

    /** True if the clause the expression dates is in the future: "will meet", "is to travel", "is meeting". */
    static boolean future(Sentence s, int first, int last) {
        int k = -1;
        for (int i = first; i <= last; i++) {
            int h = s.token(i).head();
            if (h < first || h > last) {
                k = h;
                break;
            }
        }
        for (int steps = 0; steps < 3 && k >= 0 && !s.token(k).isVerb(); steps++) {
            k = s.token(k).head();
        }
        if (k < 0) {
            return false;
        }
        Token v = s.token(k);
        boolean be = false;
        for (Token c : s.children(k)) {
            if (c.baseRel().equals("aux")) {
                String a = c.text().toLowerCase(Locale.ROOT);
                if (FUTURE_AUX.contains(a)) {
                    return true;
                }
                be |= Set.of("is", "are", "am", "'s", "'re").contains(a);
            }
        }
        // "is meeting on Saturday": the present progressive announces
        return be && v.pos().equals("VBG");
    }
}
