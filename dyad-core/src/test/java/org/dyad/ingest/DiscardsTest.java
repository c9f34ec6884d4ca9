package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/** Discard phrases: sentence-level, story-level, stems and whole words. */
class DiscardsTest {

    private static final Discards LIST = Discards.read(PetrarchText.read("t", new StringReader("""
            # Story-level discards are indicated with a '+'.
            MONTHS LATER
            BASEBALL
            +TYPHOON   # ELH 04 Aug 2009
            +ESPN_
            """)), new ImportReport("t", "discards"));

    @Test
    void sentencePhraseMatchesAsAStemAtAWordStart() {
        assertEquals(Optional.of("BASEBALL"), LIST.sentence("Arnor restored baseball competition with Gondor."));
        assertEquals(Optional.of("BASEBALL"), LIST.sentence("The Baseballs of Arnor"));
        assertEquals(Optional.empty(), LIST.sentence("Arnor's minibaseball league"));
        assertEquals(Optional.of("MONTHS LATER"), LIST.sentence("Two months\nlater, Arnor attacked."));
    }

    @Test
    void storyPhraseDiscardsTheDocumentAndItsSentences() {
        assertEquals(Optional.of("TYPHOON"), LIST.story("First line.\nA typhoon trashed its embassy."));
        assertEquals(Optional.of("TYPHOON"), LIST.sentence("A typhoon trashed its embassy."));
        assertEquals(Optional.empty(), LIST.story("Arnor restored baseball competition."));
    }

    @Test
    void trailingUnderscoreNeedsAWholeWord() {
        assertEquals(Optional.of("ESPN_"), LIST.story("shown on ESPN tonight"));
        assertEquals(Optional.empty(), LIST.story("shown on ESPN2 tonight"));
    }

    @Test
    void validationSuiteDiscardsAreRead() {
        ImportReport r = new ImportReport("d", "discards");
        Discards d = Discards.read(Shared.path("suites/petrarch1/PETR.Validate.discards.txt"), r);
        assertEquals(4, r.get("story phrases"));
        assertTrue(d.sentence("the African Nations Cup").isPresent());
    }
}
