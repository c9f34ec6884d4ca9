package org.dyad.coding;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.CameoCode;

/**
 * One line of the verb or noun lexicon: a lemma, the conditions its frame must meet, and the code or
 * operator it gives. Format: docs/data-formats.md.
 *
 * @param particle  required particle ("up" in "step up"); empty means the verb must have none
 * @param objects   allowed head lemmas of the direct object (empty: any or none)
 * @param objMods   required modifier lemmas of the object
 * @param mods      required modifier lemmas of the noun itself (nouns only)
 * @param prep      required prepositional argument, which then gives the target
 * @param xcomp     requires an open clausal complement
 * @param source    role override for the source ("from", "subj"...)
 * @param target    role override for the target
 * @param origin    file:line, for evidence
 * @param pattern   the pattern as written, for evidence
 * @param has       words one of which must occur in the predicate's complements (object, complement
 *                  clause, prepositional phrases): "designated part of the [Axis of Evil]"
 * @param words     conditions on the words around the predicate ({@code pre:}, {@code post:}, {@code joint},
 *                  {@code form:}), as users' PETRARCH patterns state them
 */
public record LexiconEntry(String lemma, Optional<String> particle, Set<String> objects, Set<String> objMods,
                           Set<String> mods, Optional<String> prep, boolean xcomp, Optional<String> source,
                           Optional<String> target, Optional<CameoCode> code, Optional<Operator> operator,
                           String origin, String pattern, Set<String> has, WordConditions words) {

    public LexiconEntry {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(words, "words");
        objects = Set.copyOf(objects);
        objMods = Set.copyOf(objMods);
        mods = Set.copyOf(mods);
        has = Set.copyOf(has);
        if (code.isPresent() == operator.isPresent()) {
            throw new IllegalArgumentException(origin + ": an entry has either a code or an operator");
        }
    }

    /** An entry without conditions on the words around the predicate. */
    public LexiconEntry(String lemma, Optional<String> particle, Set<String> objects, Set<String> objMods,
                        Set<String> mods, Optional<String> prep, boolean xcomp, Optional<String> source,
                        Optional<String> target, Optional<CameoCode> code, Optional<Operator> operator,
                        String origin, String pattern, Set<String> has) {
        this(lemma, particle, objects, objMods, mods, prep, xcomp, source, target, code, operator, origin, pattern,
                has, WordConditions.NONE);
    }

    /** An entry without a {@code has:} condition. */
    public LexiconEntry(String lemma, Optional<String> particle, Set<String> objects, Set<String> objMods,
                        Set<String> mods, Optional<String> prep, boolean xcomp, Optional<String> source,
                        Optional<String> target, Optional<CameoCode> code, Optional<Operator> operator,
                        String origin, String pattern) {
        this(lemma, particle, objects, objMods, mods, prep, xcomp, source, target, code, operator, origin, pattern,
                Set.of());
    }

    /** How many conditions the entry sets: more specific entries win. */
    public int specificity() {
        return (particle.isPresent() ? 1 : 0) + (objects.isEmpty() ? 0 : 2) + (objMods.isEmpty() ? 0 : 1)
                + (mods.isEmpty() ? 0 : 1) + (prep.isPresent() ? 1 : 0) + (xcomp ? 1 : 0) + (has.isEmpty() ? 0 : 2)
                + words.specificity();
    }

    /** Where this entry is, and what it says, as evidence prints it. */
    public String describe() {
        return origin + " " + lemma + (particle.map(p -> " " + p).orElse("")) + " [" + pattern + "] "
                + code.map(CameoCode::value).orElseGet(() -> "@" + operator.get().name().toLowerCase());
    }
}
