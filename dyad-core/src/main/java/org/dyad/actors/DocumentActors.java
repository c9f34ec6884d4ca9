package org.dyad.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.DateRange;
import org.dyad.model.ParsedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The actors of one document: its mentions, and resolution of a noun phrase to actors at a date,
 * including its conjuncts ("Iran and North Korea"), appositions ("his opponent, Dr. Hassan al-Nouri"),
 * possessors ("Iran's parliament"), titles ("Syrian President Bashar Assad") and coreference ("he", "the
 * Syrian leader"). One instance per document; not shared between threads.
 */
public final class DocumentActors {

    private final ParsedDocument doc;
    private final List<List<Mention>> mentions;
    private final List<Mention[]> byToken;
    private final ActorStage stage;

    DocumentActors(ParsedDocument doc, List<List<Mention>> mentions, ActorStage stage) {
        this.doc = doc;
        this.mentions = List.copyOf(mentions);
        this.stage = stage;
        this.byToken = new ArrayList<>(mentions.size());
        for (int s = 0; s < mentions.size(); s++) {
            Mention[] index = new Mention[doc.sentences().get(s).size()];
            for (Mention m : mentions.get(s)) {
                for (int t = m.first(); t <= m.last(); t++) {
                    index[t] = m;
                }
            }
            byToken.add(index);
        }
    }

    public ParsedDocument document() {
        return doc;
    }

    public List<Mention> mentions(int sentence) {
        return mentions.get(sentence);
    }

    public Optional<Mention> mentionAt(int sentence, int token) {
        return Optional.ofNullable(byToken.get(sentence)[token]);
    }

    public Sentence sentence(int s) {
        return doc.sentences().get(s);
    }

    /**
     * The actors of a slot headed by token {@code h}: the head's, and those of its conjuncts and
     * "along with" companions, each resolved at {@code date}. "They" yields every member of its antecedent.
     */
    public List<Actor> slot(int s, int h, DateRange date) {
        Resolver r = new Resolver(this, date);
        List<Actor> out = new ArrayList<>();
        List<Integer> heads = conjuncts(sentence(s), h);
        for (int k : heads) {
            out.addAll(r.resolveAll(s, k));
        }
        return dedupe(shareCountry(s, heads, out));
    }

    /** The single actor a noun phrase headed by {@code h} stands for, at {@code date}. */
    public Optional<Actor> resolve(int s, int h, DateRange date) {
        return new Resolver(this, date).resolve(s, h, 0);
    }

    /**
     * "Israeli helicopters and tanks": a country adjective before the first conjunct qualifies the others,
     * so conjuncts of no country take it.
     */
    private List<Actor> shareCountry(int s, List<Integer> heads, List<Actor> actors) {
        if (heads.size() < 2 || actors.isEmpty()) {
            return actors;
        }
        Sentence sen = sentence(s);
        Optional<String> country = Optional.empty();
        for (Token c : sen.children(heads.get(0))) {
            if (c.index() < heads.get(0) && (c.baseRel().equals("amod") || c.baseRel().equals("compound"))) {
                country = mentionAt(s, c.index()).flatMap(m -> m.first(Entry.Country.class)).map(Entry.Country::code);
                if (country.isPresent()) {
                    break;
                }
            }
        }
        if (country.isEmpty()) {
            return actors;
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            boolean none = a.code().map(c -> c.root().equals("---")).orElse(false);
            out.add(none ? new Actor(Optional.of(a.code().get().withCountry(country.get())), a.text(), a.start(),
                    a.end(), a.name(), a.role(), a.origin() + "; country shared with its conjunct") : a);
        }
        return out;
    }

    /** Token {@code h} and the heads coordinated with it. */
    static List<Integer> conjuncts(Sentence s, int h) {
        Set<Integer> out = new LinkedHashSet<>();
        collectConjuncts(s, h, out, 0);
        return List.copyOf(out);
    }

    private static void collectConjuncts(Sentence s, int h, Set<Integer> out, int depth) {
        if (!out.add(h) || depth > 8) {
            return;
        }
        for (Token c : s.children(h)) {
            String rel = c.rel();
            boolean companion = (rel.startsWith("nmod") || rel.startsWith("obl"))
                    && Set.of("along_with", "as_well_as", "together_with", "alongside").contains(s.caseMarker(c.index()));
            if (rel.equals("conj") && (c.isNoun() || c.isPronoun() || c.pos().startsWith("JJ"))
                    || companion) {
                collectConjuncts(s, c.index(), out, depth + 1);
            }
        }
    }

    private static List<Actor> dedupe(List<Actor> actors) {
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            boolean dup = out.stream().anyMatch(b -> b.start() == a.start() && b.end() == a.end()
                    && b.code().equals(a.code()));
            if (!dup) {
                out.add(a);
            }
        }
        return out;
    }

    boolean isPersonNoun(String lemma) {
        return stage.isPersonNoun(lemma);
    }
}
