package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Extensions of an earlier act to new targets: "This was later expanded by Bolton [to include Syria, Cuba
 * and Libya]", "the sanctions were widened to include two more banks". The act is the one the extended
 * thing stands for: an eventive noun ("the sanctions") or, for "this"/"it"/"the list", the last event the
 * document coded before. The source is the agent of the extension, else that event's source.
 */
final class Extension {

    /** Verbs that extend a list, a measure or a designation. */
    private static final Set<String> EXTENDING = Set.of("expand", "extend", "widen", "broaden", "enlarge", "amend",
            "update", "grow", "stretch");
    private static final Set<String> REFERRING = Set.of("this", "it", "that", "which", "list", "designation",
            "label", "group", "axis", "coalition", "blacklist", "ban", "measure", "order");

    /** What an extension names: the act to repeat, who repeats it, and the new targets. */
    record Found(Event act, Optional<Integer> agent, List<Integer> targets, int governor) {
    }

    private Extension() {
    }

    /**
     * The extension that predicate {@code p} ("include", "add", "cover") completes, if its governor extends
     * something that refers back to an event of {@code earlier} (events of previous sentences, in order).
     */
    static Optional<Found> find(Sentence s, int p, List<Event> earlier) {
        Token t = s.token(p);
        if (t.head() < 0 || !(t.rel().equals("xcomp") || t.rel().equals("advcl")) || earlier.isEmpty()) {
            return Optional.empty();
        }
        Token gov = s.token(t.head());
        if (!EXTENDING.contains(gov.lemma().toLowerCase())) {
            return Optional.empty();
        }
        Frame g = Frame.of(s, gov.index());
        Optional<Integer> extended = g.passive() ? g.subject() : g.object();
        if (extended.isEmpty() || !REFERRING.contains(s.token(extended.get()).lemma().toLowerCase())) {
            return Optional.empty();
        }
        Event act = earlier.get(earlier.size() - 1);
        if (act.sentence() < s.index() - 2) {
            return Optional.empty();
        }
        Frame inner = Frame.of(s, p);
        List<Integer> targets = new ArrayList<>();
        inner.object().ifPresent(targets::add);
        return Optional.of(new Found(act, g.passive() ? g.agent() : g.subject(), targets, gov.index()));
    }
}
