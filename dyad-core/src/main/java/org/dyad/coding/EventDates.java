package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.model.DateRange;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Dates an event from the time expressions attached to its predicates ("sent ... Thursday", "were
 * designated ... in 2002"), following the predicate up through coordination and control, not through
 * reported speech; else the publication date.
 */
final class EventDates {

    private EventDates() {
    }

    static Optional<DateRange> date(Sentence s, List<Integer> anchors, Optional<DateRange> published) {
        for (int a : anchors) {
            Optional<DateRange> d = attached(s, a);
            if (d.isPresent()) {
                return d;
            }
        }
        for (int a : anchors) {
            int k = a;
            for (int steps = 0; steps < 4 && k >= 0; steps++) {
                Token t = s.token(k);
                String rel = t.baseRel();
                if (!(rel.equals("conj") || rel.equals("xcomp") || rel.equals("advcl")) || t.head() < 0) {
                    break;
                }
                k = t.head();
                Optional<DateRange> d = attached(s, k);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return published;
    }

    /** The range of a time expression whose governing word is predicate {@code p} or one of its arguments. */
    private static Optional<DateRange> attached(Sentence s, int p) {
        for (TimeExpression tx : s.times()) {
            if (tx.range().isEmpty()) {
                continue;
            }
            int gov = governor(s, tx);
            if (gov == p && s.token(p).isNoun() && classifies(s, tx)) {
                continue; // "the 2015 nuclear agreement", "last year's deal": which deal, not when this act was
            }
            if (gov == p || (gov >= 0 && s.token(gov).head() == p && isTimeCarrier(s.token(gov)))) {
                return tx.range();
            }
        }
        return Optional.empty();
    }

    /** A word that can carry a time expression for its head: "on Thursday", "earlier this month". */
    private static boolean isTimeCarrier(Token t) {
        String rel = t.baseRel();
        return rel.equals("advmod") || rel.equals("obl") || rel.equals("nmod");
    }

    /** True if the expression modifies its noun as a name would (a number, compound, adjective or possessor). */
    private static boolean classifies(Sentence s, TimeExpression tx) {
        for (int i = tx.first(); i <= tx.last(); i++) {
            Token t = s.token(i);
            if (t.head() < tx.first() || t.head() > tx.last()) {
                String rel = t.rel();
                return rel.equals("nummod") || rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss")
                        || rel.equals("det");
            }
        }
        return false;
    }

    /** The token outside the expression that its head attaches to. */
    private static int governor(Sentence s, TimeExpression tx) {
        for (int i = tx.first(); i <= tx.last(); i++) {
            Token t = s.token(i);
            if (t.head() < tx.first() || t.head() > tx.last()) {
                return t.head();
            }
        }
        return -1;
    }
}
