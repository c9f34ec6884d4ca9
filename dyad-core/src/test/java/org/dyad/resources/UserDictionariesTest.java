package org.dyad.resources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.Entry;
import org.dyad.coding.PetrarchVerbs;
import org.dyad.model.Sentence;
import org.dyad.nlp.VerbLemmas;
import org.dyad.testing.Parses;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding users' dictionary files, and how they combine with Dyad's own. */
class UserDictionariesTest {

    private static final PetrarchVerbs.Options OPTIONS = new PetrarchVerbs.Options(false, VerbLemmas.REGULAR);

    private static Sentence words(String... words) {
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            spec.append(i + 1).append(' ').append(words[i]).append(' ').append(words[i]).append(" NNP 0 root\n");
        }
        return Parses.sentence(0, 0, spec.toString());
    }

    private static List<UserDictionaries.File> userActors(Path dir) throws IOException {
        Path f = dir.resolve("my.actors.txt");
        Files.writeString(f, "SYRIA [XYZ]\nARNOR [ARN]\n");
        return UserDictionaries.find(List.of(dir.toString()), new ArrayList<>());
    }

    @Test
    void filesAreFoundByNameByKindPrefixAndInDirectories() {
        List<String> notes = new ArrayList<>();
        Path suite = Shared.path("suites/petrarch1");
        List<UserDictionaries.File> files = UserDictionaries.find(List.of(suite.toString(),
                "verbs=" + suite.resolve("PETR.Validate.verbs.txt")), notes);
        assertEquals(List.of(UserDictionaries.Kind.ACTORS, UserDictionaries.Kind.AGENTS, UserDictionaries.Kind.DISCARDS,
                UserDictionaries.Kind.VERBS, UserDictionaries.Kind.VERBS), files.stream().map(UserDictionaries.File::kind).toList());
        assertTrue(notes.stream().anyMatch(n -> n.contains("PETR.UnitTest.records.xml")), notes.toString());
        assertThrows(IllegalArgumentException.class,
                () -> UserDictionaries.find(List.of(suite.resolve("PETR.UnitTest.records.xml").toString()), notes));
    }

    @Test
    void replaceModeLeavesOutDyadsNamesButKeepsItsAgentsAndLexicon(@TempDir Path dir) throws IOException {
        UserDictionaries.Loaded l = UserDictionaries.load(userActors(dir), UserDictionaries.Mode.REPLACE, OPTIONS);
        ActorDictionary d = l.resources().actors();
        assertEquals("XYZ", ((Entry.Country) d.matchName(words("Syria"), 0).get().entries().get(0)).code());
        assertFalse(d.matchName(words("Damascus"), 0).isPresent());
        assertTrue(d.matchAgent(Parses.sentence(0, 0, "1 troops troop NNS 0 root"), 0).isPresent());
        assertTrue(l.resources().lexicon().verbPatterns() > 100);
    }

    @Test
    void addModePutsUserEntriesFirstAndKeepsDyads(@TempDir Path dir) throws IOException {
        UserDictionaries.Loaded l = UserDictionaries.load(userActors(dir), UserDictionaries.Mode.ADD, OPTIONS);
        ActorDictionary d = l.resources().actors();
        List<Entry> syria = d.matchName(words("Syria"), 0).get().entries();
        assertEquals("XYZ", ((Entry.Country) syria.get(0)).code());
        assertTrue(syria.stream().anyMatch(e -> e instanceof Entry.Country c && c.code().equals("SYR")));
        assertTrue(d.matchName(words("Damascus"), 0).isPresent());
    }
}
