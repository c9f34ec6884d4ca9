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
 * A preposition followed by words ({@code * OVER EFFORTS}) is {@code prep:over} and the head word among
 * the verb's complements ({@code has:efforts}); with a second, bare or marked preposition
 * ({@code * MEMOS_ON_&TIETYPES FROM}) that one is the {@code prep:} and the words still give {@code has:}.
 * Not translated, each with its reason: words before the verb (auxiliaries, negation, governing verbs:
 * Dyad's patterns see only the verb's own dependents), the compound marker {@code %} elsewhere, an actor
 * marker after a prepositional object or a skipped phrase, function words and adverbs after the verb,
 * two prepositions with words or two with markers.
 */
final class PetrarchPattern {

    /** What a translated pattern requires of a verb's frame. */
    record Conditions(Optional<String> particle, Set<String> objects, Set<String> objMods, Optional<String> prep,
                      Set<String> has, Optional<String> source, Optional<String> target,
                      List<WordSequence> before, List<WordSequence> after, boolean joint, int words) {

        Conditions(Optional<String> particle, Set<String> objects, Set<String> objMods, Optional<String> prep,
                   Set<String> has, Optional<String> source, Optional<String> target) {
            this(particle, objects, objMods, prep, has, source, target, List.of(), List.of(), false, 0);
        }

        Conditions {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        Conditions with(List<WordSequence> pre, List<WordSequence> post, boolean jointSubject, int count) {
            return new Conditions(particle, objects, objMods, prep, has, source, target, pre, post, jointSubject,
                    count);
        }

        /** The conditions on the words around the verb, as a lexicon entry holds them. */
        WordConditions wordConditions(Set<String> forms) {
            return new WordConditions(before, after, joint, forms);
        }

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
            if (!has.isEmpty()) {
                parts.add("has:" + String.join("|", has));
            }
            source.ifPresent(s -> parts.add("src:" + s));
            target.ifPresent(t -> parts.add("tgt:" + t));
            String words = wordConditions(Set.of()).describe();
            if (!words.isEmpty()) {
                parts.add(words);
            }
            return parts.isEmpty() ? "*" : String.join(" ", parts);
        }
    }

    /** The outcome: the conditions of each entry to make, or why there are none. */
    record Translation(List<Conditions> variants, Optional<String> skipped, boolean approximated) {
        static Translation skip(String reason) {
            return new Translation(List.of(), Optional.of(reason), false);
        }
    }

    /** A pattern word, and whether it is joined to the word before it by "_" (must follow it directly). */
    private record Tok(String word, boolean joined) {
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
    private static final Set<String> MARKERS = Set.of("+", "$", "^", "%");
    /**
     * Reasons the words after the verb cannot be read as an object and one prepositional phrase; such a
     * pattern still holds as a {@code post:} word sequence (the actors' places are then Dyad's usual ones).
     */
    private static final Set<String> SEQUENCE_ONLY = Set.of("function words after the verb",
            "adverbs after the verb", "actor marker after the object", "actor marker after a prepositional object",
            "more than one prepositional phrase with words", "more than one preposition",
            "actor marker after a skipped phrase");
    private static final int MAX_VARIANTS = 400;

    private PetrarchPattern() {
    }

    /**
     * Translates a pattern, its text between "-" and the code.
     *
     * @param synset the members of a synset by name ("&amp;CURRENCY"), each as written ("SWISS FRANCS",
     *               "GOLDEN_GOBLIN_GALLEONS"), plurals included; empty if the synset is not defined
     */
    static Translation translate(String pattern, Function<String, Optional<List<String>>> synset) {
        List<Tok> tokens = tokens(pattern);
        int star = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).word().equals("*")) {
                if (star >= 0) {
                    return Translation.skip("no single verb position *");
                }
                star = i;
            }
        }
        if (star < 0) {
            return Translation.skip("no single verb position *");
        }
        // before the verb: leading actor markers, then words (PETRARCH's "upper" phrase)
        Optional<String> target = Optional.empty();
        boolean joint = false;
        int i = 0;
        for (; i < star && MARKERS.contains(tokens.get(i).word()); i++) {
            switch (tokens.get(i).word()) {
                case "+" -> target = Optional.of("subj");
                case "%" -> {
                    joint = true; // the coordinated subject acts on each of its members
                    target = Optional.of("subj");
                }
                case "^" -> {
                    return Translation.skip("skipped phrase before the verb");
                }
                default -> { }
            }
        }
        List<Tok> pre = tokens.subList(i, star);
        if (pre.stream().anyMatch(t -> MARKERS.contains(t.word()))) {
            return Translation.skip("actor marker among the words before the verb");
        }
        List<List<Tok>> preSequences = expand(pre, synset);
        if (preSequences == null) {
            return Translation.skip("undefined synset or too many synset combinations");
        }
        boolean touches = tokens.get(star).joined(); // "WOULD_*": the word just before the verb
        List<WordSequence> before = new ArrayList<>();
        int preWords = 0;
        for (List<Tok> seq : preSequences) {
            List<String> content = new ArrayList<>();
            List<Boolean> joins = new ArrayList<>();
            for (Tok t : seq) {
                if (!DETERMINERS.contains(t.word().toLowerCase(Locale.ROOT)) || seq.size() == 1) {
                    if (!content.isEmpty()) {
                        joins.add(t.joined());
                    }
                    content.add(t.word());
                }
            }
            if (!content.isEmpty()) {
                before.add(WordSequence.of(content, joins, touches, true));
                preWords = Math.max(preWords, content.size());
            }
        }
        // after the verb
        List<Tok> postTokens = new ArrayList<>(tokens.subList(star + 1, tokens.size()));
        boolean postTouches = !postTokens.isEmpty() && postTokens.get(0).joined();
        List<List<Tok>> sequences = expand(postTokens, synset);
        if (sequences == null) {
            return Translation.skip("undefined synset or too many synset combinations");
        }
        Set<Conditions> out = new LinkedHashSet<>();
        Optional<String> reason = Optional.empty();
        boolean approximated = false;
        for (List<Tok> seq : sequences) {
            List<String> post = seq.stream().map(x -> x.word().toLowerCase(Locale.ROOT)).toList();
            List<WordSequence> after = new ArrayList<>();
            int postWords = afterSequence(seq, postTouches, after);
            int count = preWords + postWords + (int) tokens.stream().filter(t -> MARKERS.contains(t.word())).count();
            List<Integer> starts = new ArrayList<>(List.of(0));
            if (!post.isEmpty() && (PARTICLES.contains(post.get(0)) || EITHER.contains(post.get(0)))) {
                starts = EITHER.contains(post.get(0)) ? List.of(1, 0) : List.of(1);
            }
            for (int start : starts) {
                Optional<String> particle = start == 1 ? Optional.of(post.get(0)) : Optional.empty();
                Result r = post(post, start, particle, target);
                // the words as written, in order, are what PETRARCH matches ("efforts" is not "effort",
                // "new global economic relations" not "new economic relations"): with a post: sequence the
                // object's head and modifiers add nothing but parser dependence, so they go
                if (r.reason.isEmpty()) {
                    for (Conditions c : r.variants) {
                        // a preposition stays a condition only where an actor marker makes it a role's place
                        boolean role = c.prep().isPresent() && (c.prep().equals(c.source()) || c.prep().equals(c.target()));
                        Conditions w = after.isEmpty() ? c : new Conditions(c.particle(), Set.of(), Set.of(),
                                role ? c.prep() : Optional.empty(), Set.of(), c.source(), c.target());
                        out.add(w.with(before, after, joint, count));
                    }
                    approximated |= r.approximated;
                } else if (SEQUENCE_ONLY.contains(r.reason.get()) && !after.isEmpty()) {
                    out.add(new Conditions(particle, Set.of(), Set.of(), Optional.empty(), Set.of(), Optional.empty(),
                            target, before, after, joint, count));
                    approximated = true;
                } else {
                    reason = reason.or(() -> r.reason);
                }
            }
        }
        if (out.isEmpty()) {
            return Translation.skip(reason.orElse("nothing to translate"));
        }
        return new Translation(merged(out), Optional.empty(), approximated);
    }

    /** The pattern's words with their joins: "_" joins a word to the one before it, a space does not. */
    private static List<Tok> tokens(String pattern) {
        List<Tok> out = new ArrayList<>();
        // PETRARCH-2 brackets: "(TO {BANNED PARTIES})" is a preposition and its phrase, "{ARMS SHIPMENT}" a
        // noun phrase with its head last; the words keep their order, which is what the rules read
        for (String t : pattern.replaceAll("[(){}]", " ").strip().split("\\s+")) {
            boolean first = true;
            for (String w : t.split("_", -1)) {
                if (!w.isEmpty()) {
                    out.add(new Tok(w, !first && !out.isEmpty()));
                }
                first = false;
            }
        }
        return out;
    }

    /** Every sequence the tokens stand for, synsets expanded into their members; null if impossible. */
    private static List<List<Tok>> expand(List<Tok> tokens, Function<String, Optional<List<String>>> synset) {
        List<List<Tok>> sequences = List.of(List.of());
        for (Tok tok : tokens) {
            List<List<Tok>> alternatives = new ArrayList<>();
            if (tok.word().startsWith("&")) {
                Optional<List<String>> members = synset.apply(tok.word());
                if (members.isEmpty()) {
                    return null;
                }
                for (String m : members.get()) {
                    List<Tok> words = tokens(m);
                    if (!words.isEmpty()) {
                        words.set(0, new Tok(words.get(0).word(), tok.joined()));
                        alternatives.add(words);
                    }
                }
            } else {
                alternatives.add(List.of(tok));
            }
            List<List<Tok>> next = new ArrayList<>();
            for (List<Tok> s : sequences) {
                for (List<Tok> a : alternatives) {
                    List<Tok> joined = new ArrayList<>(s);
                    joined.addAll(a);
                    next.add(joined);
                }
            }
            if (next.size() > MAX_VARIANTS) {
                return null;
            }
            sequences = next;
        }
        return sequences;
    }

    /**
     * The words after the verb as one {@code post:} sequence (actor markers and skipped determiners break
     * the joins around them); returns how many words it has.
     */
    private static int afterSequence(List<Tok> seq, boolean touches, List<WordSequence> out) {
        List<String> words = new ArrayList<>();
        List<Boolean> joins = new ArrayList<>();
        boolean broken = false;
        for (Tok t : seq) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (MARKERS.contains(w) || DETERMINERS.contains(w)) {
                broken |= MARKERS.contains(w);
                continue;
            }
            if (!words.isEmpty()) {
                joins.add(t.joined() && !broken);
            }
            words.add(w);
            broken = false;
        }
        if (!words.isEmpty()) {
            out.add(WordSequence.of(words, joins, touches, false));
        }
        return words.size();
    }

    /**
     * Variants that differ only in their "one of" conditions (object heads, modifiers, has: words, word
     * sequences) are one entry with the union of each: a synset is one entry, not one per member. Variants
     * of different lengths stay apart, so that the longer pattern still goes first.
     */
    private static List<Conditions> merged(Set<Conditions> all) {
        java.util.Map<List<Object>, Conditions> byKey = new java.util.LinkedHashMap<>();
        for (Conditions c : all) {
            List<Object> key = List.of(c.objects().isEmpty(), c.objMods().isEmpty(), c.has().isEmpty(),
                    c.before().isEmpty(), c.after().isEmpty(), c.particle(), c.prep(), c.source(), c.target(),
                    c.joint(), c.words());
            byKey.merge(key, c, (a, b) -> new Conditions(a.particle(), union(a.objects(), b.objects()),
                    union(a.objMods(), b.objMods()), a.prep(), union(a.has(), b.has()), a.source(), a.target(),
                    unionList(a.before(), b.before()), unionList(a.after(), b.after()), a.joint(), a.words()));
        }
        return List.copyOf(byKey.values());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new java.util.TreeSet<>(a);
        u.addAll(b);
        return u;
    }

    private static List<WordSequence> unionList(List<WordSequence> a, List<WordSequence> b) {
        LinkedHashSet<WordSequence> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return List.copyOf(u);
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
                case "^" -> { }
                case "+", "$" -> {
                    if (!object.isEmpty()) {
                        // "* MONEY $": the actor is in some phrase after the object, its preposition unsaid
                        return Result.skip("actor marker after the object");
                    }
                    if (w.equals("$")) {
                        source = Optional.of("obj");
                    }
                }
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
        // each prepositional segment is "any phrase" (only ^), a marker (nothing, +, $ or %), or a phrase
        // with words, whose head word Dyad can ask for among the verb's complements (has:)
        boolean approximated = false;
        Integer marker = null;
        Integer words = null;
        Integer any = null;
        for (int k = 0; k < preps.size(); k++) {
            List<String> c = contents.get(k).stream().map(w -> w.equals("%") ? "+" : w).toList();
            approximated |= contents.get(k).contains("%"); // "WITH %": Dyad takes every conjunct anyway
            contents.set(k, c);
            boolean markers = c.stream().anyMatch(w -> w.equals("+") || w.equals("$"));
            boolean content = c.stream().anyMatch(w -> !Set.of("+", "$", "^").contains(w));
            if (content && markers) {
                return Result.skip("actor marker after a prepositional object");
            }
            if (content) {
                if (words != null) {
                    return Result.skip("more than one prepositional phrase with words");
                }
                for (String w : c) {
                    if (FUNCTION.contains(w) || ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly")) {
                        return Result.skip("function words after the verb");
                    }
                }
                words = k;
            } else if (!c.isEmpty() && c.stream().allMatch("^"::equals)) {
                any = any == null ? k : any;
            } else {
                if (c.size() > 1) {
                    return Result.skip("actor marker after a skipped phrase");
                }
                if (marker != null) {
                    return Result.skip("more than one preposition");
                }
                marker = k;
            }
        }
        Integer chosen = marker != null ? marker : words != null ? words : any;
        if (any != null && !any.equals(chosen)) {
            approximated = true; // "AT ^": a phrase after "at"; Dyad only needs the other preposition
        }
        Optional<String> prep = Optional.ofNullable(chosen).map(preps::get);
        if (marker != null) {
            List<String> c = contents.get(marker);
            if (c.equals(List.of("+"))) {
                target = prep;
            } else if (c.equals(List.of("$"))) {
                source = prep;
            }
        }
        Set<String> has = Set.of();
        if (words != null) {
            List<String> c = contents.get(words).stream().filter(w -> !w.equals("^")).toList();
            has = Set.of(c.get(c.size() - 1));
        }
        List<Conditions> variants = new ArrayList<>();
        if (object.isEmpty()) {
            variants.add(new Conditions(particle, Set.of(), Set.of(), prep, has, source, target));
        } else {
            String head = object.get(object.size() - 1);
            Set<String> mods = object.size() > 1 ? Set.of(object.get(0)) : Set.of();
            variants.add(new Conditions(particle, Set.of(head), mods, prep, has, source, target));
            if (object.size() == 1) {
                variants.add(new Conditions(particle, Set.of(), Set.of(head), prep, has, source, target));
            }
        }
        return new Result(variants, Optional.empty(), approximated);
    }
}
