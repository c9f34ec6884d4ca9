package org.dyad.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.ParsedDocument;

/**
 * A person named in full once, then by surname: "Senator Elizabeth Warren ... Warren said"; an outlet
 * named in full, then by its last word: "The New York Times ... the Times reported". The
 * dictionaries leave many surnames out on their own (too many Warrens, Rices and Omars in the world), so a
 * surname the dictionaries do not know is read as the person the document named with it, if it named
 * exactly one such person before it. A surname that could be several of the document's people, known or
 * not ("Rep. Jim Warren"), stays unknown.
 */
final class ShortNames {

    private ShortNames() {
    }

    /** The mentions with unknown surnames linked to the people named before them, in document order. */
    static List<List<Mention>> link(ParsedDocument doc, List<List<Mention>> mentions) {
        // surname (folded) -> the entries of the people named with it so far, by canonical name
        Map<String, Map<String, List<Entry>>> seen = new LinkedHashMap<>();
        List<List<Mention>> out = new ArrayList<>(mentions.size());
        for (List<Mention> sentence : mentions) {
            List<Mention> linked = new ArrayList<>(sentence.size());
            for (Mention m : sentence) {
                Mention use = m;
                if (m.isUnknown()) {
                    Map<String, List<Entry>> people = seen.get(fold(m.name().replaceFirst("^(?i)the\\s+", "")));
                    List<Entry> entries = people != null && people.size() == 1
                            ? people.values().iterator().next() : List.of();
                    if (!entries.isEmpty()) {
                        use = new Mention(m.sentence(), m.first(), m.last(), entries, m.name());
                    } else {
                        // "Rep. Jim Warren", whom no dictionary knows, makes a later "Warren" ambiguous
                        String[] words = m.name().trim().split("\\s+");
                        if (words.length > 1) {
                            seen.computeIfAbsent(fold(words[words.length - 1]), k -> new LinkedHashMap<>())
                                    .putIfAbsent("unknown:" + m.name(), List.of());
                        }
                    }
                } else {
                    remember(m, seen);
                }
                linked.add(use);
            }
            out.add(linked);
        }
        return out;
    }

    /**
     * A known person's surname, the last word of its name as written and of each person's canonical name;
     * an outlet's last word ("the Times" after "The New York Times", "the Post" after "The Washington Post").
     */
    private static void remember(Mention m, Map<String, Map<String, List<Entry>>> seen) {
        List<Entry.Organization> outlets = m.all(Entry.Organization.class).stream()
                .filter(Entry.Organization::isMedia).toList();
        if (!outlets.isEmpty() && outlets.size() == m.entries().size()) {
            String[] written = m.name().trim().split("\\s+");
            if (written.length >= 2 && written[written.length - 1].length() > 2) {
                Map<String, List<Entry>> byName = seen.computeIfAbsent(fold(written[written.length - 1]),
                        k -> new LinkedHashMap<>());
                byName.putIfAbsent("outlet:" + outlets.get(0).name(), new ArrayList<>(outlets));
            }
            return;
        }
        List<Entry.PersonName> persons = m.all(Entry.PersonName.class);
        if (persons.isEmpty() || persons.size() != m.entries().size()) {
            return;
        }
        String[] written = m.name().trim().split("\\s+");
        if (written.length < 2) {
            return; // named by surname already: nothing to learn
        }
        for (Entry.PersonName p : persons) {
            String[] canonical = p.person().name().trim().split("\\s+");
            for (String surname : List.of(written[written.length - 1], canonical[canonical.length - 1])) {
                if (surname.length() < 2) {
                    continue;
                }
                seen.computeIfAbsent(fold(surname), k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.person().name(), k -> new ArrayList<>());
                List<Entry> entries = seen.get(fold(surname)).get(p.person().name());
                if (!entries.contains(p)) {
                    entries.add(p);
                }
            }
        }
    }

    private static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
