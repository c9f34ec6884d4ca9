package org.dyad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The scoring rule of ../shared/gold/FORMAT.md, on small hand-made cases. */
class ScorerTest {

    private static GoldSet.GoldEvent gold(String src, String tgt, boolean optional, String... types) {
        return new GoldSet.GoldEvent(src, Optional.ofNullable(tgt), List.of(types), optional, "");
    }

    private static Prediction pred(String doc, String src, String tgt, String cameo, String plover, int start) {
        return new Prediction(doc, src, Optional.ofNullable(tgt), cameo, Optional.ofNullable(plover), start, "s");
    }

    @Test
    void keysUseThreeLettersAndRootsAndCountOnce() {
        GoldSet set = new GoldSet("g", List.of(new GoldSet.Case("d", Optional.empty(), "", Optional.empty(),
                List.of(gold("PRKGOV", "SYRGOV", false, "05"), gold("USA", "SYR", false, "16")), false)));
        Scorer.Result r = Scorer.score(set, List.of(
                pred("d", "PRK", "SYRGOV", "051", "SUPPORT", 0),
                pred("d", "PRKGOV", "SYR", "057", "SUPPORT", 5),
                pred("d", "RUS", "SYR", "190", "ASSAULT", 9)));
        assertEquals(new Scorer.Counts(1, 1, 1), r.overall());
        assertEquals(1, r.misses().size());
        assertEquals("RUS -> SYR 19", r.extras().get(0).key().toString());
    }

    @Test
    void nullGoldTargetMatchesAnyTargetAndOptionalEventsAreNeutral() {
        GoldSet set = new GoldSet("g", List.of(new GoldSet.Case("d", Optional.empty(), "", Optional.empty(),
                List.of(gold("USA", null, false, "AGREE"), gold("JOR", "USA", true, "AGREE")), true)));
        Scorer.Result r = Scorer.score(set, List.of(
                pred("d", "USA", "JOR", "030", "AGREE", 0),
                pred("d", "JOR", "USA", "030", "AGREE", 0),
                pred("d", "USA", null, "010", null, 0)));
        assertEquals(new Scorer.Counts(1, 0, 0), r.overall(), "the 01x statement has no PLOVER type: left out");
    }

    @Test
    void eventsInTheNegativeRegionAreCommentLeaks() {
        GoldSet set = new GoldSet("g", List.of(new GoldSet.Case("d", Optional.empty(), "", Optional.of(100),
                List.of(gold("SYRGOV", "IRNGOV", false, "05")), false)));
        Scorer.Result r = Scorer.score(set, List.of(
                pred("d", "SYRGOV", "IRN", "051", null, 10),
                pred("d", "SYRGOV", "IRN", "051", null, 150),
                pred("d", "USA", "SYR", "163", null, 200)));
        assertEquals(2, r.leaks());
        assertEquals(new Scorer.Counts(1, 2, 0), r.overall());
    }
}
