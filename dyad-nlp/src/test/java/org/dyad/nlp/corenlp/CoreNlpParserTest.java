package org.dyad.nlp.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;
import org.dyad.model.ParsedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter: one parser for the whole test class (CoreNLP loads once per JVM). */
class CoreNlpParserTest {

    private static final CoreNlpParser PARSER = new CoreNlpParser();

    private static ParsedDocument parse(String text, LocalDate date, List<DroppedRegion> dropped) {
        return PARSER.parse(new Document("t", text, Optional.ofNullable(date), Map.of(), dropped));
    }

    @Test
    void offsetsReferToTheOriginalText() {
        String text = "North Korea Congratulates Syria’s Assad\n\n“Kim Jong Un sent a message to Bashar Al-Assad,” "
                + "KCNA said.\n";
        ParsedDocument p = parse(text, LocalDate.of(2014, 6, 6), List.of());
        for (Sentence s : p.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            for (Token t : s.tokens()) {
                assertEquals(text.substring(t.start(), t.end()), t.text());
            }
        }
    }

    @Test
    void headlineAndCaptionLinesAreSentencesOfTheirOwn() {
        String text = "Assad thanks Iran and North Korea for help\n"
                + "Syrian President Bashar Assad gestures as he speaks during an interview\n"
                + "Assad wrote to Khamenei. He thanked him.\n";
        List<String> sentences = parse(text, null, List.of()).sentences().stream().map(Sentence::text).toList();
        assertEquals(List.of("Assad thanks Iran and North Korea for help",
                "Syrian President Bashar Assad gestures as he speaks during an interview",
                "Assad wrote to Khamenei.", "He thanked him."), sentences);
    }

    @Test
    void softWrappedLinesStayOneSentence() {
        String text = "The Foreign Ministry said on Tuesday that the delegation would arrive in\n"
                + "Beijing next week to discuss the trade agreement that both governments had\n"
                + "signed earlier this year, and that talks on a second accord would follow.\n"
                + "Officials in Seoul welcomed the announcement and said they expected progress\n"
                + "on several outstanding issues before the end of the month, a spokesman said.\n";
        assertEquals(2, parse(text, null, List.of()).sentences().size());
    }

    @Test
    void droppedRegionsAreNotParsed() {
        String text = "Iran thanked Syria.\n\n  1. The US should attack everyone lol\n";
        int from = text.indexOf("  1.");
        ParsedDocument p = parse(text, null, List.of(new DroppedRegion("comments", from, text.length())));
        assertEquals(1, p.sentences().size());
    }

    @Test
    void relativeDatesResolveAgainstThePublicationDate() {
        ParsedDocument p = parse("Kim Jong Un sent a message to Assad on Thursday. It arrived in 2002.",
                LocalDate.of(2014, 6, 6), List.of());
        TimeExpression thursday = p.sentences().get(0).times().get(0);
        assertEquals("2014-06-05", thursday.range().get().toString());
        assertEquals("Thursday", p.sentences().get(0).token(thursday.first()).text());
        assertEquals("2002", p.sentences().get(1).times().get(0).range().get().toString());
    }

    @Test
    void aWeekdayIsDatedFromItsOwnDocumentOnly() {
        // a document published on a Saturday that names "Saturday" once left SUTime dating the next
        // document's past "Saturday" forward, after its own publication date
        parse("The United States and the Taliban signed an agreement in Doha on Saturday.",
                LocalDate.of(2020, 2, 29), List.of());
        ParsedDocument p = parse("On Saturday, Kim Yo Jong threatened South Korea.", LocalDate.of(2020, 6, 16),
                List.of());
        assertEquals("2020-06-13", p.sentences().get(0).times().get(0).range().get().toString());
    }

    @Test
    void dependenciesUseUniversalDependenciesV2Names() {
        Sentence s = parse("Syria was attacked by Israel.", null, List.of()).sentences().get(0);
        assertEquals("nsubj:pass", s.token(0).rel());
        assertEquals("obl:agent", s.token(4).rel());
        assertTrue(s.token(2).isVerb());
        assertEquals("attack", s.token(2).lemma());
    }
}
