package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.actors.DocumentActors;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * PETRARCH's way to the actors of an event when the frame names none: the target is the first noun phrase
 * after the verb, within its phrase, that names an actor other than the source ("expressed hopes that
 * [Osgiliath] could be drawn into the peace process", "welcomed economic rumors about [Bree]",
 * "cordoned off the roads leading into [Mordor]"); the source is the nearest noun phrase before the verb
 * that names an actor ("[Ethiopia] indicated it would act", however the parser attached it). Neither
 * looks past a comma that ends a clause. Used only under {@link Conventions#PETRARCH}, for whose matching
 * the dictionary's patterns were written.
 */
final class ActorsAroundVerb {

    /** Relations that keep a word inside the noun phrase of its head. */
    private static final Set<String> INSIDE = Set.of("compound", "flat", "amod", "det", "nummod", "nmod:poss", "fixed",
            "goeswith", "case");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "--");

    private ActorsAroundVerb() {
    }

    /** The actors of the first actor-naming phrase after predicate {@code p} in its phrase; empty if none. */
    static List<Actor> after(DocumentActors actors, Sentence s, int p, DateRange at, List<Actor> sources) {
        int end = s.subtreeSpan(p)[1];
        int lastHead = -1;
        for (int k = p + 1; k <= end; k++) {
            if (breaksClause(s, k)) {
                break;
            }
            if (actors.mentionAt(s.index(), k).isEmpty()) {
                continue;
            }
            int head = phraseHead(s, k, p);
            if (head == lastHead || head < p) {
                continue;
            }
            lastHead = head;
            List<Actor> found = known(actors, s, head, at, sources);
            if (found.isEmpty() && head != k) {
                found = known(actors, s, k, at, sources); // "after [Calenardhon] crowds burned ...": the name in the phrase
            }
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    /** The actors of the nearest actor-naming phrase before predicate {@code p}, back to a clause break. */
    static List<Actor> before(DocumentActors actors, Sentence s, int p, DateRange at) {
        int lastHead = -1;
        for (int k = p - 1; k >= 0; k--) {
            if (breaksClause(s, k)) {
                break;
            }
            if (actors.mentionAt(s.index(), k).isEmpty()) {
                continue;
            }
            int head = phraseHead(s, k, p);
            if (head == lastHead || head == p) {
                continue;
            }
            lastHead = head;
            List<Actor> found = known(actors, s, head, at, List.of());
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<Actor> known(DocumentActors actors, Sentence s, int head, DateRange at, List<Actor> sources) {
        return actors.slot(s.index(), head, at).stream().filter(Actor::isKnown)
                .filter(a -> sources.stream().noneMatch(src -> src.code().equals(a.code()))).toList();
    }

    /** A comma (or the like) that ends a clause: attached to a verb, not inside a list of names. */
    private static boolean breaksClause(Sentence s, int k) {
        Token t = s.token(k);
        return CLAUSE_BREAKS.contains(t.text()) && t.head() >= 0 && s.token(t.head()).isVerb();
    }

    /** The head of the noun phrase token {@code k} is in (not climbing past the predicate). */
    private static int phraseHead(Sentence s, int k, int p) {
        int h = k;
        for (int steps = 0; steps < 6; steps++) {
            Token t = s.token(h);
            Optional<Token> gov = s.head(t);
            if (gov.isEmpty() || gov.get().index() == p || !INSIDE.contains(t.rel()) && !INSIDE.contains(t.baseRel())) {
                return h;
            }
            h = gov.get().index();
        }
        return h;
    }
}
