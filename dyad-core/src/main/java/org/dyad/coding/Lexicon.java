package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.CameoCode;
import org.dyad.ontology.CameoCodebook;
import org.dyad.resources.DataFile;

/**
 * The verb and noun lexicons: lemmas with patterns over their frames, mapped to CAMEO codes or operators.
 * Read from {@code dyad/lexicon/verbs.tsv} and {@code nouns.tsv} (format: docs/data-formats.md), and from
 * users' files. Read-only once built.
 */
public final class Lexicon {

    private static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "in", "on", "back", "over",
            "away", "forward", "through", "aside", "around", "along", "apart", "together", "about");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "against", "on", "for", "from", "into",
            "at", "of", "over", "about", "toward", "towards", "upon", "by", "in", "onto", "under", "between");

    private final Map<String, List<LexiconEntry>> verbs;
    private final Map<String, List<LexiconEntry>> nouns;
    private final Conventions conventions;

    private Lexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns,
                    Conventions conventions) {
        this.verbs = verbs;
        this.nouns = nouns;
        this.conventions = conventions;
    }

    /** The coding conventions the lexicon's codes were written for ({@link Conventions#DYAD} unless set). */
    public Conventions conventions() {
        return conventions;
    }

    /** Dyad's own lexicon, checked against the codebook. */
    public static Lexicon load(CameoCodebook codebook) {
        return builder(codebook).addVerbs(DataFile.resource("dyad/lexicon/verbs.tsv"))
                .addNouns(DataFile.resource("dyad/lexicon/nouns.tsv")).build();
    }

    public static Builder builder(CameoCodebook codebook) {
        return new Builder(codebook);
    }

    /** Entries for a verb (or predicate adjective) lemma, most specific first, then file order. */
    public List<LexiconEntry> verb(String lemma) {
        return verbs.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** Entries for a noun lemma, most specific first, then file order. */
    public List<LexiconEntry> noun(String lemma) {
        return nouns.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    /** True if the lemma can trigger an event, as a verb, an adjective or a noun. */
    public boolean isTrigger(String lemma) {
        String l = lemma.toLowerCase(Locale.ROOT);
        return verbs.containsKey(l) || nouns.containsKey(l);
    }

    /**
     * A cheap test on the words alone: could some coded entry fire here? It needs a lemma with a code (not
     * an operator: an operator only carries the code of another trigger), and the words its pattern asks for
     * (object, modifiers, preposition, particle) somewhere in the sentence. A sentence that fails cannot
     * hold an event, whatever its parse.
     */
    public boolean mayFire(org.dyad.model.Sentence s) {
        Set<String> words = new java.util.HashSet<>();
        for (org.dyad.model.Token t : s.tokens()) {
            words.addAll(forms(t));
        }
        for (org.dyad.model.Token t : s.tokens()) {
            List<LexiconEntry> entries = t.isNoun() ? noun(t.lemma()) : verb(t.lemma());
            for (LexiconEntry e : entries) {
                boolean fires = e.code().isPresent() || e.operator().filter(o -> o == Operator.EXTEND).isPresent();
                if (fires && present(e, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The forms a pattern word may take for this token: lemma and form, and the singular of a plural the
     * lemmatiser left alone ("troops", "arms"), so that "obj:troop" meets "troops".
     */
    static Set<String> forms(org.dyad.model.Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        String text = t.text().toLowerCase(Locale.ROOT);
        Set<String> out = new java.util.HashSet<>(List.of(lemma, text));
        for (String w : List.of(lemma, text)) {
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                out.add(w.substring(0, w.length() - 1));
                if (w.endsWith("ies")) {
                    out.add(w.substring(0, w.length() - 3) + "y");
                }
            }
        }
        return out;
    }

    /** True if the pattern's words include a form of the token. */
    static boolean anyForm(Set<String> patternWords, org.dyad.model.Token t) {
        for (String f : forms(t)) {
            if (patternWords.contains(f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(LexiconEntry e, Set<String> words) {
        return (e.objects().isEmpty() || e.objects().stream().anyMatch(words::contains))
                && (e.objMods().isEmpty() || e.objMods().stream().anyMatch(words::contains))
                && (e.mods().isEmpty() || e.mods().stream().anyMatch(words::contains))
                && e.prep().map(p -> List.of(p.split("_")).stream().allMatch(words::contains)).orElse(true)
                && e.particle().map(words::contains).orElse(true)
                && (e.has().isEmpty() || e.has().stream().anyMatch(words::contains));
    }

    public int verbPatterns() {
        return verbs.values().stream().mapToInt(List::size).sum();
    }

    public int nounPatterns() {
        return nouns.values().stream().mapToInt(List::size).sum();
    }

    public Set<String> verbLemmas() {
        return verbs.keySet();
    }

    /** Collects entries from Dyad's files and users' dictionaries. */
    public static final class Builder {
        private final CameoCodebook codebook;
        private final Map<String, List<LexiconEntry>> verbs = new HashMap<>();
        private final Map<String, List<LexiconEntry>> nouns = new HashMap<>();
        private Conventions conventions = Conventions.DYAD;

        private Builder(CameoCodebook codebook) {
            this.codebook = codebook;
        }

        /** The conventions the coder applies to this lexicon's codes (default {@link Conventions#DYAD}). */
        public Builder conventions(Conventions c) {
            this.conventions = java.util.Objects.requireNonNull(c);
            return this;
        }

        public Builder addVerbs(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                add(verbs, parse(r, true));
            }
            return this;
        }

        public Builder addNouns(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                add(nouns, parse(r, false));
            }
            return this;
        }

        public Builder addVerb(LexiconEntry e) {
            add(verbs, e);
            return this;
        }

        public Builder addNoun(LexiconEntry e) {
            add(nouns, e);
            return this;
        }

        private static void add(Map<String, List<LexiconEntry>> map, LexiconEntry e) {
            map.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
        }

        public Lexicon build() {
            return new Lexicon(sorted(verbs), sorted(nouns), conventions);
        }

        private static Map<String, List<LexiconEntry>> sorted(Map<String, List<LexiconEntry>> map) {
            Map<String, List<LexiconEntry>> out = new HashMap<>();
            for (Map.Entry<String, List<LexiconEntry>> e : map.entrySet()) {
                List<LexiconEntry> list = new ArrayList<>(e.getValue());
                // most specific first; on a tie an operator goes before a plain code, which is its fallback
                list.sort((a, b) -> a.specificity() != b.specificity() ? Integer.compare(b.specificity(), a.specificity())
                        : Boolean.compare(a.operator().isEmpty(), b.operator().isEmpty()));
                out.put(e.getKey(), List.copyOf(list));
            }
            return Map.copyOf(out);
        }

        private LexiconEntry parse(DataFile.Row r, boolean verb) {
            String[] words = r.get(0).toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) {
                throw r.error("empty lemma");
            }
            String lemma;
            Optional<String> particle = Optional.empty();
            Set<String> objects = new HashSet<>();
            Set<String> objMods = new HashSet<>();
            Set<String> mods = new HashSet<>();
            Optional<String> prep = Optional.empty();
            if (verb) {
                // "step up": particle; "open fire": object; "take part in": object and preposition
                lemma = words[0];
                for (int i = 1; i < words.length; i++) {
                    String w = words[i];
                    if (particle.isEmpty() && objects.isEmpty() && PARTICLES.contains(w) && i == 1) {
                        particle = Optional.of(w);
                    } else if (PREPOSITIONS.contains(w) && prep.isEmpty()) {
                        prep = Optional.of(w);
                    } else if (objects.isEmpty()) {
                        objects.add(w);
                    } else {
                        throw r.error("cannot read multiword lemma '" + r.get(0) + "'");
                    }
                }
            } else {
                // "air strike": the head is the last word, the others are required modifiers
                lemma = words[words.length - 1];
                for (int i = 0; i < words.length - 1; i++) {
                    mods.add(words[i]);
                }
            }
            boolean xcomp = false;
            Set<String> has = new HashSet<>();
            Optional<String> source = Optional.empty();
            Optional<String> target = Optional.empty();
            List<WordSequence> before = new ArrayList<>();
            List<WordSequence> after = new ArrayList<>();
            boolean joint = false;
            Set<String> forms = new HashSet<>();
            String pattern = r.get(1).isEmpty() ? "*" : r.get(1);
            for (String cond : pattern.split("\\s+")) {
                if (cond.equals("*") || cond.isEmpty()) {
                    continue;
                }
                int colon = cond.indexOf(':');
                String key = colon < 0 ? cond : cond.substring(0, colon);
                String value = colon < 0 ? "" : cond.substring(colon + 1).toLowerCase(Locale.ROOT);
                switch (key) {
                    case "obj" -> objects.addAll(List.of(value.split("\\|")));
                    case "objmod" -> objMods.addAll(List.of(value.split("\\|")));
                    case "mod" -> mods.addAll(List.of(value.split("\\|")));
                    case "prep" -> prep = Optional.of(value);
                    case "xcomp" -> xcomp = true;
                    case "src" -> source = Optional.of(value);
                    case "tgt" -> target = Optional.of(value);
                    case "prt" -> particle = Optional.of(value);
                    case "has" -> has.addAll(List.of(value.split("\\|")));
                    case "pre" -> before.addAll(sequences(r, value));
                    case "post" -> after.addAll(sequences(r, value));
                    case "joint" -> joint = true;
                    case "form" -> forms.addAll(List.of(value.split("\\|")));
                    default -> throw r.error("unknown pattern condition '" + cond + "'");
                }
            }
            String codeText = r.get(2);
            Optional<CameoCode> code = Optional.empty();
            Optional<Operator> operator = Operator.parse(codeText);
            if (operator.isEmpty()) {
                try {
                    code = Optional.of(CameoCode.parse(codeText));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
                if (!codebook.contains(code.get().value())) {
                    throw r.error("CAMEO code " + codeText + " is not in the codebook");
                }
            }
            return new LexiconEntry(lemma, particle, objects, objMods, mods, prep, xcomp, source, target, code,
                    operator, r.origin(), pattern, has, new WordConditions(before, after, joint, forms));
        }

        private static List<WordSequence> sequences(DataFile.Row r, String value) {
            List<WordSequence> out = new ArrayList<>();
            for (String v : value.split("\\|")) {
                try {
                    out.add(WordSequence.parse(v));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
            }
            return out;
        }
    }
}
