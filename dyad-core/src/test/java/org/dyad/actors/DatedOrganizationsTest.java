package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.dyad.model.DateRange;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** Organisations whose code changes with time: one dated line per period. */
class DatedOrganizationsTest {

    private static final ActorStage STAGE = new ActorStage(ActorDictionary.builder()
            .addCountries(Fixtures.rows("c", "AFG ; Afghanistan ; Afghan ; Afghans ; Kabul"))
            .addOrganizations(Fixtures.rows("o",
                    "AFGGOV ; Taliban ; AFG ; armed ; governs ; 1996-09-27..2001-11-12",
                    "AFGREB ; Taliban ; AFG ; armed ; insurgents ; 2001-11-13..2021-08-14",
                    "AFGGOV ; Taliban ; AFG ; armed ; governs again ; 2021-08-15..",
                    "AFGMIL ; Afghan Army ; AFG ; body ; undated"))
            .build());

    private static String codeOn(String day) {
        return codeOn(STAGE, day);
    }

    private static String codeOn(ActorStage stage, String day) {
        LocalDate d = LocalDate.parse(day);
        DocumentActors doc = stage.annotate(Parses.document("t", d, """
                1 Taliban Taliban NNP 2 nsubj
                2 spoke speak VBD 0 root
                """));
        return doc.resolve(0, 0, DateRange.day(d)).flatMap(a -> a.code()).map(c -> c.value()).orElse("-");
    }

    @Test
    void theLineThatHoldsOnTheDayGivesTheCode() {
        assertEquals("AFGGOV", codeOn("1998-05-01"));
        assertEquals("AFGGOV", codeOn("2001-11-12"));
        assertEquals("AFGREB", codeOn("2001-11-13"));
        assertEquals("AFGREB", codeOn("2020-02-29"));
        assertEquals("AFGGOV", codeOn("2021-08-15"));
        assertEquals("AFGGOV", codeOn("2026-01-01"));
    }

    @Test
    void beforeEveryPeriodTheFirstLineStands() {
        assertEquals("AFGGOV", codeOn("1990-01-01"), "no line holds and none is undated: the first");
    }

    @Test
    void badDatesAreReportedWithTheirLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ActorDictionary.builder()
                .addOrganizations(Fixtures.rows("o", "AFGGOV ; Taliban ; AFG ; armed ; x ; 2021-08-15..2001-01-01")));
        assertEquals("o:1: dates '2021-08-15..2001-01-01' end before they start", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ActorDictionary.builder()
                .addOrganizations(Fixtures.rows("o", "AFGGOV ; Taliban ; AFG ; armed ; x ; 2021")));
    }

    @Test
    void theShippedDictionaryCodesTheTalibanByPeriod() {
        ActorStage shipped = new ActorStage(ActorDictionary.load());
        assertEquals("AFGGOV", codeOn(shipped, "1999-03-01"));
        assertEquals("AFGREB", codeOn(shipped, "2020-02-29"), "the Doha agreement was signed by insurgents");
        assertEquals("AFGGOV", codeOn(shipped, "2023-05-01"));
    }
}
