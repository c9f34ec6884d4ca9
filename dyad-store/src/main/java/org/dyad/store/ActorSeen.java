package org.dyad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.actors.DocumentActors;
import org.dyad.actors.Entry;
import org.dyad.actors.Mention;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.Sentence;

/**
 * One actor mention the actor stage found in a document, known to the dictionaries or not: the "actors
 * seen" table, so that users can count what the dictionaries lack.
 *
 * @param sentence 0-based sentence index
 * @param ordinal  0-based position among the sentence's mentions
 * @param start    offset in the original text
 * @param end      exclusive end offset
 * @param text     the words as written
 * @param name     canonical name for people and organisations, the lemma for agents, else the text
 * @param kind     person, organization, country, agent, or unknown (a proper name no dictionary knows)
 * @param code     the actor code the entry gives (a person's at the publication date); empty if none
 * @param entry    the dictionary file and line; empty for unknown names
 */
public record ActorSeen(int sentence, int ordinal, int start, int end, String text, String name, String kind,
                        Optional<String> code, Optional<String> entry) {

    public ActorSeen {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entry, "entry");
        if (sentence < 0 || ordinal < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad actor mention at sentence " + sentence + ", " + start + ".." + end);
        }
    }

    public boolean known() {
        return !kind.equals("unknown");
    }

    /** Every mention of every sentence, in document order. */
    public static List<ActorSeen> all(DocumentActors actors) {
        Document doc = actors.document().document();
        Optional<DateRange> date = doc.published().map(DateRange::day);
        List<ActorSeen> out = new ArrayList<>();
        for (Sentence s : actors.document().sentences()) {
            List<Mention> mentions = actors.mentions(s.index());
            for (int i = 0; i < mentions.size(); i++) {
                out.add(of(s, i, mentions.get(i), doc.text(), date));
            }
        }
        return out;
    }

    static ActorSeen of(Sentence s, int ordinal, Mention m, String text, Optional<DateRange> date) {
        int start = Math.min(s.token(m.first()).start(), text.length());
        int end = Math.min(Math.max(start, s.token(m.last()).end()), text.length());
        String words = text.substring(start, end);
        String name = m.name() == null || m.name().isBlank() ? words : m.name();
        if (m.isUnknown()) {
            return new ActorSeen(s.index(), ordinal, start, end, words, name, "unknown", Optional.empty(),
                    Optional.empty());
        }
        Entry e = m.entries().get(0);
        Optional<String> entry = Optional.of(e.origin());
        if (e instanceof Entry.PersonName p) {
            Optional<String> code = date.flatMap(d -> p.person().at(d)).map(a -> a.code().value());
            return new ActorSeen(s.index(), ordinal, start, end, words, p.person().name(), "person", code, entry);
        }
        if (e instanceof Entry.Organization o) {
            return new ActorSeen(s.index(), ordinal, start, end, words, o.name(), "organization",
                    Optional.of(o.code().value()), entry);
        }
        if (e instanceof Entry.Country c) {
            return new ActorSeen(s.index(), ordinal, start, end, words, name, "country",
                    Optional.of(c.actorCode().value()), entry);
        }
        Entry.Agent a = (Entry.Agent) e;
        return new ActorSeen(s.index(), ordinal, start, end, words, a.lemma(), "agent",
                Optional.of("---" + a.sector()), entry);
    }
}
