package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.model.DateRange;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Looks a name up the way the coder would resolve it at a date: every dictionary entry the whole name
 * matches, the coder's choice first (for people: the one in office at the date, with the role that gives
 * the code). A name that no entry covers whole is resolved as a phrase ("Syrian troops", "Iran's
 * parliament"), head last.
 */
public final class ActorLookup {

    /** One answer: the code at the date and where it comes from. */
    public record Match(ActorCode code, String name, String role, Optional<String> from, Optional<String> to,
                        String source) {
    }

    private final ActorStage stage;

    public ActorLookup(ActorStage stage) {
        this.stage = stage;
    }

    public List<Match> lookup(String query, DateRange date) {
        Sentence s = sentence(query);
        if (s.size() == 0) {
            return List.of();
        }
        Optional<ActorDictionary.Match> whole = stage.dictionary().matchName(s, 0)
                .filter(m -> m.last() == s.size() - 1);
        if (whole.isPresent()) {
            return entries(whole.get().entries(), date);
        }
        Optional<ActorDictionary.Match> agent = stage.dictionary().matchAgent(s, 0)
                .filter(m -> m.last() == s.size() - 1);
        if (agent.isPresent()) {
            return entries(agent.get().entries(), date);
        }
        DocumentActors doc = stage.annotate(new org.dyad.model.ParsedDocument(
                org.dyad.model.Document.of("lookup", s.text(), date.from()), List.of(s)));
        return doc.resolve(0, s.size() - 1, date).flatMap(a -> a.code().map(c ->
                new Match(c, a.name(), a.role(), Optional.empty(), Optional.empty(), a.origin()))).map(List::of)
                .orElse(List.of());
    }

    private static List<Match> entries(List<Entry> entries, DateRange date) {
        List<Match> out = new ArrayList<>();
        List<Entry.PersonName> persons = new ArrayList<>();
        for (Entry e : entries) {
            if (e instanceof Entry.PersonName p) {
                persons.add(p);
            }
        }
        persons.sort(Comparator.comparing((Entry.PersonName p) -> !p.person().inOfficeDuring(date)));
        for (Entry.PersonName p : persons) {
            Person person = p.person();
            person.at(date).ifPresent(at -> {
                Optional<Role> role = person.roles().stream().filter(r -> r.origin().equals(at.origin()))
                        .findFirst();
                out.add(new Match(at.code(), person.name(), at.role(),
                        role.flatMap(Role::from).map(Object::toString), role.flatMap(Role::to).map(Object::toString),
                        at.origin()));
            });
        }
        for (Entry e : entries) {
            if (e instanceof Entry.Organization o) {
                if (o.isDated() && !o.holdsOn(date)) {
                    continue;
                }
                out.add(new Match(o.code(), o.name(), "organization:" + o.kind(), Optional.empty(), Optional.empty(),
                        o.origin()));
            } else if (e instanceof Entry.Country c) {
                out.add(new Match(c.actorCode(), c.code(), "country " + c.form().name().toLowerCase(),
                        Optional.empty(), Optional.empty(), c.origin()));
            } else if (e instanceof Entry.Agent a) {
                out.add(new Match(ActorCode.of(null, a.sector()), a.lemma(), "agent", Optional.empty(), Optional.empty(),
                        a.origin()));
            }
        }
        return out;
    }

    /** A rough lemma for a plural common noun in a query: "troops" troop, "militias" militia. */
    private static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /**
     * A query as a sentence: words split at spaces, a possessive "'s" apart, tagged as proper nouns
     * (capitalised) or nouns, each word a compound of the last.
     */
    static Sentence sentence(String query) {
        List<String> words = NameKey.words(query.strip());
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int last = words.size() - 1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean possessive = w.equals("'s") || w.equals("\u2019s");
            if (text.length() > 0 && !possessive) {
                text.append(' ');
            }
            int start = text.length();
            text.append(w);
            String pos = possessive ? "POS" : Character.isUpperCase(w.codePointAt(0)) ? "NNP" : "NN";
            int head = i == last ? -1 : last;
            String rel = i == last ? "root" : possessive ? "case" : "compound";
            if (!possessive && i + 1 <= last && (words.get(i + 1).equals("'s") || words.get(i + 1).equals("\u2019s"))) {
                rel = "nmod:poss";
            }
            if (possessive) {
                head = i - 1;
            }
            tokens.add(new Token(i, w, pos.equals("NN") ? singular(w.toLowerCase()) : w, pos, start, text.length(), head,
                    rel));
        }
        return new Sentence(0, 0, text.length(), text.toString(), tokens, List.of());
    }
}
