package org.dyad.coding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One PETRARCH-1 verb pattern ("- * DIPLOMATIC TIES [901]", "- + * FROM $ [066]") translated into the
 * conditions of Dyad's lexicon (docs/data-formats.md), or the reason it cannot be. The file format is
 * documented in {@link PetrarchVerbs}; this class holds the translation rules:
 * <ul>
 *   <li>words after the verb and before any preposition are the direct object: the last is its head
 *       ({@code obj:}), the first of the others a modifier it must have ({@code objmod:}); a lone word is
 *       read both as the head and, in a second entry, as a modifier ("restore diplomatic ties");</li>
 *   <li>a particle right after the verb ({@code *_UP}, {@code * DOWN}) is {@code prt:}; a preposition is
 *       {@code prep:}; "in", "on", "over", "about", "through" may be either and give an entry of each;</li>
 *   <li>{@code +} and {@code $} say where the target and the source are: before the verb they are the
 *       subject ({@code tgt:subj}), after a preposition its object ({@code src:from}); {@code ^} (any
 *       phrase) needs nothing, and a preposition followed only by {@code ^} is dropped; {@code %} (a
 *       compound actor) after a preposition is read as the target there: Dyad takes every conjunct;</li>
 *   <li>determiners and possessives ("the", "its") are skipped; synsets are expanded into every member,
 *       with the plural PETRARCH makes of each.</li>
 * </ul>
 * Not translated, each with its reason: words before the verb (auxiliaries, negation, governing verbs:
 * Dyad's patterns see only the verb's own dependents), the compound marker {@code %} elsewhere, words after a
 * preposition (Dyad cannot test the head of a prepositional object), function words and adverbs after
 * the verb, more than one preposition.
 */
final class PetrarchPattern {

    /** What a translated pattern requires of a verb's frame. */
    record Conditions(Optional<String> particle, Set<String> objects, Set<String> objMods, Optional<String> prep,
                      Optional<String> source, Optional<String> target) {

        /** The conditions as Dyad's lexicon writes them, for evidence. */
        String describe() {
            List<String> parts = new ArrayList<>();
            particle.ifPresent(p -> parts.add("prt:" + p));
            if (!objects.isEmpty()) {
                parts.add("obj:" + String.join("|", objects));
            }
            if (!objMods.isEmpty()) {
                parts.add("objmod:" + String.join("|", objMods));
            }
            prep.ifPresent(p -> parts.add("prep:" + p));
            source.ifPresent(s -> parts.add("src:" + s));
            target.ifPresent(t -> parts.add("tgt:" + t));
            return parts.isEmpty() ? "*" : String.join(" ", parts);
        }
    }

    /** The outcome: the conditions of each entry to make, or why there are none. */
    record Translation(List<Conditions> variants, Optional<String> skipped, boolean approximated, int words) {
        static Translation skip(String reason) {
            return new Translation(List.of(), Optional.of(reason), false, 0);
        }
    }

    static final Set<String> PARTICLES = Set.of("up", "down", "out", "off", "back", "away", "forward", "aside",
            "around", "along", "apart", "together");
    static final Set<String> EITHER = Set.of("in", "on", "over", "about", "through");
    private static final Set<String> PREPOSITIONS = Set.of("to", "with", "for", "from", "against", "at", "into", "by",
            "of", "upon", "toward", "towards", "between", "among", "under", "near", "after", "before", "during",
            "despite", "until", "without", "across", "within", "onto", "behind", "beyond", "amid", "in", "on", "over",
            "about", "through");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "my",
            "your", "this", "these", "those", "some", "any");
    private static final Set<String> FUNCTION = Set.of("not", "no", "never", "n't", "nor", "neither", "will", "would",
            "should", "must", "may", "might", "can", "ca", "wo", "could", "shall", "be", "been", "being", "was", "were",
            "is", "are", "am", "has", "have", "had", "did", "do", "does", "if", "that", "don't", "won't", "said");
    private static final Set<String> ADVERBS = Set.of("now", "ever", "even", "again", "also", "still", "so", "very",
            "most", "only", "then", "really");
    private static final int MAX_VARIANTS = 400;

    private PetrarchPattern() {
    }

    /**
     * Translates a pattern, its text between "-" and the code.
     *
     * @param synset the members of a synset by name ("&amp;CURRENCY"), each a list of words, plurals
     *               included; empty if the synset is not defined
     */
    static Translation translate(String pattern, Function<String, Optional<List<List<String>>>> synset) {
        List<String> tokens = new ArrayList<>();
        // PETRARCH-2 brackets: "(TO {BANNED PARTIES})" is a preposition and its phrase, "{ARMS SHIPMENT}" a
        // noun phrase with its head last; the words keep their order, which is what the rules read
        for (String t : pattern.replaceAll("[(){}]", " ").strip().split("\\s+")) {
            for (String w : t.split("_")) {
                if (!w.isEmpty()) {
                    tokens.add(w);
                }
            }
        }
        int star = tokens.indexOf("*");
        if (star < 0 || tokens.lastIndexOf("*") != star) {
            return Translation.skip("no single verb position *");
        }
        Optional<String> target = Optional.empty();
        for (String w : tokens.subList(0, star)) {
            switch (w) {
                case "$" -> { }
                case "+" -> target = Optional.of("subj");
                case "%" -> {
                    return Translation.skip("compound-actor marker %");
                }
                default -> {
                    return Translation.skip("words before the verb");
                }
            }
        }
        List<List<String>> sequences = List.of(List.of());
        for (String w : tokens.subList(star + 1, tokens.size())) {
            List<List<String>> alternatives;
            if (w.startsWith("&")) {
                Optional<List<List<String>>> members = synset.apply(w);
                if (members.isEmpty()) {
                    return Translation.skip("undefined synset");
                }
                alternatives = members.get();
            } else {
                alternatives = List.of(List.of(w));
            }
            List<List<String>> next = new ArrayList<>();
            for (List<String> s : sequences) {
                for (List<String> a : alternatives) {
                    List<String> joined = new ArrayList<>(s);
                    joined.addAll(a);
                    next.add(joined);
                }
            }
            if (next.size() > MAX_VARIANTS) {
                return Translation.skip("too many synset combinations");
            }
            sequences = next;
        }
        Set<Conditions> out = new LinkedHashSet<>();
        Optional<String> reason = Optional.empty();
        boolean approximated = false;
        for (List<String> seq : sequences) {
            List<String> post = seq.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
            List<Integer> starts = new ArrayList<>(List.of(0));
            if (!post.isEmpty() && (PARTICLES.contains(post.get(0)) || EITHER.contains(post.get(0)))) {
                starts = EITHER.contains(post.get(0)) ? List.of(1, 0) : List.of(1);
            }
            for (int start : starts) {
                Optional<String> particle = start == 1 ? Optional.of(post.get(0)) : Optional.empty();
                Result r = post(post, start, particle, target);
                if (r.reason.isPresent()) {
                    reason = reason.or(() -> r.reason);
                } else {
                    out.addAll(r.variants);
                    approximated |= r.approximated;
                }
            }
        }
        if (out.isEmpty()) {
            return Translation.skip(reason.orElse("nothing to translate"));
        }
        return new Translation(List.copyOf(out), Optional.empty(), approximated, tokens.size() - 1);
    }

    private record Result(List<Conditions> variants, Optional<String> reason, boolean approximated) {
        static Result skip(String reason) {
            return new Result(List.of(), Optional.of(reason), false);
        }
    }

    /** The words after the verb, from {@code i}: the object, then one prepositional segment. */
    private static Result post(List<String> post, int i, Optional<String> particle, Optional<String> target) {
        Optional<String> source = Optional.empty();
        List<String> object = new ArrayList<>();
        int n = post.size();
        for (; i < n && !PREPOSITIONS.contains(post.get(i)); i++) {
            String w = post.get(i);
            switch (w) {
                case "+", "^" -> { }
                case "$" -> source = Optional.of("obj");
                case "%" -> {
                    return Result.skip("compound-actor marker %");
                }
                default -> {
                    if (DETERMINERS.contains(w)) {
                        continue;
                    }
                    if (FUNCTION.contains(w)) {
                        return Result.skip("function words after the verb");
                    }
                    if (ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly")) {
                        return Result.skip("adverbs after the verb");
                    }
                    object.add(w);
                }
            }
        }
        List<String> preps = new ArrayList<>();
        List<List<String>> contents = new ArrayList<>();
        while (i < n) {
            preps.add(post.get(i++));
            List<String> words = new ArrayList<>();
            for (; i < n && !PREPOSITIONS.contains(post.get(i)); i++) {
                if (!DETERMINERS.contains(post.get(i))) {
                    words.add(post.get(i));
                }
            }
            contents.add(words);
        }
        // a preposition followed only by "^" (any phrase) is dropped when another one says more
        List<Integer> real = new ArrayList<>();
        for (int k = 0; k < preps.size(); k++) {
            if (contents.get(k).isEmpty() || !contents.get(k).stream().allMatch("^"::equals)) {
                real.add(k);
            }
        }
        boolean approximated = false;
        if (real.isEmpty() && preps.size() == 1) {
            real.add(0);
        } else if (real.size() < preps.size()) {
            approximated = true;
        }
        if (real.size() > 1 || real.isEmpty() && !preps.isEmpty()) {
            return Result.skip("more than one preposition");
        }
        Optional<String> prep = Optional.empty();
        if (!real.isEmpty()) {
            String p = preps.get(real.get(0));
            prep = Optional.of(p);
            List<String> words = contents.get(real.get(0));
            if (words.contains("%")) {
                // "WITH %": a compound actor after the preposition; Dyad takes every conjunct anyway
                words = words.stream().map(w -> w.equals("%") ? "+" : w).toList();
                approximated = true;
            }
            if (words.stream().anyMatch(w -> !Set.of("+", "$", "^").contains(w))) {
                return Result.skip("words after a preposition");
            }
            if (words.size() > 1) {
                return Result.skip("actor marker after a skipped phrase");
            }
            if (words.equals(List.of("+"))) {
                target = Optional.of(p);
            } else if (words.equals(List.of("$"))) {
                source = Optional.of(p);
            }
        }
        List<Conditions> variants = new ArrayList<>();
        if (object.isEmpty()) {
            variants.add(new Conditions(particle, Set.of(), Set.of(), prep, source, target));
        } else {
            String head = object.get(object.size() - 1);
            Set<String> mods = object.size() > 1 ? Set.of(object.get(0)) : Set.of();
            variants.add(new Conditions(particle, Set.of(head), mods, prep, source, target));
            if (object.size() == 1) {
                variants.add(new Conditions(particle, Set.of(), Set.of(head), prep, source, target));
            }
        }
        return new Result(variants, Optional.empty(), approximated);
    }
}
