package org.dyad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.DateRange;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Resolves noun phrases to actors at one date. The order of evidence for a phrase's head: a person the
 * dictionary knows (their role at the date, or the title the phrase gives them), an organisation, a
 * country (a seat of power stands for its government), a role noun whose country comes from the phrase
 * ("Syrian troops"), its possessor ("Iran's parliament") or an "of" phrase ("the speaker of Iran's
 * parliament"), and last a proper name no dictionary knows.
 */
final class Resolver {

    private static final Set<String> OWN_RELS = Set.of("compound", "flat", "amod", "det", "nummod", "fixed",
            "goeswith");
    private static final Set<String> GROUP_HEADS = Set.of("group", "faction", "member", "unit", "outlet", "body",
            "camp", "bloc", "wing", "coalition", "delegation", "side", "figure", "circle", "organization",
            "organisation", "movement", "party", "agency", "service", "office", "branch", "network", "team");
    /**
     * Heads that count or locate rather than name: "thousands of students", "one third of the guerrillas",
     * "the east of the Gaza Strip".
     */
    private static final Set<String> QUANTITIES = Set.of("thousand", "thousands", "hundred", "hundreds", "dozen",
            "dozens", "ten", "tens", "million", "millions", "score", "scores", "number", "lot", "lots", "third",
            "half", "quarter", "majority", "minority", "some", "many", "most", "all", "several", "each", "one",
            "two", "three", "four", "five", "none", "part", "rest", "remainder", "handful", "couple", "group",
            "east", "west", "north", "south", "center", "centre", "outskirts", "heart", "edge", "suburbs");
    /**
     * Place nouns: named by a country adjective or phrase they are that country as a place ("the autonomous
     * Azerbaijani republic", "a village in Western Cambodia", "the capital city of Algiers").
     */
    private static final Set<String> PLACES = Set.of("republic", "province", "region", "city", "town", "village",
            "territory", "capital", "district", "enclave", "area", "border", "state", "island", "port", "camp",
            "settlement", "home", "homes", "position", "base", "embassy", "consulate", "sector", "neighborhood",
            "neighbourhood", "suburb", "outskirts", "quarter");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "himself", "she", "her", "hers",
            "herself");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "itself");
    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("we", "us", "our", "ours", "ourselves", "i", "me",
            "my", "mine", "myself");
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "that", "whose");
    private static final int LOOKBACK = 3;
    /**
     * Sectors often found abroad: "troops in Syria" may be anyone's troops, so a place does not give them a
     * country; "demonstrators in Baghdad" are taken to be Iraqi.
     */
    private static final Set<String> FOREIGN_SECTORS = Set.of("MIL", "SPY", "UAF", "IMG", "MED", "NGO", "IGO");

    private enum Kind { PERSON, THING, PLURAL, SPEAKER }

    private final DocumentActors doc;
    private final DateRange date;

    Resolver(DocumentActors doc, DateRange date) {
        this.doc = doc;
        this.date = date;
    }

    /** All actors a head stands for: one, or several for "they" and "the two countries". */
    List<Actor> resolveAll(int s, int h) {
        Sentence sen = doc.sentence(s);
        Token t = sen.token(h);
        String w = t.text().toLowerCase();
        if (t.isPronoun() && PLURAL_PRONOUNS.contains(w) && !w.endsWith("selves")) {
            return coref(s, h, Kind.PLURAL, 0);
        }
        Optional<Actor> one = resolve(s, h, 0);
        if (one.isEmpty()) {
            return List.of();
        }
        List<Actor> out = new ArrayList<>(List.of(one.get()));
        // "US and British activists": each coordinated country adjective makes one actor
        Actor a = one.get();
        if (a.code().isPresent() && a.code().get().hasCountry() && a.role().startsWith("agent")) {
            for (Token m : sen.children(h)) {
                if (!(m.baseRel().equals("amod") || m.baseRel().equals("compound"))) {
                    continue;
                }
                for (Token c : sen.children(m.index(), "conj")) {
                    doc.mentionAt(s, c.index()).flatMap(x -> x.first(Entry.Country.class)).ifPresent(country ->
                            out.add(new Actor(Optional.of(a.code().get().withCountry(country.code())), a.text(),
                                    a.start(), a.end(), a.name(), a.role(), a.origin() + "; coordinated country")));
                }
            }
        }
        return out;
    }

    Optional<Actor> resolve(int s, int h, int depth) {
        if (depth > 4) {
            return Optional.empty();
        }
        Sentence sen = doc.sentence(s);
        Token t = sen.token(h);
        String w = t.text().toLowerCase();
        if (RELATIVE.contains(w) && (t.pos().startsWith("W") || t.pos().equals("IN") || t.pos().equals("DT"))) {
            return relativeAntecedent(sen, h).flatMap(a -> resolve(s, a, depth + 1))
                    .map(a -> a.withSpan(t.text(), t.start(), t.end()));
        }
        if (t.isPronoun() && w.endsWith("self") || w.endsWith("selves")) {
            // "Iraq had attacked themselves": a reflexive is the subject of its own clause
            Optional<Token> subj = t.head() < 0 ? Optional.empty() : sen.child(t.head(), "nsubj");
            return subj.filter(x -> x.index() != h).flatMap(x -> resolve(s, x.index(), depth + 1))
                    .map(a -> a.withSpan(t.text(), t.start(), t.end()));
        }
        if (t.isPronoun() || t.pos().equals("PRP$")) {
            Kind k = pronounKind(w);
            if (k == null) {
                return Optional.empty();
            }
            List<Actor> found = coref(s, h, k, depth);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
        if (QUANTITIES.contains(t.lemma().toLowerCase()) || t.pos().equals("CD")) {
            for (Token of : sen.children(h, "nmod")) {
                if (sen.caseMarker(of.index()).equals("of")) {
                    // "tens of thousands of students throughout Indonesia": the place may hang on the count
                    Optional<Actor> counted = resolve(s, of.index(), depth + 1);
                    Optional<String> place = prepositionCountry(s, h, depth, true);
                    if (counted.isPresent() && place.isPresent() && counted.get().code().isPresent()
                            && counted.get().code().get().root().equals("---")) {
                        Actor a = counted.get();
                        return Optional.of(new Actor(Optional.of(a.code().get().withCountry(place.get())), a.text(),
                                a.start(), a.end(), a.name(), a.role(), a.origin() + "; country of the place"));
                    }
                    return counted;
                }
            }
        }
        Optional<Actor> best = head(s, h, depth);
        for (Token ap : sen.children(h)) {
            // an apposition, or a name in brackets: "The International Labor Office (ILO)"
            boolean bracketed = ap.baseRel().equals("dep") && ap.isProperNoun() && ap.index() > 0
                    && sen.token(ap.index() - 1).text().equals("(");
            // a name the parser left loose after a title: "Undersecretary of State John R. Bolton"
            boolean named = ap.baseRel().equals("dep") && ap.index() > h && doc.mentionAt(s, ap.index())
                    .filter(m -> m.has(Entry.PersonName.class) || m.has(Entry.Organization.class)).isPresent();
            if (ap.rel().equals("appos") || bracketed || named) {
                best = better(best, head(s, ap.index(), depth));
            }
        }
        return best;
    }

    private static Kind pronounKind(String w) {
        if (PERSON_PRONOUNS.contains(w)) {
            return Kind.PERSON;
        }
        if (THING_PRONOUNS.contains(w)) {
            return Kind.THING;
        }
        if (PLURAL_PRONOUNS.contains(w)) {
            return Kind.PLURAL;
        }
        return SPEAKER_PRONOUNS.contains(w) ? Kind.SPEAKER : null;
    }

    /**
     * The party of a US politician's bracketed tag, "(R-Texas)" or "(D-Calif.)": the Republican or the
     * Democratic Party; empty for anything else.
     */
    private static Optional<String> partyTag(Sentence sen, Mention m) {
        int f = m.first();
        if (f == 0 || !sen.token(f - 1).text().equals("(")) {
            return Optional.empty();
        }
        String first = sen.token(f).text();
        boolean tag = first.length() == 1 ? f + 1 < sen.size() && sen.token(f + 1).text().equals("-")
                : first.length() > 2 && first.charAt(1) == '-';
        if (!tag) {
            return Optional.empty();
        }
        return switch (first.charAt(0)) {
            case 'R' -> Optional.of("Republican Party");
            case 'D' -> Optional.of("Democratic Party");
            default -> Optional.empty();
        };
    }

    /**
     * The country whose legislature, or legislators, the document names most up to sentence {@code upTo}:
     * "the U.S. Congress", "Senator Elizabeth Warren", "Speaker Nancy Pelosi". Empty if none.
     */
    private Optional<String> legislatureCountry(int upTo) {
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i <= upTo; i++) {
            for (Mention m : doc.mentions(i)) {
                Optional<ActorCode> code = m.organization(date).map(Entry.Organization::code)
                        .or(() -> m.first(Entry.PersonName.class).flatMap(p -> p.person().at(date))
                                .map(Person.AtDate::code));
                code.filter(c -> c.sectors().contains("LEG")).flatMap(ActorCode::country)
                        .ifPresent(c -> count.merge(c, 1, Integer::sum));
            }
        }
        return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /** The actor of the phrase headed by {@code h}, without looking at its appositions. */
    private Optional<Actor> head(int s, int h, int depth) {
        Sentence sen = doc.sentence(s);
        Set<Integer> own = ownTokens(sen, h);
        Optional<Mention> cover = doc.mentionAt(s, h);
        if (cover.isPresent()) {
            Mention m = cover.get();
            Optional<String> party = m.isUnknown() ? partyTag(sen, m) : Optional.empty();
            if (party.isPresent()) {
                return Optional.of(actor(s, h, own, ActorCode.of("USA", "PTY"), party.get(), "party",
                        "party and state in brackets after a US politician: '(R-Texas)', '(D-Calif.)'"));
            }
            if (m.isUnknown() && m.first() == m.last() && sen.token(m.first()).text().equals("House")) {
                // "the House voted": the lower house of the legislature the story names (the US House in
                // news of the Congress, the Commons in news of Parliament); "White House" is a name
                Optional<String> country = legislatureCountry(s);
                if (country.isPresent()) {
                    return Optional.of(actor(s, h, own, ActorCode.of(country.get(), "LEG"), "House", "legislature",
                            "'the House': the legislature the document names"));
                }
            }
            List<Entry.PersonName> persons = m.all(Entry.PersonName.class);
            if (!persons.isEmpty()) {
                return Optional.of(person(s, h, own, persons, depth));
            }
            Optional<Entry.Organization> org = m.organization(date);
            if (org.isPresent()) {
                return Optional.of(actor(s, h, own, org.get().code(), org.get().name(), "organization:" + org.get().kind(),
                        org.get().origin()));
            }
            Optional<Entry.Country> country = m.first(Entry.Country.class);
            if (country.isPresent()) {
                Entry.Country c = country.get();
                Token head = sen.token(h);
                if (c.form() == Entry.CountryForm.DEMONYM && head.pos().endsWith("S")) {
                    // "the Albanians of southern Serbia", "Kurds in Iraq": a people living in another country
                    // are that country's civilians, as CAMEO codes ethnic groups
                    Optional<String> lives = prepositionCountry(s, h, depth, true);
                    if (lives.isPresent() && !lives.get().equals(c.code())) {
                        return Optional.of(actor(s, h, own, ActorCode.of(lives.get(), "CVL"), m.name(),
                                "country demonym", c.origin() + "; people living in " + lives.get()));
                    }
                }
                if (c.actorCode().sectors().isEmpty()) {
                    // "Bree Prime Minister Romendacil" with a name coded as its country: the title gives the sector
                    Optional<ActorCode> title = titleCode(s, h, own, depth);
                    if (title.isPresent()) {
                        return Optional.of(actor(s, h, own, title.get(), m.name(), "title", c.origin() + "; title in text"));
                    }
                }
                return Optional.of(actor(s, h, own, c.actorCode(), m.name(), "country " + c.form().name().toLowerCase(),
                        c.origin()));
            }
            Optional<Entry.Agent> agent = m.first(Entry.Agent.class);
            if (agent.isPresent()) {
                return agent(s, h, own, agent.get(), m, depth);
            }
            return Optional.of(unknown(s, h, own, m, depth));
        }
        String lemma = sen.token(h).lemma().toLowerCase();
        if (GROUP_HEADS.contains(lemma)) {
            for (int k : own) {
                Optional<Mention> mod = doc.mentionAt(s, k);
                if (k != h && mod.isPresent() && mod.get().has(Entry.Agent.class)) {
                    return agent(s, h, own, mod.get().first(Entry.Agent.class).get(), mod.get(), depth);
                }
            }
            for (int k : own) {
                Optional<Mention> mod = doc.mentionAt(s, k);
                Optional<Entry.Organization> org = mod.flatMap(m -> m.organization(date));
                if (k != h && org.isPresent()) {
                    return Optional.of(actor(s, h, own, org.get().code(), org.get().name(),
                            "organization:" + org.get().kind(), org.get().origin()));
                }
            }
        }
        if (PLACES.contains(lemma)) {
            Optional<String> country = countryIn(s, own, null);
            if (country.isEmpty()) {
                country = prepositionCountry(s, h, depth, true);
            }
            if (country.isPresent()) {
                return Optional.of(actor(s, h, own, new ActorCode(country.get()), null, "country place", "place noun"));
            }
        }
        return Optional.empty();
    }

    private Actor person(int s, int h, Set<Integer> own, List<Entry.PersonName> names, int depth) {
        Person p = names.get(0).person();
        for (Entry.PersonName n : names) {
            if (n.person().inOfficeDuring(date)) {
                p = n.person();
                break;
            }
        }
        Optional<Person.AtDate> at = p.at(date);
        Optional<ActorCode> title = titleCode(s, h, own, depth);
        ActorCode code;
        String role;
        String origin;
        if (at.isPresent() && p.inOfficeDuring(date)) {
            code = at.get().code();
            role = at.get().role();
            origin = at.get().origin();
        } else if (title.isPresent()) {
            code = title.get();
            role = "title";
            origin = names.get(0).origin() + " (title in text)";
        } else if (at.isPresent()) {
            code = at.get().code();
            role = at.get().role();
            origin = at.get().origin();
        } else {
            return unknownNamed(s, h, own, p.name(), names.get(0).origin());
        }
        return actor(s, h, own, code, p.name(), role, origin);
    }

    /**
     * A role noun: its sector, with the country from the phrase, the possessor, or an "of"/"from" phrase;
     * a definite one with no country ("the leader", "the ministry") looks back for what it refers to.
     */
    private Optional<Actor> agent(int s, int h, Set<Integer> own, Entry.Agent agent, Mention agentMention, int depth) {
        Sentence sen = doc.sentence(s);
        Optional<Actor> group = memberOf(s, h, depth);
        if (group.isPresent()) {
            Actor g = group.get();
            return Optional.of(actor(s, h, own, g.code().get(), null, "member of " + g.name(), g.origin()));
        }
        Optional<String> country = countryIn(s, own, agentMention);
        if (country.isEmpty()) {
            country = possessorCountry(s, h, depth);
        }
        if (country.isEmpty()) {
            country = prepositionCountry(s, h, depth, !FOREIGN_SECTORS.contains(agent.sector()));
        }
        if (country.isEmpty()) {
            country = ledBy(s, h);
        }
        if (country.isEmpty() && isDefinite(sen, h)) {
            Optional<Actor> antecedent = titleAntecedent(s, h, agent, depth);
            if (antecedent.isPresent()) {
                Actor a = antecedent.get();
                int[] span = span(sen, h, own);
                return Optional.of(new Actor(a.code(), sen.span(span[0], span[1]), sen.token(span[0]).start(),
                        sen.token(span[1]).end(), a.name(), a.role(), "coref " + a.text() + " <- " + a.origin()));
            }
        }
        if (country.isEmpty()) {
            // "al-Qaeda leaders", "UN troops": an agent of an international body takes its code (IGOUNOMIL)
            Optional<ActorCode> body = orgIn(s, own, agentMention).filter(c -> !c.hasCountry());
            if (body.isPresent()) {
                ActorCode code = new ActorCode(body.get().value() + agent.sector());
                return Optional.of(actor(s, h, own, code, null, "agent " + agent.lemma(), agent.origin()));
            }
        }
        ActorCode code = ActorCode.of(country.orElse(null), agent.sector());
        return Optional.of(actor(s, h, own, code, null, "agent " + agent.lemma(), agent.origin()));
    }

    /**
     * "Vietnamese-led forces", "a US-led coalition": forces led by a country are coded as that country's
     * (CAMEO codes a coalition by its leader). "Iranian-backed" militias are not Iran's: only "led" counts.
     */
    private Optional<String> ledBy(int s, int h) {
        Sentence sen = doc.sentence(s);
        for (Token c : sen.children(h)) {
            if (!c.lemma().equalsIgnoreCase("lead") || !c.pos().equals("VBN") || c.index() > h) {
                continue;
            }
            for (Token d : sen.children(c.index())) {
                if (d.index() < c.index()) {
                    Optional<String> country = doc.mentionAt(s, d.index()).flatMap(m -> m.first(Entry.Country.class))
                            .filter(x -> x.form() != Entry.CountryForm.PLACE).map(Entry.Country::code);
                    if (country.isPresent()) {
                        return country;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An unknown proper name: kept with no code, unless a title in the phrase gives one, or it is a place
     * the phrase puts in a country ("Syria's second city Aleppo", "the Iraqi city Basra").
     */
    private Actor unknown(int s, int h, Set<Integer> own, Mention m, int depth) {
        Optional<ActorCode> title = titleCode(s, h, own, depth);
        if (title.isPresent()) {
            return actor(s, h, own, title.get(), m.name(), "title", "title in text");
        }
        Sentence sen = doc.sentence(s);
        boolean place = own.stream().anyMatch(k -> k != h && PLACES.contains(sen.token(k).lemma().toLowerCase()));
        if (place) {
            Optional<String> country = countryIn(s, own, m);
            if (country.isEmpty()) {
                country = possessorCountry(s, h, depth);
            }
            if (country.isEmpty()) {
                for (int k : own) {
                    if (k != h && PLACES.contains(sen.token(k).lemma().toLowerCase())) {
                        country = possessorCountry(s, k, depth);
                    }
                }
            }
            if (country.isPresent()) {
                return actor(s, h, own, new ActorCode(country.get()), m.name(), "country place", "place in a country");
            }
        }
        return unknownNamed(s, h, own, m.name(), "unknown");
    }

    private Actor unknownNamed(int s, int h, Set<Integer> own, String name, String origin) {
        Sentence sen = doc.sentence(s);
        int[] span = span(sen, h, own);
        return new Actor(Optional.empty(), sen.span(span[0], span[1]), sen.token(span[0]).start(),
                sen.token(span[1]).end(), name, "unknown", origin);
    }

    /** The code a title in the phrase gives: "Iranian president" IRNGOV. */
    private Optional<ActorCode> titleCode(int s, int h, Set<Integer> own, int depth) {
        for (int k : own) {
            Optional<Mention> m = doc.mentionAt(s, k);
            if (m.isPresent() && !m.get().covers(h) && m.get().has(Entry.Agent.class)) {
                Entry.Agent a = m.get().first(Entry.Agent.class).get();
                Optional<String> country = countryIn(s, own, m.get());
                if (country.isEmpty()) {
                    country = possessorCountry(s, h, depth);
                }
                if (country.isPresent()) {
                    return Optional.of(ActorCode.of(country.get(), a.sector()));
                }
            }
        }
        return Optional.empty();
    }

    /** A country named inside the phrase (adjective, name, or an organisation with a country). */
    private Optional<String> countryIn(int s, Set<Integer> own, Mention except) {
        Optional<String> found = Optional.empty();
        for (int k : own) {
            Optional<Mention> m = doc.mentionAt(s, k);
            if (m.isEmpty() || m.get() == except) {
                continue;
            }
            Optional<Entry.Country> c = m.get().first(Entry.Country.class);
            if (c.isPresent()) {
                found = Optional.of(c.get().code());
                continue;
            }
            Optional<Entry.Organization> o = m.get().organization(date);
            if (o.isPresent() && o.get().country().isPresent()) {
                found = o.get().country();
            }
        }
        return found;
    }

    /**
     * A person or group belongs to the organisation or body its "of" phrase or possessor names: "leaders of
     * Egypt's Muslim Brotherhood", "members of the Syrian opposition", "Hezbollah's chief".
     */
    private Optional<Actor> memberOf(int s, int h, int depth) {
        Sentence sen = doc.sentence(s);
        String lemma = sen.token(h).lemma().toLowerCase();
        if (!doc.isPersonNoun(lemma) && !GROUP_HEADS.contains(lemma)) {
            return Optional.empty();
        }
        for (Token c : sen.children(h)) {
            boolean of = c.rel().equals("nmod") && sen.caseMarker(c.index()).equals("of");
            boolean sameMention = doc.mentionAt(s, c.index()).isPresent()
                    && doc.mentionAt(s, c.index()).equals(doc.mentionAt(s, h));
            if ((of || c.rel().equals("nmod:poss")) && !sameMention) {
                Optional<Actor> a = resolve(s, c.index(), depth + 1);
                boolean body = a.isPresent() && a.get().code().isPresent() && !a.get().code().get().root().equals("---")
                        && (a.get().role().startsWith("organization") || of && a.get().role().startsWith("agent"));
                if (body) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ActorCode> orgIn(int s, Set<Integer> own, Mention except) {
        for (int k : own) {
            Optional<Mention> m = doc.mentionAt(s, k);
            if (m.isPresent() && m.get() != except) {
                Optional<Entry.Organization> o = m.get().organization(date);
                if (o.isPresent()) {
                    return Optional.of(o.get().code());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> possessorCountry(int s, int h, int depth) {
        for (Token p : doc.sentence(s).children(h, "nmod:poss")) {
            Optional<Actor> a = resolve(s, p.index(), depth + 1);
            if (a.isPresent() && a.get().code().isPresent() && a.get().code().get().hasCountry()) {
                return a.get().code().get().country();
            }
        }
        return Optional.empty();
    }

    /**
     * The country of an "of" or "from" phrase ("the speaker of Iran's parliament", "rebels from Chad"); with
     * {@code located}, also of an "in" phrase ("demonstrators in Baghdad", "students throughout Indonesia").
     */
    private Optional<String> prepositionCountry(int s, int h, int depth, boolean located) {
        Sentence sen = doc.sentence(s);
        for (Token c : sen.children(h, "nmod")) {
            String prep = sen.caseMarker(c.index());
            if (prep.equals("of") || prep.equals("from")
                    || located && (prep.equals("in") || prep.equals("throughout") || prep.equals("across"))) {
                Optional<Actor> a = resolve(s, c.index(), depth + 1);
                if (a.isPresent() && a.get().code().isPresent() && a.get().code().get().hasCountry()) {
                    return a.get().code().get().country();
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isDefinite(Sentence sen, int h) {
        for (Token d : sen.children(h, "det")) {
            String w = d.text().toLowerCase();
            if (w.equals("the") || w.equals("this") || w.equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** "The leader", "the ministry": the most recent fitting actor before it in the document. */
    private Optional<Actor> titleAntecedent(int s, int h, Entry.Agent agent, int depth) {
        boolean person = doc.isPersonNoun(agent.lemma());
        for (Candidate c : candidates(s, h)) {
            Optional<Mention> m = doc.mentionAt(c.sentence, c.token);
            if (m.isEmpty()) {
                continue;
            }
            if (person && (m.get().has(Entry.PersonName.class) || m.get().isUnknown())) {
                Optional<Actor> a = resolve(c.sentence, c.token, depth + 1);
                if (a.isPresent() && a.get().isKnown()) {
                    return a;
                }
            }
            if (!person) {
                Optional<Actor> a = resolve(c.sentence, c.token, depth + 1);
                if (a.isPresent() && a.get().code().flatMap(ActorCode::sector).filter(agent.sector()::equals).isPresent()
                        && a.get().code().get().hasCountry()) {
                    return a;
                }
            }
        }
        return Optional.empty();
    }

    /** Antecedents of a pronoun, nearest first, filtered by what the pronoun can refer to. */
    private List<Actor> coref(int s, int h, Kind kind, int depth) {
        Sentence sen = doc.sentence(s);
        Token pronoun = sen.token(h);
        if (kind == Kind.SPEAKER) {
            Optional<Integer> speaker = speakerOf(sen, h);
            return speaker.flatMap(sp -> resolve(s, sp, depth + 1))
                    .map(a -> List.of(renamed(a, pronoun))).orElse(List.of());
        }
        for (Candidate c : bySalience(s, candidates(s, h), kind)) {
            Sentence cs = doc.sentence(c.sentence);
            Token ct = cs.token(c.token);
            List<Actor> found = new ArrayList<>();
            if (kind == Kind.PLURAL) {
                for (int k : DocumentActors.conjuncts(cs, ct.index())) {
                    resolve(c.sentence, k, depth + 1).ifPresent(found::add);
                }
            } else {
                resolve(c.sentence, c.token, depth + 1).ifPresent(found::add);
            }
            found.removeIf(a -> !a.isKnown() && !kindIsPerson(kind));
            if (!found.isEmpty()) {
                List<Actor> out = new ArrayList<>();
                for (Actor a : found) {
                    out.add(renamed(a, pronoun));
                }
                return out;
            }
        }
        return List.of();
    }

    /**
     * The fitting candidates in order: those of the pronoun's own sentence as found (nearest first); then,
     * sentence by sentence back, the most salient first (the one the document has named most often so far),
     * keeping the found order on a tie. "The message extended congratulations to him" is Assad, the
     * story's subject, rather than Kim, the last sentence's subject.
     */
    private List<Candidate> bySalience(int s, List<Candidate> candidates, Kind kind) {
        List<Candidate> out = new ArrayList<>();
        List<Candidate> group = new ArrayList<>();
        int current = s;
        for (Candidate c : candidates) {
            if (!fits(c, kind)) {
                continue;
            }
            if (c.sentence != current && !group.isEmpty()) {
                out.addAll(ranked(group, s, current == s));
                group.clear();
            }
            current = c.sentence;
            group.add(c);
        }
        out.addAll(ranked(group, s, current == s));
        return out;
    }

    private List<Candidate> ranked(List<Candidate> group, int upTo, boolean own) {
        if (own) {
            return new ArrayList<>(group);
        }
        List<Candidate> sorted = new ArrayList<>(group);
        sorted.sort((a, b) -> Integer.compare(doc.salience(b.sentence, b.token, upTo), doc.salience(a.sentence, a.token, upTo)));
        return sorted;
    }

    private static boolean kindIsPerson(Kind k) {
        return k == Kind.PERSON;
    }

    private static Actor renamed(Actor a, Token pronoun) {
        return new Actor(a.code(), pronoun.text(), pronoun.start(), pronoun.end(), a.name(), a.role(),
                "coref " + a.text() + " <- " + a.origin());
    }

    /** Whether a candidate head can be what a pronoun of this kind refers to. */
    private boolean fits(Candidate c, Kind kind) {
        Sentence cs = doc.sentence(c.sentence);
        Token t = cs.token(c.token);
        Optional<Mention> m = doc.mentionAt(c.sentence, c.token);
        if (m.isEmpty()) {
            return false;
        }
        Mention mm = m.get();
        if (!mm.entries().isEmpty() && mm.entries().stream()
                .allMatch(e -> e instanceof Entry.Country place && place.form() == Entry.CountryForm.PLACE)) {
            return false; // "Rafah, where it is trying to ...": a city is not what "it" stands for
        }
        boolean personName = mm.has(Entry.PersonName.class) || (mm.isUnknown() && t.isProperNoun());
        boolean personNoun = mm.first(Entry.Agent.class).map(a -> doc.isPersonNoun(a.lemma())).orElse(false);
        boolean plural = t.pos().endsWith("S") || !cs.children(c.token, "conj").isEmpty();
        return switch (kind) {
            case PERSON -> (personName && !mm.has(Entry.Country.class)) || (personNoun && !plural);
            case THING -> !personName && !personNoun && !plural
                    && (mm.has(Entry.Country.class) || mm.has(Entry.Organization.class) || mm.has(Entry.Agent.class));
            case PLURAL -> plural || mm.has(Entry.Country.class) || mm.has(Entry.Organization.class)
                    || (mm.has(Entry.Agent.class) && !personNoun);
            case SPEAKER -> false;
        };
    }

    private record Candidate(int sentence, int token) {
    }

    /**
     * Possible antecedents for token {@code h}: heads before it in its sentence, nearest first (leaving
     * out the phrase that contains it and, for objects, the subject of its own verb); then the previous
     * sentences, each from its main subject on, left to right.
     */
    /**
     * True if the phrase headed by {@code head} contains the pronoun {@code h}, so cannot be what it stands
     * for ("the leader of his party"); a coordinated phrase is not its first member ("Pelosi and her
     * family": "her" is Pelosi).
     */
    private static boolean contains(Sentence sen, int head, int h) {
        int k = h;
        for (int steps = 0; k >= 0 && sen.token(k).head() != head && steps <= sen.size(); steps++) {
            k = sen.token(k).head();
        }
        return k >= 0 && sen.token(k).head() == head && !sen.token(k).baseRel().equals("conj");
    }

    private List<Candidate> candidates(int s, int h) {
        List<Candidate> out = new ArrayList<>();
        Sentence sen = doc.sentence(s);
        Token self = sen.token(h);
        boolean object = self.rel().startsWith("obj") || self.rel().startsWith("iobj") || self.rel().startsWith("obl");
        Set<Integer> seen = new HashSet<>();
        // in a clause whose subject is implied ("X blocked a road [to show their disapproval]"), the subject
        // of the clause it depends on comes first
        int clause = self.head();
        while (clause >= 0 && !sen.token(clause).isVerb() && sen.child(clause, "cop").isEmpty()) {
            clause = sen.token(clause).head();
        }
        if (clause >= 0 && sen.children(clause, "nsubj").isEmpty()) {
            String rel = sen.token(clause).baseRel();
            int gov = sen.token(clause).head();
            if (gov >= 0 && (rel.equals("xcomp") || rel.equals("advcl") || rel.equals("acl") || rel.equals("conj"))) {
                for (Token subj : sen.children(gov, "nsubj")) {
                    int head = mentionHead(s, subj.index());
                    if (head >= 0 && head != h && !sen.dominates(head, h) && seen.add(head)) {
                        out.add(new Candidate(s, head));
                    }
                }
            }
        }
        for (int k = h - 1; k >= 0; k--) {
            int head = mentionHead(s, k);
            if (head < 0 || !seen.add(head) || head == h || contains(sen, head, h)) {
                continue;
            }
            if (object && sen.token(head).head() == self.head() && sen.token(head).rel().startsWith("nsubj")) {
                continue;
            }
            out.add(new Candidate(s, head));
        }
        for (int p = s - 1; p >= 0 && p >= s - LOOKBACK; p--) {
            Sentence ps = doc.sentence(p);
            List<Candidate> subjects = new ArrayList<>();
            List<Candidate> others = new ArrayList<>();
            Set<Integer> pseen = new HashSet<>();
            for (int k = 0; k < ps.size(); k++) {
                int head = mentionHead(p, k);
                if (head < 0 || !pseen.add(head)) {
                    continue;
                }
                Token ht = ps.token(head);
                boolean mainSubject = ht.rel().startsWith("nsubj") && ht.head() >= 0
                        && ps.token(ht.head()).rel().equals("root");
                (mainSubject ? subjects : others).add(new Candidate(p, head));
            }
            out.addAll(subjects);
            out.addAll(others);
        }
        return out;
    }

    /** The head token of the mention at token {@code k}, if that mention heads a noun phrase. */
    private int mentionHead(int s, int k) {
        Optional<Mention> m = doc.mentionAt(s, k);
        if (m.isEmpty()) {
            return -1;
        }
        Sentence sen = doc.sentence(s);
        for (int i = m.get().first(); i <= m.get().last(); i++) {
            Token t = sen.token(i);
            if (t.head() < m.get().first() || t.head() > m.get().last()) {
                String base = t.baseRel();
                if (base.equals("amod") || base.equals("compound")) {
                    return -1;
                }
                return (t.isNoun() || t.pos().startsWith("JJ") || t.pos().equals("CD")) ? i : -1;
            }
        }
        return -1;
    }

    /** The subject of the saying verb whose complement holds token {@code h}. */
    private static Optional<Integer> speakerOf(Sentence sen, int h) {
        int k = h;
        for (int steps = 0; k >= 0 && steps < sen.size(); steps++) {
            Token t = sen.token(k);
            if (t.head() < 0) {
                break;
            }
            Token head = sen.token(t.head());
            String rel = t.baseRel();
            if ((rel.equals("ccomp") || rel.equals("parataxis")) && head.isVerb()) {
                Optional<Token> subj = sen.child(head.index(), "nsubj");
                if (subj.isPresent() && !subj.get().isPronoun()) {
                    return Optional.of(subj.get().index());
                }
            }
            k = t.head();
        }
        return Optional.empty();
    }

    /** For a relative pronoun subject or object, the noun its clause modifies. */
    private static Optional<Integer> relativeAntecedent(Sentence sen, int h) {
        Token t = sen.token(h);
        if (t.head() < 0) {
            return Optional.empty();
        }
        Token clause = sen.token(t.head());
        if (clause.rel().startsWith("acl") && clause.head() >= 0) {
            return Optional.of(clause.head());
        }
        return Optional.empty();
    }

    private static Set<Integer> ownTokens(Sentence sen, int h) {
        Set<Integer> own = new java.util.TreeSet<>();
        collectOwn(sen, h, own);
        return own;
    }

    private static void collectOwn(Sentence sen, int h, Set<Integer> own) {
        if (!own.add(h)) {
            return;
        }
        for (Token c : sen.children(h)) {
            if (OWN_RELS.contains(c.baseRel())) {
                collectOwn(sen, c.index(), own);
            }
        }
    }

    /** Token span of the phrase: its own words and its possessor. */
    private static int[] span(Sentence sen, int h, Set<Integer> own) {
        int lo = h;
        int hi = h;
        for (int k : own) {
            lo = Math.min(lo, k);
            hi = Math.max(hi, k);
        }
        for (Token p : sen.children(h, "nmod:poss")) {
            int[] ps = sen.subtreeSpan(p.index());
            lo = Math.min(lo, ps[0]);
        }
        while (lo < hi && (sen.token(lo).pos().equals("DT") || sen.token(lo).baseRel().equals("punct"))) {
            lo++;
        }
        return new int[] {lo, hi};
    }

    private Actor actor(int s, int h, Set<Integer> own, ActorCode code, String name, String role, String origin) {
        Sentence sen = doc.sentence(s);
        int[] span = span(sen, h, own);
        String text = sen.span(span[0], span[1]);
        return new Actor(Optional.of(code), text, sen.token(span[0]).start(), sen.token(span[1]).end(),
                name == null ? text : name, role, origin);
    }

    /** The more informative of two readings of one phrase (head and apposition). */
    private Optional<Actor> better(Optional<Actor> a, Optional<Actor> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return score(b.get()) > score(a.get()) ? b : a;
    }

    private int score(Actor a) {
        if (a.code().isEmpty()) {
            return 0;
        }
        ActorCode c = a.code().get();
        if (!c.hasCountry()) {
            return c.root().equals("---") ? 1 : 2;
        }
        if (a.role().startsWith("former") || a.role().startsWith("before office")) {
            return 3; // a person out of office: a title in the text ("the US commander in Iraq") says more
        }
        return c.sectors().isEmpty() ? 3 : (a.role().startsWith("agent") ? 4 : 5);
    }
}
