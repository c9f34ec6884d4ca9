package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds actor mentions in a sentence: longest dictionary match left to right (names before agents on a
 * tie), then runs of proper nouns that nothing matched, as unknown named actors.
 */
public final class MentionFinder {

    /** Capitalised words that are not names of actors. */
    private static final Set<String> NOT_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "sen", "rep", "gen", "lt",
            "col", "maj", "capt", "sgt", "prof", "sir", "lord", "st", "mt", "jr", "sr", "i", "god", "allah",
            "credit", "photo", "file", "read", "more", "advertisement", "reuters", "ap", "afp", "ok", "yes", "no",
            "the", "a", "an", "and", "of", "in", "on", "for", "to", "with", "by", "at", "from", "new",
            "christmas", "easter", "ramadan", "eid", "internet", "twitter", "facebook", "day", "war", "world");

    /** Words that end a run of proper nouns: "Kim Jong Un Thursday" is Kim Jong Un. */
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august", "september",
            "october", "november", "december");

    private final ActorDictionary dictionary;

    public MentionFinder(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Mention> find(Sentence s) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            Optional<ActorDictionary.Match> name = dictionary.matchName(s, i);
            Optional<ActorDictionary.Match> agent = dictionary.matchAgent(s, i);
            Optional<ActorDictionary.Match> best = name;
            if (agent.isPresent() && (name.isEmpty() || agent.get().last() > name.get().last())) {
                best = agent;
            }
            if (best.isPresent() && worthMatching(s, best.get()) && !directionOfAPlace(s, best.get())) {
                ActorDictionary.Match m = best.get();
                out.add(new Mention(s.index(), m.first(), m.last(), m.entries(), s.span(m.first(), m.last())));
                i = m.last() + 1;
                continue;
            }
            int end = properNounRun(s, i);
            Optional<Entry.Country> misspelled = end == i && s.token(i).isProperNoun() && startsUpper(s.token(i))
                    ? dictionary.misspelledCountry(s.token(i).text()) : Optional.empty();
            if (misspelled.isPresent()) {
                Entry.Country c = misspelled.get();
                out.add(new Mention(s.index(), i, i, List.of(new Entry.Country(c.code(), c.form(),
                        c.origin() + "; '" + s.token(i).text() + "' taken as a misspelling")), s.token(i).text()));
                i++;
                continue;
            }
            if (end >= i) {
                out.add(new Mention(s.index(), i, end, List.of(), s.span(i, end)));
                i = end + 1;
                continue;
            }
            i++;
        }
        return out;
    }

    /**
     * A name match is kept unless it is a lone all-lower-case word matching a capitalised name ("china" the
     * porcelain, "turkey" the bird) or a proper-noun-only name matched by a common noun use.
     */
    private static boolean worthMatching(Sentence s, ActorDictionary.Match m) {
        boolean agentOnly = m.entries().stream().allMatch(e -> e instanceof Entry.Agent);
        if (agentOnly) {
            return true;
        }
        for (int k = m.first(); k <= m.last(); k++) {
            String t = s.token(k).text();
            if (!t.isEmpty() && t.codePoints().anyMatch(Character::isUpperCase)) {
                return true; // "Israel", and typed "iSrael": a capital anywhere is not a common noun's
            }
        }
        // "President obama": a person's name typed in lower case right after a capitalised title
        boolean person = m.entries().stream().anyMatch(e -> e instanceof Entry.PersonName);
        if (person && m.first() > 0) {
            Token before = s.token(m.first() - 1);
            return before.pos().startsWith("NNP") && startsUpper(before) && s.token(m.first()).pos().startsWith("NNP");
        }
        return false;
    }

    private static final Set<String> DIRECTIONS = Set.of("western", "eastern", "northern", "southern", "central",
            "west", "east", "north", "south");

    /** "Western Cambodia", "Northern Syria": a compass word before a place says where, it names no one. */
    private boolean directionOfAPlace(Sentence s, ActorDictionary.Match m) {
        if (m.first() != m.last() || m.last() + 1 >= s.size()
                || !DIRECTIONS.contains(s.token(m.first()).text().toLowerCase())) {
            return false;
        }
        return dictionary.matchName(s, m.last() + 1).map(n -> n.entries().stream()
                .anyMatch(e -> e instanceof Entry.Country)).orElse(false);
    }

    /** Last index of a run of unmatched proper nouns starting at {@code i}, or {@code i - 1} if none. */
    private int properNounRun(Sentence s, int i) {
        int j = i;
        boolean content = false;
        int last = i - 1;
        while (j < s.size()) {
            Token t = s.token(j);
            boolean joiner = j > i && t.text().equals("-") && j + 1 < s.size() && t.start() == s.token(j - 1).end();
            if (!joiner && !(t.isProperNoun() && startsUpper(t) && (j == i || dictionary.matchName(s, j).isEmpty())
                    && dictionary.matchAgent(s, j).isEmpty())) {
                break;
            }
            String folded = NameKey.fold(t.text()).replace(".", "");
            if (TIME_WORDS.contains(folded)) {
                break;
            }
            if (!joiner && !NOT_NAMES.contains(folded)) {
                content = true;
                last = j;
            } else if (!joiner) {
                last = j;
            }
            j++;
        }
        return content ? last : i - 1;
    }

    private static boolean startsUpper(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
    }
}
