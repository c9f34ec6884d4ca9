package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores coded events against a PETRARCH validation file's expected events, record by record: an
 * expected event is found if Dyad coded one with the same key in the same record (each coded event
 * matches at most one expected event); the rest are misses, and coded events left over are extras.
 * {@link Match#EXACT} keys on source, target and event code exactly as the suite writes them;
 * {@link Match#RELAXED} on the first three letters of source and target and the two-digit code root.
 * A record that expects no event (noevents, or an error such as a discard) makes every event an extra.
 */
public final class PetrarchScore {

    /** How close a coded event must come to an expected one. */
    public enum Match {
        EXACT(s -> s),
        RELAXED(s -> s.length() > 3 ? s.substring(0, 3) : s);

        private final Function<String, String> actor;

        Match(Function<String, String> actor) {
            this.actor = actor;
        }

        String key(String source, String target, String code) {
            String c = this == EXACT || code.length() < 2 ? code : code.substring(0, 2);
            return actor.apply(source) + " " + actor.apply(target) + " " + c;
        }
    }

    /** One event, as Dyad coded it or the suite expects it; a missing target is "---". */
    public record Event(String source, String target, String code) {
        @Override
        public String toString() {
            return source + " " + target + " " + code;
        }
    }

    /** Expected events, those found, and extras. */
    public record Counts(int expected, int found, int extra) {
        Counts plus(int e, int f, int x) {
            return new Counts(expected + e, found + f, extra + x);
        }

        public double foundShare() {
            return expected == 0 ? 0 : (double) found / expected;
        }

        public double extraShare() {
            return expected == 0 ? 0 : (double) extra / expected;
        }
    }

    /** A miss or an extra, with its record. */
    public record Line(int record, String id, String category, Event event) {
    }

    public record Result(Match match, Counts overall, Map<String, Counts> byCategory, List<Line> misses,
                         List<Line> extras) {
    }

    private PetrarchScore() {
    }

    /**
     * @param records the records scored, in order
     * @param coded   what Dyad coded for each record, same order
     */
    public static Result score(List<PetrarchSuite.Record> records, List<List<Event>> coded, Match match) {
        if (records.size() != coded.size()) {
            throw new IllegalArgumentException("records and coded results differ in number");
        }
        Counts overall = new Counts(0, 0, 0);
        Map<String, Counts> byCategory = new LinkedHashMap<>();
        List<Line> misses = new ArrayList<>();
        List<Line> extras = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PetrarchSuite.Record r = records.get(i);
            List<Event> left = new ArrayList<>(coded.get(i));
            int found = 0;
            for (PetrarchSuite.Expected x : r.expected()) {
                String key = match.key(x.source(), x.target(), x.code());
                int hit = -1;
                for (int k = 0; k < left.size() && hit < 0; k++) {
                    Event e = left.get(k);
                    if (match.key(e.source(), e.target(), e.code()).equals(key)) {
                        hit = k;
                    }
                }
                if (hit >= 0) {
                    left.remove(hit);
                    found++;
                } else {
                    misses.add(new Line(i, r.id(), r.category(), new Event(x.source(), x.target(), x.code())));
                }
            }
            for (Event e : left) {
                extras.add(new Line(i, r.id(), r.category(), e));
            }
            overall = overall.plus(r.expected().size(), found, left.size());
            byCategory.merge(r.category(), new Counts(r.expected().size(), found, left.size()),
                    (a, b) -> a.plus(b.expected(), b.found(), b.extra()));
        }
        return new Result(match, overall, byCategory, misses, extras);
    }
}
