package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.ParsedDocument;
import org.dyad.model.Sentence;
import org.dyad.resources.DataFile;

/**
 * The actor stage: finds the mentions in every sentence of a document and hands back a
 * {@link DocumentActors} that resolves noun phrases to actors at an event's date. Holds only read-only
 * data, so one instance serves all threads.
 */
public final class ActorStage {

    private final ActorDictionary dictionary;
    private final MentionFinder finder;
    private final Set<String> personNouns;

    public ActorStage(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.finder = new MentionFinder(dictionary);
        Set<String> nouns = new HashSet<>();
        for (DataFile.Row r : DataFile.resource("dyad/actors/person-nouns.tsv")) {
            nouns.add(r.get(0).toLowerCase());
        }
        this.personNouns = Set.copyOf(nouns);
    }

    public ActorDictionary dictionary() {
        return dictionary;
    }

    public DocumentActors annotate(ParsedDocument doc) {
        List<List<Mention>> mentions = new ArrayList<>(doc.sentences().size());
        for (Sentence s : doc.sentences()) {
            mentions.add(finder.find(s));
        }
        return new DocumentActors(doc, ShortNames.link(doc, mentions), this);
    }

    /** True if the sentence names an actor or a role, or holds a pronoun that may stand for one. */
    public boolean mayNameActor(Sentence s) {
        for (org.dyad.model.Token t : s.tokens()) {
            if (t.isPronoun() || t.pos().equals("PRP$")) {
                return true;
            }
        }
        for (Mention m : finder.find(s)) {
            if (!m.entries().stream().allMatch(e -> e instanceof Entry.Agent) || !GENERIC_ONLY) {
                return true;
            }
        }
        return false;
    }

    static final boolean GENERIC_ONLY = Boolean.getBoolean("dyad.strict");

    boolean isPersonNoun(String lemma) {
        return personNouns.contains(lemma.toLowerCase());
    }
}
