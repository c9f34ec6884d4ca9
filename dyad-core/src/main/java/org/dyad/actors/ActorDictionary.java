package org.dyad.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.model.ActorCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.resources.DataFile;

/**
 * Everything Dyad knows about actors: countries, organisations, agents and people, as name tries for
 * longest-match lookup. Loaded once and shared; read-only after {@link Builder#build()}, so it is safe
 * for concurrent reads. Formats: docs/data-formats.md.
 */
public final class ActorDictionary {

    /** A dictionary hit over tokens {@code first..last} of a sentence. */
    public record Match(int first, int last, List<Entry> entries, String name) {
        public Match {
            entries = List.copyOf(entries);
        }
    }

    private final NameTrie names;
    private final NameTrie agents;
    private final Map<String, Person> people;
    private final Map<String, Entry.Country> countries;
    private final Map<String, Entry.Country> spelledNames;

    private ActorDictionary(Builder b) {
        this.names = b.names;
        this.agents = b.agents;
        this.people = Map.copyOf(b.people);
        this.countries = Map.copyOf(b.countries);
        this.spelledNames = Map.copyOf(b.spelledNames);
    }

    /**
     * A one-word country name the word misspells by one letter added, dropped, changed or swapped
     * ("Afganistan", "Quatar", "Isreal"), if exactly one country's name is that close. Only for words of six
     * letters or more, so that short words and names stay themselves.
     */
    public Optional<Entry.Country> misspelledCountry(String word) {
        String w = NameKey.fold(word);
        if (w.length() < 6 || !w.chars().allMatch(Character::isLetter) || names.root().step(w) != null) {
            return Optional.empty(); // a word that begins a known name ("Angela Merkel") is that name's
        }
        Entry.Country found = null;
        for (Map.Entry<String, Entry.Country> e : spelledNames.entrySet()) {
            if (oneEdit(w, e.getKey())) {
                if (found != null && !found.code().equals(e.getValue().code())) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** True if {@code a} and {@code b} differ by exactly one insertion, deletion, substitution or swap. */
    static boolean oneEdit(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        String ra = a.substring(i);
        String rb = b.substring(i);
        if (ra.length() == rb.length()) {
            return ra.substring(1).equals(rb.substring(1))
                    || ra.length() >= 2 && ra.charAt(0) == rb.charAt(1) && ra.charAt(1) == rb.charAt(0)
                    && ra.substring(2).equals(rb.substring(2));
        }
        return ra.length() + 1 == rb.length() ? rb.substring(1).equals(ra) : ra.substring(1).equals(rb);
    }

    /** Dyad's own dictionaries, as listed in {@code dyad/actors/manifest.tsv}. */
    public static ActorDictionary load() {
        return builder().addBundled().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Collection<Person> people() {
        return people.values();
    }

    public Optional<Person> person(String canonicalName) {
        return Optional.ofNullable(people.get(canonicalName));
    }

    public boolean isCountry(String code) {
        return countries.containsKey(code);
    }

    public int size() {
        return names.size() + agents.size();
    }

    /** The longest name (a country, organisation or person) starting at token {@code start}. */
    public Optional<Match> matchName(Sentence s, int start) {
        return longest(s, start, names, Token::text);
    }

    /** The longest agent (generic role noun) starting at token {@code start}, matched by lemma or form. */
    public Optional<Match> matchAgent(Sentence s, int start) {
        Optional<Match> byLemma = longest(s, start, agents, Token::lemma);
        Optional<Match> byText = longest(s, start, agents, Token::text);
        if (byLemma.isEmpty() && byText.isEmpty()) {
            // proper-noun plurals keep their -s as lemma: "Serbs", "Kurds"
            byText = longest(s, start, agents, t -> t.pos().equals("NNPS") ? singular(t.text()) : t.text());
        }
        if (byLemma.isEmpty()) {
            return byText;
        }
        if (byText.isPresent() && byText.get().last() > byLemma.get().last()) {
            return byText;
        }
        return byLemma;
    }

    private static Optional<Match> longest(Sentence s, int start, NameTrie trie, Function<Token, String> form) {
        NameTrie.Node node = trie.root();
        Match best = null;
        if (isHyphen(s.token(start))) {
            return Optional.empty();
        }
        for (int i = start; i < s.size() && node != null; i++) {
            Token t = s.token(i);
            if (isHyphen(t) && i > start && t.start() == s.token(i - 1).end()) {
                continue; // "Al-Assad" split by the tokenizer into Al, -, Assad: the hyphen joins
            }
            List<String> pieces = NameKey.pieces(form.apply(t));
            if (pieces.isEmpty()) {
                break;
            }
            for (String p : pieces) {
                node = node.step(p);
                if (node == null) {
                    break;
                }
            }
            if (node == null || node.hits.isEmpty()) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            String name = null;
            for (NameTrie.Hit h : node.hits) {
                if (!h.caseSensitive() || upperCaseRun(s, start, i)) {
                    entries.add(h.entry());
                    name = name == null ? h.name() : name;
                }
            }
            if (!entries.isEmpty()) {
                best = new Match(start, i, entries, name);
            }
        }
        return Optional.ofNullable(best);
    }

    private static String singular(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    private static boolean isHyphen(Token t) {
        return t.text().length() == 1 && "-\u2010\u2011".indexOf(t.text().charAt(0)) >= 0;
    }

    private static boolean upperCaseRun(Sentence s, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!NameKey.isUpperCase(s.token(i).text())) {
                return false;
            }
        }
        return true;
    }

    /** Collects entries from Dyad's files and from users' dictionaries. */
    public static final class Builder {
        private final NameTrie names = new NameTrie();
        private final NameTrie agents = new NameTrie();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, Entry.Country> countries = new LinkedHashMap<>();
        private final Map<String, Entry.Country> spelledNames = new LinkedHashMap<>();

        /** Adds every file listed in {@code dyad/actors/manifest.tsv}. */
        public Builder addBundled() {
            return addBundled(true, true);
        }

        /**
         * Adds the files {@code dyad/actors/manifest.tsv} lists, in its order: the named actors (countries,
         * places, organisations, people) only if {@code names}, the agents only if {@code agents}.
         */
        public Builder addBundled(boolean names, boolean agents) {
            for (DataFile.Row row : DataFile.resource("dyad/actors/manifest.tsv")) {
                String kind = row.get(0);
                if (!List.of("countries", "places", "organizations", "people", "agents").contains(kind)) {
                    throw row.error("unknown dictionary kind " + kind);
                }
                if (!(kind.equals("agents") ? agents : names)) {
                    continue;
                }
                List<DataFile.Row> rows = DataFile.resource("dyad/actors/" + row.get(1));
                switch (kind) {
                    case "countries" -> addCountries(rows);
                    case "places" -> addPlaces(rows);
                    case "organizations" -> addOrganizations(rows);
                    case "agents" -> addAgents(rows);
                    default -> addPeople(rows);
                }
            }
            return this;
        }

        /** Rows in the countries.tsv format. */
        public Builder addCountries(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                String code = r.get(0);
                if (!code.matches("[A-Z]{3}")) {
                    throw r.error("bad country code '" + code + "'");
                }
                Entry.Country nameEntry = new Entry.Country(code, Entry.CountryForm.NAME, r.origin());
                countries.putIfAbsent(code, nameEntry);
                names.add(code, nameEntry);
                Entry.CountryForm[] forms = {Entry.CountryForm.NAME, Entry.CountryForm.ADJECTIVE,
                    Entry.CountryForm.DEMONYM, Entry.CountryForm.SEAT};
                for (int col = 1; col <= 4; col++) {
                    Entry.Country e = col == 1 ? nameEntry : new Entry.Country(code, forms[col - 1], r.origin());
                    for (String v : DataFile.values(r.get(col))) {
                        names.add(v, e);
                        String folded = NameKey.fold(v);
                        if (col == 1 && folded.length() >= 5 && folded.chars().allMatch(Character::isLetter)) {
                            spelledNames.putIfAbsent(folded, e);
                        }
                    }
                }
            }
            return this;
        }

        /** Rows in the places/*.tsv format: code, names, kind (city, region, area, feature), note. */
        public Builder addPlaces(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                String code = r.get(0);
                if (!countries.containsKey(code)) {
                    throw r.error("place in unknown country '" + code + "' (countries load first)");
                }
                if (!PLACE_KINDS.contains(r.get(2))) {
                    throw r.error("place kind '" + r.get(2) + "' is not one of " + PLACE_KINDS);
                }
                Entry.Country e = new Entry.Country(code, Entry.CountryForm.PLACE, r.origin());
                for (String v : DataFile.values(r.get(1))) {
                    names.add(v, e);
                }
            }
            return this;
        }

        private static final java.util.Set<String> PLACE_KINDS = java.util.Set.of("city", "region", "area", "feature");

        /** Rows in the organizations.tsv format. */
        public Builder addOrganizations(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                ActorCode code;
                try {
                    code = ActorCode.parse(r.get(0));
                } catch (IllegalArgumentException e) {
                    throw r.error(e.getMessage());
                }
                List<String> variants = DataFile.values(r.get(1));
                if (variants.isEmpty()) {
                    throw r.error("organization without a name");
                }
                String country = r.get(2);
                Optional<LocalDate>[] valid = validity(r, r.get(5));
                Entry.Organization e = new Entry.Organization(code,
                        country.isEmpty() ? code.country() : Optional.of(country), r.get(3).toLowerCase(),
                        variants.get(0), r.origin(), valid[0], valid[1]);
                for (String v : variants) {
                    names.add(v, e);
                }
            }
            return this;
        }

        /** A code's days, {@code FROM..TO} with either side empty; both empty when the field is. */
        @SuppressWarnings("unchecked")
        private static Optional<LocalDate>[] validity(DataFile.Row r, String field) {
            Optional<LocalDate>[] out = new Optional[] {Optional.empty(), Optional.empty()};
            if (field.isEmpty()) {
                return out;
            }
            int dots = field.indexOf("..");
            if (dots < 0) {
                throw r.error("dates '" + field + "' are not FROM..TO");
            }
            try {
                String from = field.substring(0, dots).strip();
                String to = field.substring(dots + 2).strip();
                out[0] = from.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(from));
                out[1] = to.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(to));
            } catch (java.time.format.DateTimeParseException e) {
                throw r.error("bad date in '" + field + "'");
            }
            if (out[0].isPresent() && out[1].isPresent() && out[1].get().isBefore(out[0].get())) {
                throw r.error("dates '" + field + "' end before they start");
            }
            return out;
        }

        /** Rows in the agents.tsv format. */
        public Builder addAgents(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                String sector = r.get(1);
                if (!sector.matches("[A-Z]{3}([A-Z]{3})*")) {
                    throw r.error("bad sector '" + sector + "'");
                }
                agents.add(r.get(0), new Entry.Agent(sector, r.get(0), r.origin()));
            }
            return this;
        }

        /** Rows in the people/*.tsv format. */
        public Builder addPeople(List<DataFile.Row> rows) {
            for (DataFile.Row r : rows) {
                List<String> variants = DataFile.values(r.get(0));
                if (variants.isEmpty()) {
                    throw r.error("person without a name");
                }
                Person p = people.computeIfAbsent(variants.get(0), Person::new);
                try {
                    p.addRole(new Role(ActorCode.parse(r.get(1)), r.get(2), date(r.get(3)), date(r.get(4)),
                            r.origin()));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw r.error(e.getMessage());
                }
                Entry.PersonName e = new Entry.PersonName(p, r.origin());
                for (String v : variants) {
                    if (!p.variants().contains(v)) {
                        p.addVariant(v);
                        names.add(v, e);
                    }
                }
            }
            return this;
        }

        /** One person role, for users' dictionaries and tests. */
        public Builder addPerson(String name, List<String> variants, Role role) {
            Person p = people.computeIfAbsent(name, Person::new);
            p.addRole(role);
            Entry.PersonName e = new Entry.PersonName(p, role.origin());
            for (String v : variants) {
                if (!p.variants().contains(v)) {
                    p.addVariant(v);
                    names.add(v, e);
                }
            }
            return this;
        }

        private static Optional<LocalDate> date(String s) {
            return s.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s));
        }

        public ActorDictionary build() {
            return new ActorDictionary(this);
        }
    }
}
