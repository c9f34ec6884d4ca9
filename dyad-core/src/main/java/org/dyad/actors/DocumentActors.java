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

    /** Nesting of resolution calls, and their time (a document is coded on one thread). */
    private int depth;
    private long resolutionNanos;

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
        long t0 = enter();
        try {
            Resolver r = new Resolver(this, date);
            List<Actor> out = new ArrayList<>();
            List<Integer> heads = conjuncts(sentence(s), h);
            for (int k : heads) {
                out.addAll(CoordinatedCountries.expand(this, s, k, heads, r.resolveAll(s, k)));
            }
            return dedupe(shareCountry(s, heads, out));
        } finally {
            leave(t0);
        }
    }

    /** The single actor a noun phrase headed by {@code h} stands for, at {@code date}. */
    public Optional<Actor> resolve(int s, int h, DateRange date) {
        long t0 = enter();
        try {
            return new Resolver(this, date).resolve(s, h, 0);
        } finally {
            leave(t0);
        }
    }

    /** Time spent resolving noun phrases to actors for this document so far, in nanoseconds (for bench). */
    public long resolutionNanos() {
        return resolutionNanos;
    }

    private long enter() {
        return depth++ == 0 ? System.nanoTime() : 0;
    }

    private void leave(long t0) {
        if (--depth == 0) {
            resolutionNanos += System.nanoTime() - t0;
        }
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

    /** Second halves of hyphenated country words that relate a thing to a country without placing the story there. */
    private static final Set<String> RELATIONAL = Set.of("based", "backed", "occupied", "linked", "funded",
            "brokered", "made", "born", "led", "allied", "aligned", "sponsored", "supported", "controlled");

    /**
     * The country the document names most often in sentences 0..{@code upTo} (by name, adjective, people
     * or seat, or through an organisation of that country); on a tie, one of {@code prefer}, then the one
     * named last. Empty if none.
     */
    public Optional<String> mainCountry(int upTo, Set<String> prefer) {
        java.util.Map<String, Integer> count = new java.util.HashMap<>();
        java.util.Map<String, Integer> last = new java.util.HashMap<>();
        int order = 0;
        for (int i = 0; i <= upTo && i < mentions.size(); i++) {
            Sentence sen = sentence(i);
            for (Mention m : mentions.get(i)) {
                // where a group is based, who backs or occupies it, which outlet reports: none says what
                // country the story is about
                String word = sen.token(m.last()).text().toLowerCase();
                int dash = word.lastIndexOf('-');
                boolean media = m.first(Entry.Organization.class).filter(Entry.Organization::isMedia).isPresent();
                boolean split = m.last() + 2 < sen.size() && sen.token(m.last() + 1).text().equals("-")
                        && RELATIONAL.contains(sen.token(m.last() + 2).text().toLowerCase()); // "UK - based"
                if (media || split || dash > 0 && RELATIONAL.contains(word.substring(dash + 1))) {
                    continue;
                }
                Optional<String> c = m.first(Entry.Country.class).map(Entry.Country::code)
                        .or(() -> m.first(Entry.Organization.class).flatMap(Entry.Organization::country));
                if (c.isPresent()) {
                    count.merge(c.get(), 1, Integer::sum);
                    last.put(c.get(), order++);
                }
            }
        }
        return count.keySet().stream().max(java.util.Comparator.<String>comparingInt(count::get)
                .thenComparing(c -> prefer.contains(c)).thenComparingInt(last::get));
    }

    /**
     * How often the document, up to sentence {@code upTo}, names what the mention at (s, k) names: the same
     * person, organisation or country. Pronouns prefer the salient.
     */
    int salience(int s, int k, int upTo) {
        Optional<String> id = mentionAt(s, k).map(DocumentActors::identity);
        if (id.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i <= upTo && i < mentions.size(); i++) {
            for (Mention m : mentions.get(i)) {
                if (id.get().equals(identity(m))) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String identity(Mention m) {
        if (m.isUnknown()) {
            return "name:" + m.name();
        }
        Entry e = m.entries().get(0);
        if (e instanceof Entry.PersonName p) {
            return "person:" + p.person().name();
        }
        if (e instanceof Entry.Organization o) {
            return "org:" + o.code().value() + ":" + o.name();
        }
        if (e instanceof Entry.Country c) {
            return "country:" + c.code();
        }
        return "agent:" + ((Entry.Agent) e).lemma();
    }

    /**
     * Bridging: a definite noun that names no actor ("the election") stands for the actor of the last
     * same noun the document gave an owner ("his re-election", "Assad's election"), within the last
     * sentences. "re-" is ignored, so an election and a re-election meet.
     */
    public Optional<Actor> bridge(int s, int h, DateRange date) {
        Sentence sen = sentence(s);
        Token t = sen.token(h);
        boolean definite = sen.children(h, "det").stream().anyMatch(d -> Set.of("the", "this", "that")
                .contains(d.text().toLowerCase()));
        if (!t.isNoun() || t.isProperNoun() || !definite || mentionAt(s, h).isPresent()) {
            return Optional.empty();
        }
        String stem = stem(t.lemma());
        Resolver r = new Resolver(this, date);
        for (int p = s; p >= 0 && p >= s - BRIDGE_LOOKBACK; p--) {
            Sentence ps = sentence(p);
            for (int k = (p == s ? h - 1 : ps.size() - 1); k >= 0; k--) {
                Token c = ps.token(k);
                if (!c.isNoun() || !stem(c.lemma()).equals(stem)) {
                    continue;
                }
                // the noun's owner, or the owner of the phrase it names: "his re-election", "his election victory"
                List<Token> owners = new ArrayList<>(ps.children(k));
                if (c.baseRel().equals("compound") && c.head() >= 0) {
                    owners.addAll(ps.children(c.head()));
                }
                for (Token owner : owners) {
                    boolean of = owner.rel().equals("nmod") && ps.caseMarker(owner.index()).equals("of");
                    if (owner.rel().equals("nmod:poss") || of) {
                        Optional<Actor> a = r.resolve(p, owner.index(), 0);
                        if (a.isPresent() && a.get().isKnown()) {
                            return Optional.of(new Actor(a.get().code(), t.text(), t.start(), t.end(), a.get().name(),
                                    a.get().role(), "bridge '" + ps.span(owner.index(), k) + "' <- " + a.get().origin()));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String stem(String lemma) {
        String l = lemma.toLowerCase();
        return l.startsWith("re-") ? l.substring(3) : l;
    }

    private static final int BRIDGE_LOOKBACK = 20;

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
