package org.dyad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.PetrarchActors;
import org.dyad.coding.Lexicon;
import org.dyad.coding.PetrarchVerbs;
import org.dyad.ingest.Discards;
import org.dyad.model.Event;
import org.dyad.model.ParsedDocument;
import org.dyad.nlp.VerbLemmas;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;
import org.dyad.resources.Resources;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** A user's PETRARCH dictionaries through the pipeline: codes, paired codes, discards. */
class ImportedRulesTest {

    private static final LocalDate DATE = LocalDate.of(1995, 1, 1);
    private static final String MET = """
            1 Arnor Arnor NNP 2 nsubj
            2 met meet VBD 0 root
            3 Gondor Gondor NNP 2 obj
            """;
    private static final String CONTRIBUTED = """
            1 Arnor Arnor NNP 2 nsubj
            2 contributed contribute VBD 0 root
            3 dollars dollar NNS 2 obj
            4 to to IN 5 case
            5 Gondor Gondor NNP 2 obl
            """;
    private static final String BASEBALL = """
            1 Arnor Arnor NNP 2 nsubj
            2 met meet VBD 0 root
            3 Gondor Gondor NNP 2 obj
            4 at at IN 5 case
            5 baseball baseball NN 2 obl
            """;

    private static Pipeline pipeline(String discards) {
        ActorDictionary.Builder actors = ActorDictionary.builder();
        PetrarchActors.read("a", PetrarchText.read("a", new StringReader("ARNOR [ARN]\nGONDOR [GON]\n")), actors);
        PetrarchVerbs verbs = PetrarchVerbs.read("v", PetrarchText.read("v", new StringReader("""
                &CURRENCY
                +DOLLAR
                --- MEET  [031:032]  ---
                MEET
                --- CONTRIBUTE [070] ---
                CONTRIBUTE
                - * &CURRENCY [903]
                """)), Fixtures.ontology().cameo(), new PetrarchVerbs.Options(true, VerbLemmas.REGULAR));
        Lexicon.Builder lexicon = Lexicon.builder(Fixtures.ontology().cameo());
        verbs.entries().forEach(lexicon::addVerb);
        Discards d = Discards.read(PetrarchText.read("d", new StringReader(discards)), new ImportReport("d", "discards"));
        Resources r = new Resources(Fixtures.ontology(), actors.build(), lexicon.build());
        return new Pipeline(r, (doc, filter) -> {
            throw new AssertionError("no parser in this test");
        }, new ImportedRules(d, verbs.reverseCodes()));
    }

    private static List<String> code(Pipeline p, String... sentences) {
        ParsedDocument doc = Parses.document("t", DATE, sentences);
        return p.codeParsed(doc).events().stream()
                .map(e -> e.source().codeOr("?") + ">" + e.target().map(t -> t.codeOr("?")).orElse("-") + ":" + e.cameo())
                .toList();
    }

    @Test
    void pairedCodeAddsTheReverseEvent() {
        assertEquals(List.of("ARN>GON:031", "GON>ARN:032"), code(pipeline(""), MET));
    }

    @Test
    void userCodeComesThroughWithNoQuadOrGoldstein() {
        Pipeline p = pipeline("");
        List<Event> events = p.codeParsed(Parses.document("t", DATE, CONTRIBUTED)).events();
        assertEquals(1, events.size());
        assertEquals("903", events.get(0).cameo().value());
        assertEquals(0, events.get(0).quad());
        assertTrue(Double.isNaN(events.get(0).goldstein()));
    }

    @Test
    void sentenceDiscardDropsOnlyThatSentencesEvents() {
        assertEquals(List.of("ARN>GON:903"), code(pipeline("BASEBALL\n"), BASEBALL, CONTRIBUTED));
    }

    @Test
    void storyDiscardDropsTheWholeDocument() {
        assertEquals(List.of(), code(pipeline("+BASEBALL\n"), BASEBALL, CONTRIBUTED));
    }
}
