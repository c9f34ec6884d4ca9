package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * PETRARCH codes one verb per verb phrase: once a verb matched the dictionary, the rest of its phrase is
 * passed over, so "restore ties with Gondor five years after crowds trashed its embassy" is not also a
 * trashing. In a dependency parse the phrase is the verb's subtree, less coordinated verbs ("condemned ...
 * and promised") and loosely attached clauses (parataxis), which PETRARCH's parses keep apart. Under
 * Dyad's conventions every predicate is read; this tracker then says no predicate is inside another.
 */
final class VerbPhrases {

    private final Sentence sentence;
    private final boolean active;
    private final List<Integer> matched = new ArrayList<>();

    VerbPhrases(Sentence sentence, boolean active) {
        this.sentence = sentence;
        this.active = active;
    }

    /** Records that predicate {@code p} matched the lexicon. */
    void matched(int p) {
        if (active) {
            matched.add(p);
        }
    }

    /** True if predicate {@code p} is inside the phrase of a predicate that already matched. */
    boolean inside(int p) {
        if (!active || matched.isEmpty()) {
            return false;
        }
        int k = p;
        for (int steps = 0; steps < sentence.size(); steps++) {
            Token t = sentence.token(k);
            if (t.head() < 0 || t.baseRel().equals("conj") || t.baseRel().equals("parataxis")) {
                return false;
            }
            k = t.head();
            if (matched.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
