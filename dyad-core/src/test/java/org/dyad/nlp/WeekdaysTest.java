package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** Weekdays are dated by the tense of the clause they date, from the publication date alone. */
class WeekdaysTest {

    /** A Saturday. */
    private static final LocalDate SATURDAY = LocalDate.of(2020, 2, 29);
    /** A Tuesday. */
    private static final LocalDate TUESDAY = LocalDate.of(2020, 6, 16);

    private static final Sentence PAST = Parses.sentence(0, 0, """
            1 Kim Kim NNP 2 nsubj
            2 threatened threaten VBD 0 root
            3 Seoul Seoul NNP 2 obj
            4 on on IN 5 case
            5 Saturday Saturday NNP 2 obl
            """);

    private static final Sentence FUTURE = Parses.sentence(0, 0, """
            1 Kim Kim NNP 3 nsubj
            2 will will MD 3 aux
            3 meet meet VB 0 root
            4 Moon Moon NNP 3 obj
            5 on on IN 6 case
            6 Saturday Saturday NNP 3 obl
            """);

    @Test
    void pastActOnAWeekdayIsTheLatestSuchDayUpToPublication() {
        assertEquals(Optional.of(LocalDate.of(2020, 6, 13)), Weekdays.resolve(PAST, 4, 4, "Saturday", TUESDAY));
        // published on that very weekday: the same day
        assertEquals(Optional.of(SATURDAY), Weekdays.resolve(PAST, 4, 4, "Saturday", SATURDAY));
    }

    @Test
    void futureActOnAWeekdayIsTheNextSuchDay() {
        assertEquals(Optional.of(LocalDate.of(2020, 6, 20)), Weekdays.resolve(FUTURE, 5, 5, "Saturday", TUESDAY));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 7)), Weekdays.resolve(FUTURE, 5, 5, "Saturday", SATURDAY));
    }

    @Test
    void lastAndNextOverrideTense() {
        assertEquals(Optional.of(LocalDate.of(2020, 2, 22)), Weekdays.resolve(PAST, 4, 4, "last Saturday", SATURDAY));
        assertEquals(Optional.of(LocalDate.of(2020, 3, 7)), Weekdays.resolve(PAST, 4, 4, "next Saturday", SATURDAY));
    }

    @Test
    void datesWithAMonthOrYearAreLeftToTheTagger() {
        assertEquals(Optional.empty(), Weekdays.resolve(PAST, 4, 4, "Saturday, June 13", TUESDAY));
        assertEquals(Optional.empty(), Weekdays.resolve(PAST, 4, 4, "2018", TUESDAY));
    }
}
