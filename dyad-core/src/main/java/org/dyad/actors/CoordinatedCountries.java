package org.dyad.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Role nouns whose "of", "from" or "in" phrase names several countries stand for each country's holders of
 * the role: "the ambassadors of Arnor, Osgiliath and Gondor" are ARNGOV, OSGGOV and GONGOV; "lawmakers
 * and officials in Fornost and Gondor" are FORLEG, GONLEG, FORGOV and GONGOV (a coordinated role noun
 * with no phrase of its own shares its partner's). As for a single country, an "in" phrase does not give
 * its country to sectors often found abroad (troops, intelligence, media, international bodies). A name
 * filed under several countries at once (a user's compound code) stands for each of them.
 */
final class CoordinatedCountries {

    private static final Set<String> OWNING = Set.of("of", "from");
    private static final Set<String> FOREIGN_SECTORS = Set.of("MIL", "SPY", "UAF", "IMG", "MED", "NGO", "IGO");

    private CoordinatedCountries() {
    }

    /**
     * The actors of slot head {@code h} (as resolved), with an agent of one of the countries of its phrase,
     * or of no country, made one actor per country the phrase names.
     *
     * @param heads the slot's coordinated heads, {@code h} among them
     */
    static List<Actor> expand(DocumentActors doc, int s, int h, List<Integer> heads, List<Actor> found) {
        List<Actor> actors = compound(doc, s, h, found);
        if (actors.isEmpty()) {
            return actors;
        }
        Sentence sen = doc.sentence(s);
        Phrase own = phrase(doc, sen, s, h);
        Phrase shared = own;
        if (shared.countries.isEmpty()) {
            for (int k : heads) {
                if (k != h && sen.token(k).isNoun()) {
                    Phrase p = phrase(doc, sen, s, k);
                    if (!p.countries.isEmpty()) {
                        shared = p;
                        break;
                    }
                }
            }
        }
        if (shared.countries.isEmpty() || own.countries.size() < 2 && shared == own) {
            return actors;
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            Optional<ActorCode> code = a.code();
            boolean agent = a.role().startsWith("agent") && code.isPresent() && !code.get().sectors().isEmpty();
            boolean none = agent && code.get().root().equals("---");
            boolean ofPhrase = agent && shared.countries.contains(code.get().root());
            boolean located = !shared.in || code.map(c -> c.sectors().stream().noneMatch(FOREIGN_SECTORS::contains))
                    .orElse(false);
            if (!(none || ofPhrase) || !located) {
                out.add(a);
                continue;
            }
            for (String country : shared.countries) {
                out.add(new Actor(Optional.of(code.get().withCountry(country)), a.text(), a.start(), a.end(),
                        a.name(), a.role(), a.origin() + "; one of the countries of its phrase"));
            }
        }
        return out;
    }

    /**
     * A name filed under several countries at once (a user's compound code, {@code THE_SHIRE [FRO/BIL/SAM]})
     * stands for each of them: the actor resolved for the first, and one for each other country.
     */
    private static List<Actor> compound(DocumentActors doc, int s, int h, List<Actor> actors) {
        Optional<Mention> m = doc.mentionAt(s, h);
        if (actors.isEmpty() || m.isEmpty()) {
            return actors;
        }
        List<Entry.Country> names = m.get().all(Entry.Country.class).stream()
                .filter(c -> c.form() == Entry.CountryForm.NAME).toList();
        // one dictionary entry with several codes, not two countries that share a name ("Congo")
        List<String> codes = names.stream().filter(c -> c.origin().equals(names.get(0).origin()))
                .map(Entry.Country::code).distinct().toList();
        if (codes.size() < 2) {
            return actors;
        }
        List<Actor> out = new ArrayList<>();
        for (Actor a : actors) {
            out.add(a);
            if (a.code().isPresent() && a.code().get().root().equals(codes.get(0))) {
                for (String other : codes.subList(1, codes.size())) {
                    out.add(new Actor(Optional.of(a.code().get().withCountry(other)), a.text(), a.start(), a.end(),
                            a.name(), a.role(), a.origin() + "; one of the codes of its name"));
                }
            }
        }
        return out;
    }

    /** The countries an "of", "from" or "in" phrase of {@code h} names, with its conjuncts. */
    private record Phrase(List<String> countries, boolean in) {
    }

    private static Phrase phrase(DocumentActors doc, Sentence sen, int s, int h) {
        for (Token c : sen.children(h, "nmod")) {
            String prep = sen.caseMarker(c.index());
            if (!OWNING.contains(prep) && !prep.equals("in")) {
                continue;
            }
            Set<String> countries = new LinkedHashSet<>();
            for (int k : DocumentActors.conjuncts(sen, c.index())) {
                doc.mentionAt(s, k).flatMap(m -> m.first(Entry.Country.class))
                        .filter(x -> x.form() != Entry.CountryForm.SEAT).ifPresent(x -> countries.add(x.code()));
            }
            if (!countries.isEmpty()) {
                return new Phrase(List.copyOf(countries), prep.equals("in"));
            }
        }
        return new Phrase(List.of(), false);
    }
}
