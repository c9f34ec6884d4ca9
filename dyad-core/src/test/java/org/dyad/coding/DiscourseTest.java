package org.dyad.coding;

import static org.dyad.coding.CoderTest.code;
import static org.dyad.coding.CoderTest.summary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * What the coder reads beyond one clause: judgements in reported speech, bridging, extensions of earlier
 * acts, agentless passives, joint acts. Hand-parsed sentences, small dictionary and lexicon.
 */
class DiscourseTest {

    private static final LocalDate DATE = LocalDate.of(2014, 6, 6);

    @Test
    void judgementInReportedSpeechIsTheSpeakersCriticism() {
        List<Event> e = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 lacked lack VBD 0 root
                3 legitimacy legitimacy NN 2 obj
                4 , , , 2 punct
                5 William William NNP 6 compound
                6 Hague Hague NNP 7 nsubj
                7 said say VBD 2 parataxis
                """);
        assertEquals(List.of("GBRGOV>SYRGOV:111"), summary(e));
        assertEquals("GBRGOV", e.get(0).attribution().get().codeOr(""));
    }

    @Test
    void judgementWithoutASpeakerIsTheNarratorsAndNoEvent() {
        assertEquals(List.of(), summary(code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 lacked lack VBD 0 root
                3 legitimacy legitimacy NN 2 obj
                """)));
    }

    @Test
    void definiteNounBridgesToTheOwnerOfTheSameNounBefore() {
        List<Event> e = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 won win VBD 0 root
                3 his he PRP$ 4 nmod:poss
                4 election election NN 2 obj
                """, """
                1 Russia Russia NNP 2 nsubj
                2 lent lend VBD 0 root
                3 support support NN 2 obj
                4 to to IN 6 case
                5 the the DT 6 det
                6 election election NN 2 obl
                """);
        assertEquals(List.of("RUS>SYRGOV:051"), summary(e));
        assertTrue(e.get(0).target().get().origin().startsWith("bridge"), e.get(0).target().get().origin());
    }

    @Test
    void extensionRepeatsTheEarlierActOnNewTargets() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 2 nsubj
                2 sanctioned sanction VBD 0 root
                3 Iran Iran NNP 2 obj
                """, """
                1 This this DT 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 expanded expand VBN 0 root
                4 to to TO 5 mark
                5 include include VB 3 xcomp
                6 Syria Syria NNP 5 obj
                7 , , , 10 punct
                8 along along IN 10 case
                9 with with IN 10 case
                10 Iraq Iraq NNP 5 obl
                """);
        assertEquals(List.of("RUS>IRN:163", "RUS>SYR:163", "RUS>IRQ:163"), summary(e));
        assertTrue(e.get(1).evidence().rule().startsWith("extends the act of sentence 0"));
    }

    @Test
    void agentlessPassiveTakesTheOwnerOfItsComplementAsDoer() {
        List<Event> e = code(LocalDate.of(2002, 1, 29), """
                1 Iran Iran NNP 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 designated designate VBN 0 root
                4 part part NN 3 obj
                5 of of IN 8 case
                6 Bush Bush NNP 8 nmod:poss
                7 's 's POS 6 case
                8 axis axis NN 4 nmod
                9 of of IN 10 case
                10 evil evil NN 8 nmod
                """);
        assertEquals(List.of("USAGOV>IRN:111"), summary(e));
    }

    @Test
    void agentlessPassiveTakesTheDoerOfTheActThatDidIt() {
        List<Event> e = code(DATE, """
                1 Syrians Syrians NNPS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 killed kill VBN 0 root
                4 in in IN 6 case
                5 Israeli Israeli JJ 6 amod
                6 shelling shelling NN 3 obl
                """);
        assertEquals(List.of("ISR>SYR:190"), summary(e));
    }

    @Test
    void measureWordsLeadToWhatTheyMeasure() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 2 nsubj
                2 gave give VBD 0 root
                3 Iraq Iraq NNP 2 iobj
                4 five five CD 5 nummod
                5 million million CD 6 nummod
                6 dollars dollar NNS 2 obj
                7 of of IN 8 case
                8 aid aid NN 6 nmod
                """);
        assertEquals(List.of("RUS>IRQ:070"), summary(e));
    }

    @Test
    void jointActorsWithNoRecipientActOnEachOther() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 4 nsubj
                2 and and CC 3 cc
                3 Iran Iran NNP 1 conj
                4 met meet VBD 0 root
                """);
        assertEquals(List.of("RUS>IRN:040", "IRN>RUS:040"), summary(e));
    }

    @Test
    void meetingIsCodedBothWays() {
        List<Event> e = code(DATE, """
                1 Putin Putin NNP 2 nsubj
                2 met meet VBD 0 root
                3 Assad Assad NNP 2 obj
                """);
        assertEquals(List.of("RUSGOV>SYRGOV:040", "SYRGOV>RUSGOV:040"), summary(e));
    }

    @Test
    void aConditionIsNotAnAct() {
        // "Iran will attack Israel unless Syria meets Russia": the meeting is a condition, not an event
        List<Event> e = code(DATE, """
                1 Iran Iran NNP 3 nsubj
                2 will will MD 3 aux
                3 attack attack VB 0 root
                4 Israel Israel NNP 3 obj
                5 unless unless IN 7 mark
                6 Syria Syria NNP 7 nsubj
                7 meets meet VBZ 3 advcl
                8 Russia Russia NNP 7 obj
                """);
        assertEquals(List.of("IRN>ISR:138"), summary(e));
    }

    @Test
    void aPeopleLivingInAnotherCountryAreItsCivilians() {
        List<Event> e = code(DATE, """
                1 Iraqis Iraqis NNPS 4 nsubj
                2 in in IN 3 case
                3 Iran Iran NNP 1 nmod
                4 thanked thank VBD 0 root
                5 Russia Russia NNP 4 obj
                """);
        assertEquals(List.of("IRNCVL>RUS:051"), summary(e));
    }

    @Test
    void domesticActorOfNoCountryIsOfTheCountryTheStoryIsAbout() {
        List<Event> e = code(DATE, """
                1 The the DT 3 det
                2 Syrian Syrian JJ 3 amod
                3 government government NN 4 nsubj
                4 thanked thank VBD 0 root
                5 Russia Russia NNP 4 obj
                """, """
                1 Rebels rebel NNS 2 nsubj
                2 attacked attack VBD 0 root
                3 the the DT 4 det
                4 government government NN 2 obj
                """);
        assertTrue(summary(e).contains("SYRREB>SYRGOV:190"), summary(e).toString());
        Event attack = e.stream().filter(x -> x.cameo().value().equals("190")).findFirst().get();
        assertTrue(attack.source().origin().contains("country the document names most: SYR"), attack.source().origin());
    }

    @Test
    void mediaAndBackersDoNotMakeTheStorysCountry() {
        List<Event> e = code(DATE, """
                1 KCNA KCNA NNP 2 nsubj
                2 reported report VBD 0 root
                """, """
                1 Rebels rebel NNS 2 nsubj
                2 attacked attack VBD 0 root
                3 Iraq Iraq NNP 2 obj
                """);
        assertEquals(List.of("IRQREB>IRQ:190"), summary(e));
    }
}
