package org.dyad.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * A span of calendar days, both ends inclusive: one day, a month, a year. Event dates are ranges so that
 * "in 2002" keeps its precision, and dated roles can be matched against the whole span.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("range ends before it starts: " + from + ".." + to);
        }
    }

    public static DateRange day(LocalDate d) {
        return new DateRange(d, d);
    }

    public static DateRange month(YearMonth m) {
        return new DateRange(m.atDay(1), m.atEndOfMonth());
    }

    public static DateRange year(int y) {
        return new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    /**
     * Parses an ISO-like value: {@code 2014-06-05}, {@code 2014-06} or {@code 2014}. Anything else
     * (weeks, seasons, durations, times without a date) gives empty.
     */
    public static Optional<DateRange> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(day(LocalDate.parse(value)));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return Optional.of(month(YearMonth.parse(value)));
            }
            if (value.matches("\\d{4}")) {
                return Optional.of(year(Integer.parseInt(value)));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean isDay() {
        return from.equals(to);
    }

    /** Days shared with [{@code a}, {@code b}] (null ends are open), 0 when disjoint. */
    public long overlapDays(LocalDate a, LocalDate b) {
        LocalDate lo = a == null || a.isBefore(from) ? from : a;
        LocalDate hi = b == null || b.isAfter(to) ? to : b;
        return hi.isBefore(lo) ? 0 : hi.toEpochDay() - lo.toEpochDay() + 1;
    }

    /** The ISO form at the range's precision: a day, a month, a year, or from/to. */
    @Override
    public String toString() {
        if (isDay()) {
            return from.toString();
        }
        if (from.getDayOfMonth() == 1 && to.equals(YearMonth.from(from).atEndOfMonth())) {
            return YearMonth.from(from).toString();
        }
        if (from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31))) {
            return Integer.toString(from.getYear());
        }
        return from + "/" + to;
    }
}
