package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.nlp.VerbLemmas;
import org.dyad.resources.PetrarchText;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/** Reading PETRARCH-1 verb dictionaries into lexicon entries. */
class PetrarchVerbsTest {

    private static final PetrarchVerbs.Options LENIENT = new PetrarchVerbs.Options(true, VerbLemmas.REGULAR);

    private static PetrarchVerbs read(boolean userCodes, String text) {
        List<PetrarchText.Line> lines = PetrarchText.read("test.verbs", new StringReader(text));
        return PetrarchVerbs.read("test.verbs", lines, Fixtures.ontology().cameo(),
                new PetrarchVerbs.Options(userCodes, VerbLemmas.REGULAR));
    }

    private static List<String> describe(PetrarchVerbs v) {
        return v.entries().stream().map(e -> e.lemma() + e.particle().map(p -> " " + p).orElse("") + " ["
                + e.pattern() + "] " + e.code().get()).toList();
    }

    @Test
    void blockCodeBecomesAPlainEntryForEachVerb() {
        PetrarchVerbs v = read(false, """
                --- CONDEMN  [122]  ---
                CONDEMN    # tony  4/28/91
                DENOUNCE
                """);
        assertEquals(List.of("condemn [*] 122", "denounce [*] 122"), describe(v));
    }

    @Test
    void wordsAfterTheVerbBecomeAWordSequence() {
        PetrarchVerbs v = read(true, """
                --- ABANDON  [345]  ---
                ABANDON
                - * DIPLOMATIC TIES [901]
                - * EFFORT  [987]  # pas 15 Jul 2003
                """);
        List<String> d = describe(v);
        // PETRARCH matches the words as written, in order, others allowed between them
        assertEquals("abandon [post:diplomatic..ties] 901", d.get(0));
        assertTrue(d.contains("abandon [post:effort] 987"), d.toString());
        assertEquals("abandon [*] 345", d.get(d.size() - 1));
    }

    @Test
    void synsetsExpandWithPluralsAndNestedSets() {
        PetrarchVerbs v = read(true, """
                &TIETYPES
                +MILITARY
                +ECONOMIC
                &CURRENCY
                +SWISS FRANCS
                +&HARD
                &HARD
                +BITCOIN
                --- CONTRIBUTE [070]  ---
                CONTRIBUTE
                - * &CURRENCY [903]
                - * &TIETYPES TIES [902]
                """);
        List<String> d = describe(v);
        // one entry per synset, its members (and PETRARCH's plurals) as alternatives
        assertTrue(d.contains("contribute [post:swiss..francs|swiss..francses] 903"), d.toString());
        assertTrue(d.contains("contribute [post:bitcoin|bitcoins] 903"), d.toString());
        assertTrue(d.contains("contribute [post:military..ties|militaries..ties|economic..ties|economics..ties] 902"),
                d.toString());
    }

    @Test
    void markersAndPrepositionsGiveRolesAndPrepConditions() {
        PetrarchVerbs v = read(false, """
                --- FREE  [064] ---
                FREE
                - + * FROM $  [064]
                --- CALLED  [010] ---
                CALLED
                - * FOR  [093]
                --- TURN  [---] ---
                TURN
                - * DOWN  [111]
                """);
        List<String> d = describe(v);
        assertTrue(d.contains("free [prep:from src:from tgt:subj post:from] 064"), d.toString());
        assertTrue(d.contains("call [post:for] 093"), d.toString());
        // a particle is the word right after the verb, written once
        assertTrue(d.contains("turn [post:_down] 111"), d.toString());
    }

    @Test
    void multiWordVerbGivesItsParticleToEveryPattern() {
        PetrarchVerbs v = read(false, """
                --- BREAK [161] ---
                BREAK { BROKE BROKEN  }
                +BREAK_DOWN {+BREAKS_DOWN +BROKE_DOWN }
                - * TREATY  [161]
                """);
        List<String> d = describe(v);
        assertTrue(d.contains("break [post:_down..treaty] 161"), d.toString());
        assertTrue(d.contains("break [post:treaty] 161"), d.toString());
        assertTrue(d.contains("break [post:_down] 161"), d.toString());
    }

    @Test
    void patternsAreTranslatedOrCountedByReason() {
        PetrarchVerbs v = read(true, """
                --- CLASH  [223] ---
                CLASH
                - WILL NOT * [081]
                - * OVER EFFORTS  [121]
                - * TO INSTABILITY WITH + [121]
                - % * [030:030]
                - * CARD  [---]
                - * THE WOGS  [abc]
                """);
        // words before the verb are a pre: sequence
        assertTrue(describe(v).contains("clash [pre:will..not] 081"), describe(v).toString());
        // "%": the subject's conjuncts act on one another
        assertTrue(describe(v).contains("clash [tgt:subj joint] 030"), describe(v).toString());
        assertEquals(1, v.report().get("skipped: null code [---]"));
        assertEquals(1, v.report().get("skipped: bad code"));
        // "over" may be a particle or a preposition: an entry for each reading
        assertTrue(describe(v).contains("clash [post:_over..efforts] 121"), describe(v).toString());
        assertTrue(describe(v).contains("clash [post:over..efforts] 121"), describe(v).toString());
    }

    @Test
    void wordsAfterAPrepositionAreAskedForAmongTheComplements() {
        PetrarchVerbs v = read(true, """
                &TIETYPES
                +ECONOMIC
                --- WELCOME  [041] ---
                WELCOME
                - * MEMOS_ON_&TIETYPES FROM [911]
                - * FOR CONVENTIONS WITH + [912]
                - * FOR CONVENTIONS WITH ALLIES [913]
                """);
        List<String> d = describe(v);
        assertTrue(d.contains("welcome [post:memos_on_economic..from|memos_on_economics..from] 911"), d.toString());
        assertTrue(d.contains("welcome [prep:with tgt:with post:for..conventions..with] 912"), d.toString());
        // two prepositional phrases: no role place to read, the words still hold in order
        assertTrue(d.contains("welcome [post:for..conventions..with..allies] 913"), d.toString());
    }

    @Test
    void codesOutsideCameoNeedUserCodes() {
        String text = """
                --- ACT [100] ---
                ACT
                - * RESOLUTION [1010]
                - * PROGRAMS [075A]
                """;
        assertEquals(List.of("act [*] 100"), describe(read(false, text)));
        PetrarchVerbs lenient = read(true, text);
        LexiconEntry e = lenient.entries().get(0);
        assertEquals(Set.of("075A", "1010", "100"),
                Set.copyOf(lenient.entries().stream().map(x -> x.code().get().value()).toList()));
        assertEquals(2, lenient.report().get("user codes"));
        assertFalse(lenient.entries().stream().filter(x -> x.code().get().value().equals("075A"))
                .findFirst().get().code().get().isCameo());
        assertTrue(e.origin().startsWith("test.verbs:"));
    }

    @Test
    void pairedCodeKeepsTheReverseCodeForTheEntry() {
        PetrarchVerbs v = read(false, """
                --- MET  [031:032]  ---
                MET
                """);
        LexiconEntry e = v.entries().get(0);
        assertEquals("031", e.code().get().value());
        assertEquals(Optional.of("032"), Optional.ofNullable(v.reverseCodes().get(e.describe())).map(c -> c.value()));
    }

    @Test
    void longerPatternsComeFirst() {
        PetrarchVerbs v = read(true, """
                --- WELCOME  [041] ---
                WELCOME
                - * MEMOS  [912]
                - * ECONOMIC MEMOS FROM [911]
                """);
        assertEquals("welcome [post:economic..memos..from] 911", describe(v).get(0));
    }

    @Test
    void validationSuiteVerbsAreMostlyRead() {
        PetrarchVerbs v = PetrarchVerbs.read(Shared.path("suites/petrarch1/PETR.Validate.verbs.txt"),
                Fixtures.ontology().cameo(), LENIENT);
        int patterns = v.report().get("patterns");
        int translated = v.report().get("patterns translated") + v.report().get("patterns approximated");
        assertTrue(patterns > 300, v.report().summary());
        assertTrue(translated > patterns / 3, v.report().summary());
        System.out.println(v.report().summary());
    }
}
