package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/** Reading a PETRARCH validation file, and scoring against it. */
class PetrarchSuiteTest {

    private static final PetrarchSuite SUITE = PetrarchSuite.read(Shared.path("suites/petrarch1/PETR.UnitTest.records.xml"));

    private static PetrarchSuite.Record record(String id) {
        return SUITE.records().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static PetrarchScore.Event ev(String s, String t, String c) {
        return new PetrarchScore.Event(s, t, c);
    }

    @Test
    void environmentNamesDictionariesBesideTheFile() {
        PetrarchSuite.Environment env = SUITE.environment();
        assertEquals(1, env.verbs().size());
        assertTrue(Files.isRegularFile(env.verbs().get(0)));
        assertTrue(Files.isRegularFile(env.actors().get(0)));
        assertTrue(env.runs("DEMO"));
        assertFalse(env.runs("COMPOUNDx"));
    }

    @Test
    void recordsCarryTheirTextDateAndExpectedEvents() {
        assertEquals(284, SUITE.records().size());
        PetrarchSuite.Record demo = record("DEMO-00");
        assertEquals(Optional.of(LocalDate.of(1995, 1, 1)), demo.date());
        assertTrue(demo.text().startsWith("Arnor is about to restore full diplomatic ties with Gondor almost five"));
        assertFalse(demo.text().contains("\n"));
        assertEquals(List.of(new PetrarchSuite.Expected("ARN", "GON", "064")), demo.expected());
    }

    @Test
    void commentsMayHoldDoubleDashesAndOtherComments() {
        assertEquals("<a>x</a>", PetrarchSuite.withoutComments("<a><!-- -- see <!-- this --> too -->x</a>"));
    }

    @Test
    void noEventsAndErrorsExpectNothing() {
        assertEquals(List.of(), record("DEMO-24").expected());
        assertEquals(Optional.of("storydiscard"), record("DISCARD-01").error());
        assertEquals(List.of(), record("DISCARD-01").expected());
    }

    @Test
    void eachCodedEventFindsAtMostOneExpectedEvent() {
        PetrarchSuite.Record r = new PetrarchSuite.Record("R", "DEMO", Optional.empty(), "t",
                List.of(new PetrarchSuite.Expected("ARN", "GON", "064"), new PetrarchSuite.Expected("ARN", "GON", "064")),
                Optional.empty());
        PetrarchScore.Result s = PetrarchScore.score(List.of(r), List.of(List.of(ev("ARN", "GON", "064"))),
                PetrarchScore.Match.EXACT);
        assertEquals(new PetrarchScore.Counts(2, 1, 0), s.overall());
        assertEquals(1, s.misses().size());
    }

    @Test
    void relaxedMatchComparesThreeLettersAndTheCodeRoot() {
        PetrarchSuite.Record r = new PetrarchSuite.Record("R", "AGENT", Optional.empty(), "t",
                List.of(new PetrarchSuite.Expected("BREGOV", "ERI", "031")), Optional.empty());
        List<List<PetrarchScore.Event>> coded = List.of(List.of(ev("BRE", "ERIMIL", "036")));
        assertEquals(0, PetrarchScore.score(List.of(r), coded, PetrarchScore.Match.EXACT).overall().found());
        assertEquals(1, PetrarchScore.score(List.of(r), coded, PetrarchScore.Match.RELAXED).overall().found());
    }

    @Test
    void anEventWhereNoneIsExpectedIsAnExtra() {
        PetrarchSuite.Record none = record("DISCARD-03");
        PetrarchScore.Result s = PetrarchScore.score(List.of(none), List.of(List.of(ev("ARN", "GON", "064"))),
                PetrarchScore.Match.EXACT);
        assertEquals(new PetrarchScore.Counts(0, 0, 1), s.overall());
        assertEquals("ERROR", s.extras().get(0).category());
    }
}
