package org.dyad.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The scoring rule of ../shared/gold/FORMAT.md. Per case, each prediction becomes a key (first three
 * letters of source, of target or none, and type: the CAMEO root, or the PLOVER type against PLOVER gold,
 * where statements without a PLOVER type are left out); duplicate keys count once. A prediction at or
 * after {@code negative_from} is a false positive, a comment leak, whatever its key. A required gold event
 * is a true positive if some key matches it (a gold event with no target matches any target), else a
 * false negative; a key that matches no gold event, required or optional, is a false positive.
 */
public final class Scorer {

    /** A scoring key. */
    public record Key(String source, Optional<String> target, String type) {
        @Override
        public String toString() {
            return source + " -> " + target.orElse("(none)") + " " + type;
        }
    }

    /** A gold event that was not found. */
    public record Miss(String doc, GoldSet.GoldEvent gold) {
    }

    /** A key that matched nothing, with the sentence that produced it. */
    public record Extra(String doc, Key key, String sentence, boolean leak) {
    }

    /** Counts for one type or overall. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** The whole result. */
    public record Result(String gold, Counts overall, Map<String, Counts> byType, int leaks, List<Miss> misses,
                         List<Extra> extras) {
    }

    private Scorer() {
    }

    public static Result score(GoldSet gold, List<Prediction> predictions) {
        Map<String, List<Prediction>> byDoc = new LinkedHashMap<>();
        for (Prediction p : predictions) {
            byDoc.computeIfAbsent(p.doc(), k -> new ArrayList<>()).add(p);
        }
        Map<String, Counts> byType = new TreeMap<>();
        List<Miss> misses = new ArrayList<>();
        List<Extra> extras = new ArrayList<>();
        int leaks = 0;
        for (GoldSet.Case c : gold.cases()) {
            Map<Key, String> keys = new LinkedHashMap<>();
            Set<Key> leakKeys = new LinkedHashSet<>();
            Map<Key, String> leakSentences = new LinkedHashMap<>();
            for (Prediction p : byDoc.getOrDefault(c.id(), List.of())) {
                Optional<Key> k = key(p, c.plover());
                if (k.isEmpty()) {
                    continue;
                }
                if (c.negativeFrom().isPresent() && p.start() >= c.negativeFrom().get()) {
                    leaks++;
                    leakKeys.add(k.get());
                    leakSentences.putIfAbsent(k.get(), p.sentence());
                } else {
                    keys.putIfAbsent(k.get(), p.sentence());
                }
            }
            for (GoldSet.GoldEvent g : c.events()) {
                Optional<Key> hit = keys.keySet().stream().filter(k -> matches(k, g)).findFirst();
                if (g.optional()) {
                    continue;
                }
                String type = hit.map(Key::type).orElse(g.types().isEmpty() ? "?" : g.types().get(0));
                byType.merge(type, new Counts(hit.isPresent() ? 1 : 0, 0, hit.isPresent() ? 0 : 1), Counts::plus);
                if (hit.isEmpty()) {
                    misses.add(new Miss(c.id(), g));
                }
            }
            for (Map.Entry<Key, String> k : keys.entrySet()) {
                boolean matched = c.events().stream().anyMatch(g -> matches(k.getKey(), g));
                if (!matched) {
                    byType.merge(k.getKey().type(), new Counts(0, 1, 0), Counts::plus);
                    extras.add(new Extra(c.id(), k.getKey(), k.getValue(), false));
                }
            }
            for (Key k : leakKeys) {
                byType.merge(k.type(), new Counts(0, 1, 0), Counts::plus);
                extras.add(new Extra(c.id(), k, leakSentences.get(k), true));
            }
        }
        Counts overall = byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new Result(gold.name(), overall, byType, leaks, misses, extras);
    }

    static Optional<Key> key(Prediction p, boolean plover) {
        String type;
        if (plover) {
            if (p.plover().isEmpty()) {
                return Optional.empty();
            }
            type = p.plover().get();
        } else {
            if (p.cameo().length() < 2) {
                return Optional.empty();
            }
            type = p.cameo().substring(0, 2);
        }
        return Optional.of(new Key(three(p.source()), p.target().filter(t -> !t.isEmpty()).map(Scorer::three), type));
    }

    static boolean matches(Key k, GoldSet.GoldEvent g) {
        if (!three(g.source()).equals(k.source()) || !g.types().contains(k.type())) {
            return false;
        }
        if (g.target().isEmpty()) {
            return true;
        }
        return k.target().isPresent() && k.target().get().equals(three(g.target().get()));
    }

    private static String three(String code) {
        return code.length() <= 3 ? code : code.substring(0, 3);
    }
}
