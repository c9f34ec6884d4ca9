package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.eval.GoldSet;
import org.dyad.eval.Prediction;
import org.dyad.eval.Scorer;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * End to end on the gold sets in ../shared/gold, with CoreNLP: fails when a figure drops below its floor.
 * The floors are issue 2's goals (seeds P and R 0.80, PLOVER F1 0.65, PETR-2 F1 0.60), which the coder now reaches;
 * raise them as it improves.
 */
class GoldFloorsTest {

    static Scorer.Result score(String file) throws IOException {
        GoldSet set = GoldSet.read(Shared.path("gold/" + file));
        Pipeline pipeline = Engine.pipeline();
        List<Prediction> predictions = new ArrayList<>();
        for (GoldSet.Case c : set.cases()) {
            Pipeline.Result r = pipeline.code(new Document(c.id(), c.text(), c.date(), Map.of(), List.of()));
            for (Event e : r.events()) {
                predictions.add(Prediction.of(e));
            }
        }
        Scorer.Result r = Scorer.score(set, predictions);
        EvalCommand.print(r, System.out, false);
        return r;
    }

    @Test
    void seeds() throws IOException {
        Scorer.Result r = score("seeds.gold.jsonl");
        assertEquals(0, r.leaks(), "no event from the reader comments");
        assertTrue(r.overall().precision() >= Floors.SEEDS_P, "precision " + r.overall().precision());
        assertTrue(r.overall().recall() >= Floors.SEEDS_R, "recall " + r.overall().recall());
    }

    @Test
    void ploverGoldStandard() throws IOException {
        Scorer.Result r = score("plover-gsr.dev.jsonl");
        assertTrue(r.overall().f1() >= Floors.PLOVER_F1, "F1 " + r.overall().f1());
    }

    @Test
    void petrarch2GoldStandard() throws IOException {
        Scorer.Result r = score("petr2-gsr.dev.jsonl");
        assertTrue(r.overall().f1() >= Floors.PETR2_F1, "F1 " + r.overall().f1());
    }

    /** The floors; raise them when the coder gets better. */
    static final class Floors {
        static final double SEEDS_P = 0.80;
        static final double SEEDS_R = 0.80;
        static final double PLOVER_F1 = 0.65;
        static final double PETR2_F1 = 0.60;

        private Floors() {
        }
    }
}
