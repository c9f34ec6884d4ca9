package org.dyad.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A time expression found in a sentence, already resolved against the publication date.
 *
 * @param first first token index (inclusive)
 * @param last  last token index (inclusive)
 * @param text  the expression as written ("Thursday", "in 2002", "last year")
 * @param value normalised value as the time tagger gives it ("2014-06-05", "2002", "2013-W23")
 * @param range the calendar days it denotes, if it denotes days at all
 */
public record TimeExpression(int first, int last, String text, String value, Optional<DateRange> range) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(range, "range");
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad time span " + first + ".." + last);
        }
    }

    public boolean covers(int tokenIndex) {
        return tokenIndex >= first && tokenIndex <= last;
    }
}
