package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The conditions of a lexicon entry on the words around its predicate rather than on its dependents, as
 * TABARI/PETRARCH patterns state them (docs/data-formats.md):
 * <ul>
 *   <li>{@code pre:} one of these word sequences occurs before the predicate in its sentence, after the
 *       last comma, semicolon or colon that ends a clause before it ("did n't", "indicated ... would");</li>
 *   <li>{@code post:} one of these word sequences occurs after the predicate, within its phrase (the
 *       predicate's subtree), with every word as written: "new_economic_relations", not "new global
 *       economic relations";</li>
 *   <li>{@code joint} the subject is coordinated ("Gondor and Osgiliath"): PETRARCH's {@code %};</li>
 *   <li>{@code form:} the predicate is written in one of these forms ("met", not "meet"), for verbs a
 *       dictionary files twice under one lemma with different codes.</li>
 * </ul>
 * Only entries that set them pay for them: Dyad's own lexicon sets none. Immutable.
 */
public record WordConditions(List<WordSequence> before, List<WordSequence> after, boolean joint,
                             Set<String> forms) {

    /** No conditions. */
    public static final WordConditions NONE = new WordConditions(List.of(), List.of(), false, Set.of());

    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--");

    public WordConditions {
        before = List.copyOf(before);
        after = List.copyOf(after);
        forms = Set.copyOf(forms);
    }

    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty() && !joint && forms.isEmpty();
    }

    /** How much the conditions add to an entry's specificity. */
    int specificity() {
        return (before.isEmpty() ? 0 : 2) + (after.isEmpty() ? 0 : 1) + (joint ? 1 : 0);
    }

    /** True if the frame's predicate meets every condition. */
    boolean matches(Frame f) {
        if (isEmpty()) {
            return true;
        }
        Sentence s = f.sentence();
        int p = f.predicate();
        if (!forms.isEmpty() && !forms.contains(s.token(p).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (joint && f.subject().map(k -> s.children(k, "conj").isEmpty()).orElse(true)) {
            return false;
        }
        if (before.isEmpty() && after.isEmpty()) {
            return true;
        }
        List<String> words = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            words.add(t.text().toLowerCase(Locale.ROOT));
        }
        if (!before.isEmpty()) {
            int from = clauseStart(s, p);
            if (before.stream().noneMatch(w -> w.occursIn(words, from, p))) {
                return false;
            }
        }
        if (!after.isEmpty()) {
            int end = s.subtreeSpan(p)[1] + 1;
            return after.stream().anyMatch(w -> w.occursIn(words, p + 1, end));
        }
        return true;
    }

    /** The first token after the last clause-ending punctuation before {@code p} (a comma inside a list of names does not end a clause). */
    private static int clauseStart(Sentence s, int p) {
        for (int k = p - 1; k >= 0; k--) {
            Token t = s.token(k);
            if (CLAUSE_BREAKS.contains(t.text()) && t.head() >= 0 && (s.token(t.head()).isVerb() || t.head() > p)) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The conditions as the lexicon writes them, for evidence. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (!before.isEmpty()) {
            parts.add("pre:" + String.join("|", before.stream().map(WordSequence::toString).toList()));
        }
        if (!after.isEmpty()) {
            parts.add("post:" + String.join("|", after.stream().map(WordSequence::toString).toList()));
        }
        if (joint) {
            parts.add("joint");
        }
        if (!forms.isEmpty()) {
            parts.add("form:" + String.join("|", new java.util.TreeSet<>(forms)));
        }
        return String.join(" ", parts);
    }
}
