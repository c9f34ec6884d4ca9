package org.dyad.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorStage;
import org.dyad.actors.DocumentActors;
import org.dyad.model.Event;
import org.dyad.model.ParsedDocument;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** The coder's grammar, on sentences parsed by hand, with a small dictionary and lexicon. */
class CoderTest {

    private static final LocalDate DATE = LocalDate.of(2014, 6, 6);
    private static final ActorStage ACTORS = new ActorStage(Fixtures.miniActors());
    private static final Coder CODER = new Coder(Fixtures.miniLexicon(), Fixtures.ontology(), DATE);

    static List<Event> code(LocalDate date, String... sentences) {
        ParsedDocument doc = Parses.document("t", date, sentences);
        return CODER.code(ACTORS.annotate(doc));
    }

    static List<String> summary(List<Event> events) {
        return events.stream().map(e -> e.source().codeOr("?") + ">" + e.target().map(t -> t.codeOr("?")).orElse("-")
                + ":" + e.cameo()).toList();
    }

    @Test
    void activeVerbCodesSubjectToObject() {
        List<Event> e = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 Putin Putin NNP 2 obj
                """);
        assertEquals(List.of("SYRGOV>RUSGOV:051"), summary(e));
        assertEquals("congratulated", e.get(0).evidence().trigger());
        assertTrue(e.get(0).evidence().rule().contains("test-verbs:1"), e.get(0).evidence().rule());
    }

    @Test
    void passiveVoiceSwapsSourceAndTarget() {
        List<Event> e = code(DATE, """
                1 Syria Syria NNP 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 attacked attack VBN 0 root
                4 by by IN 5 case
                5 Israel Israel NNP 3 obl:agent
                """);
        assertEquals(List.of("ISR>SYR:190"), summary(e));
    }

    @Test
    void passiveWithoutAgentHasNoSource() {
        assertEquals(List.of(), summary(code(DATE, """
                1 Syria Syria NNP 3 nsubj:pass
                2 was be VBD 3 aux:pass
                3 attacked attack VBN 0 root
                """)));
    }

    @Test
    void negationCancelsTheEvent() {
        assertEquals(List.of(), summary(code(DATE, """
                1 Iran Iran NNP 4 nsubj
                2 has have VBZ 4 aux
                3 not not RB 4 advmod
                4 congratulated congratulate VBN 0 root
                5 Assad Assad NNP 4 obj
                """)));
    }

    @Test
    void negatedFutureCooperationIsARefusal() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 4 nsubj
                2 will will MD 4 aux
                3 not not RB 4 advmod
                4 provide provide VB 0 root
                5 aid aid NN 4 obj
                6 to to IN 7 case
                7 Syria Syria NNP 4 obl
                """);
        assertEquals(List.of("RUS>SYR:122"), summary(e));
    }

    @Test
    void compoundTargetsGiveOneEventEach() {
        List<Event> e = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 thanked thank VBD 0 root
                3 Iran Iran NNP 2 obj
                4 and and CC 6 cc
                5 North North NNP 6 compound
                6 Korea Korea NNP 3 conj
                """);
        assertEquals(List.of("SYRGOV>IRN:051", "SYRGOV>PRK:051"), summary(e));
    }

    @Test
    void appositionNamesTheSpeakerOfParliament() {
        List<Event> e = code(DATE, """
                1 the the DT 2 det
                2 speaker speaker NN 9 nsubj
                3 of of IN 6 case
                4 Iran Iran NNP 6 nmod:poss
                5 's 's POS 4 case
                6 parliament parliament NN 2 nmod
                7 , , , 8 punct
                8 Larijani Larijani NNP 2 appos
                9 congratulated congratulate VBD 0 root
                10 Assad Assad NNP 9 obj
                """);
        assertEquals(List.of("IRNLEG>SYRGOV:051"), summary(e));
    }

    @Test
    void titleAndCountryAdjectiveGiveAgentCodes() {
        List<Event> e = code(DATE, """
                1 Syrian Syrian JJ 2 amod
                2 troops troops NNS 3 nsubj
                3 attacked attack VBD 0 root
                4 the the DT 6 det
                5 Iraqi Iraqi JJ 6 amod
                6 opposition opposition NN 3 obj
                """);
        assertEquals(List.of("SYRMIL>IRQOPP:190"), summary(e));
    }

    @Test
    void reportedSpeechKeepsTheSpeakerAsAttribution() {
        List<Event> e = code(DATE, """
                1 KCNA KCNA NNP 2 nsubj
                2 said say VBD 0 root
                3 Kim Kim NNP 5 compound
                4 Jong Jong NNP 5 compound
                5 Un Un NNP 6 nsubj
                6 sent send VBD 2 ccomp
                7 a a DT 9 det
                8 congratulatory congratulatory JJ 9 amod
                9 message message NN 6 obj
                10 to to IN 11 case
                11 Assad Assad NNP 6 obl
                """);
        assertEquals(List.of("PRKGOV>SYRGOV:051"), summary(e));
        assertEquals("PRKMED", e.get(0).attribution().get().codeOr(""));
        assertEquals("sent ... message", e.get(0).evidence().trigger());
    }

    @Test
    void pronounTakesItsAntecedentFromThePreviousSentence() {
        List<Event> e = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 won win VBD 0 root
                """, """
                1 Putin Putin NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 him he PRP 2 obj
                """);
        assertEquals(List.of("RUSGOV>SYRGOV:051"), summary(e));
        assertEquals("him", e.get(0).target().get().text());
        assertTrue(e.get(0).target().get().origin().startsWith("coref"));
    }

    @Test
    void timeExpressionDatesTheEventAndTheRole() {
        List<Event> e = code(DATE, """
                1 Putin Putin NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 Assad Assad NNP 2 obj
                4 in in IN 5 case
                5 1998 1998 CD 2 obl
                @time 5 5 1998
                """);
        assertEquals(List.of("RUS>SYR:051"), summary(e), "Putin before office, Assad before office");
        assertEquals("1998", e.get(0).date().get().toString());
        List<Event> later = code(LocalDate.of(2009, 3, 1), """
                1 Putin Putin NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 Assad Assad NNP 2 obj
                """);
        assertEquals(List.of("RUSGOV>SYRGOV:051"), summary(later), "prime minister in 2009");
        assertEquals("2009-03-01", later.get(0).date().get().toString());
    }

    @Test
    void formerOfficeHolderIsAnElite() {
        List<Event> e = code(LocalDate.of(2025, 6, 1), """
                1 Assad Assad NNP 2 nsubj
                2 thanked thank VBD 0 root
                3 Russia Russia NNP 2 obj
                """);
        assertEquals(List.of("SYRELI>RUS:051"), summary(e));
    }

    @Test
    void promiseToActIsIntent() {
        List<Event> e = code(DATE, """
                1 Iran Iran NNP 2 nsubj
                2 promised promise VBD 0 root
                3 to to TO 4 mark
                4 provide provide VB 2 xcomp
                5 aid aid NN 4 obj
                6 to to IN 7 case
                7 Syria Syria NNP 4 obl
                """);
        assertEquals(List.of("IRN>SYR:033"), summary(e));
        assertEquals("promised ... provide ... aid", e.get(0).evidence().trigger());
    }

    @Test
    void willPlusActIsIntent() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 3 nsubj
                2 will will MD 3 aux
                3 attack attack VB 0 root
                4 Iraq Iraq NNP 3 obj
                """);
        assertEquals(List.of("RUS>IRQ:138"), summary(e));
    }

    @Test
    void urgingSomeoneToActIsAnAppealToThem() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 2 nsubj
                2 urged urge VBD 0 root
                3 Iran Iran NNP 2 obj
                4 to to TO 5 mark
                5 provide provide VB 2 xcomp
                6 aid aid NN 5 obj
                """);
        assertEquals(List.of("RUS>IRN:023"), summary(e));
    }

    @Test
    void receivingReversesTheRoles() {
        List<Event> e = code(DATE, """
                1 Syria Syria NNP 2 nsubj
                2 received receive VBD 0 root
                3 aid aid NN 2 obj
                4 from from IN 5 case
                5 Iran Iran NNP 2 obl
                """);
        assertEquals(List.of("IRN>SYR:070"), summary(e));
    }

    @Test
    void subjectToSanctionsMakesTheSanctionerTheSource() {
        List<Event> e = code(DATE, """
                1 Syria Syria NNP 6 nsubj
                2 and and CC 3 cc
                3 Iran Iran NNP 1 conj
                4 are be VBP 6 cop
                5 all all DT 6 advmod
                6 subject subject JJ 0 root
                7 to to IN 9 case
                8 U.S. U.S. NNP 9 compound
                9 sanctions sanction NNS 6 obl
                """);
        assertEquals(List.of("USA>SYR:163", "USA>IRN:163"), summary(e));
    }

    @Test
    void theSameEventTwiceIsOneEventWithTwoMentions() {
        List<Event> e = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 thanked thank VBD 0 root
                3 Iran Iran NNP 2 obj
                """, """
                1 Assad Assad NNP 2 nsubj
                2 thanked thank VBD 0 root
                3 Tehran Tehran NNP 2 obj
                """);
        assertEquals(2, e.size(), "Iran and Tehran (IRNGOV) are different codes");
        List<Event> twice = code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 thanked thank VBD 0 root
                3 Iran Iran NNP 2 obj
                """, """
                1 Bashar Bashar NNP 2 compound
                2 Assad Assad NNP 3 nsubj
                3 thanked thank VBD 0 root
                4 Iran Iran NNP 3 obj
                """);
        assertEquals(1, twice.size());
        assertEquals(2, twice.get(0).mentions());
        assertEquals(0, twice.get(0).sentence(), "evidence of the first mention");
    }

    @Test
    void accusationContentIsNotCodedAsAnAct() {
        List<Event> e = code(DATE, """
                1 the the DT 2 det
                2 U.N. U.N. NNP 3 nsubj
                3 accused accuse VBD 0 root
                4 North North NNP 5 compound
                5 Korea Korea NNP 3 obj
                6 of of IN 7 mark
                7 attacking attack VBG 3 advcl
                8 Israel Israel NNP 7 obj
                """);
        assertEquals(List.of("IGOUNO>PRK:112"), summary(e));
    }
    @Test
    void jointActorsMeetEachOtherWhereTheyMeetNotThePlace() {
        List<Event> e = code(DATE, """
                1 Iran Iran NNP 4 nsubj
                2 and and CC 3 cc
                3 Syria Syria NNP 1 conj
                4 met meet VBD 0 root
                5 in in IN 6 case
                6 Moscow Moscow NNP 4 obl
                """);
        assertEquals(List.of("IRN>SYR:040", "SYR>IRN:040"), summary(e));
    }

    @Test
    void aLoneVisitorsTalksInACountryAreWithIt() {
        List<Event> e = code(DATE, """
                1 Putin Putin NNP 2 nsubj
                2 met meet VBD 0 root
                3 in in IN 4 case
                4 Damascus Damascus NNP 2 obl
                """);
        assertEquals(List.of("RUSGOV>SYRGOV:040", "SYRGOV>RUSGOV:040"), summary(e), "a meeting is both ways");
    }

    @Test
    void praiseByJointActorsIsNotForEachOther() {
        assertEquals(List.of(), summary(code(DATE, """
                1 Iran Iran NNP 4 nsubj
                2 and and CC 3 cc
                3 Syria Syria NNP 1 conj
                4 thanked thank VBD 0 root
                5 in in IN 6 case
                6 Moscow Moscow NNP 4 obl
                """)), "no recipient named, and Moscow is only where they said it");
    }

    @Test
    void forceDoneInACountryIsDoneToIt() {
        List<Event> e = code(DATE, """
                1 Israeli Israeli JJ 2 amod
                2 troops troops NNS 3 nsubj
                3 attacked attack VBD 0 root
                4 in in IN 5 case
                5 Syria Syria NNP 3 obl
                """);
        assertEquals(List.of("ISRMIL>SYR:190"), summary(e));
    }
    @Test
    void aPeoplesProtestWithNoTargetIsAgainstItsGovernment() {
        List<Event> e = code(DATE, """
                1 The the DT 3 det
                2 Iranian Iranian JJ 3 amod
                3 opposition opposition NN 4 nsubj
                4 protested protest VBD 0 root
                """);
        assertEquals(List.of("IRNOPP>IRNGOV:141"), summary(e));
        assertTrue(e.get(0).evidence().rule().contains("protest with no target named"), e.get(0).evidence().rule());
        assertEquals(List.of(), summary(code(DATE, """
                1 Iran Iran NNP 2 nsubj
                2 protested protest VBD 0 root
                """)), "a country alone is no group of a people");
    }
    @Test
    void aPronounInACoordinatedPhraseStandsForItsFirstMember() {
        List<Event> e = code(DATE, """
                1 Russia Russia NNP 2 nsubj
                2 sanctioned sanction VBD 0 root
                3 Assad Assad NNP 2 obj
                4 and and CC 6 cc
                5 his he PRP$ 6 nmod:poss
                6 government government NN 3 conj
                """);
        assertEquals(List.of("RUS>SYRGOV:163"), summary(e), "his government is Assad's, not Russia's");
    }

    @Test
    void anAccidentDoesNothingToAnyoneWhoseNameItBears() {
        String crash = """
                1 The the DT 4 det
                2 Syrian Syrian JJ 4 amod
                3 military military NN 4 compound
                4 crash crash NN 5 nsubj
                5 killed kill VBD 0 root
                6 Iraqis Iraqis NNPS 5 obj
                """;
        assertEquals(List.of(), summary(code(DATE, crash)));
        assertEquals(List.of("SYR>IRQ:190"), summary(code(DATE, crash.replace("4 crash crash NN", "4 strike strike NN"))),
                "a strike is done by someone");
    }

    @Test
    void whatAProtestDemandsIsPartOfTheProtest() {
        String protest = """
                1 Iraqis Iraqis NNPS 2 nsubj
                2 protested protest VBD 0 root
                3 in in IN 4 case
                4 Baghdad Baghdad NNP 2 obl
                5 to to TO 6 mark
                6 demand demand VB 2 advcl
                7 sanctions sanction NNS 6 obj
                8 from from IN 9 case
                9 Russia Russia NNP 6 obl
                """;
        List<String> coded = summary(code(DATE, protest));
        assertTrue(coded.stream().anyMatch(x -> x.startsWith("IRQ>") && x.endsWith(":141")), coded.toString());
        assertTrue(coded.stream().noneMatch(x -> x.endsWith(":100")), coded.toString());
        List<Event> demand = code(DATE, protest.replace("2 protested protest VBD", "2 met meet VBD"));
        assertTrue(summary(demand).contains("IRQ>RUS:100"), summary(demand).toString());
    }

    @Test
    void theOneAPermissionIsForIsTheSubjectOfItsClauseAndWhatIsNotPermittedIsNotDone() {
        List<Event> e = code(DATE, """
                1 Putin Putin NNP 4 nsubj
                2 would would MD 4 aux
                3 not not RB 4 advmod
                4 give give VB 0 root
                5 permission permission NN 4 obj
                6 to to IN 9 mark
                7 Iran Iran NNP 9 nsubj
                8 to to TO 9 mark
                9 attack attack VB 5 acl
                10 Israel Israel NNP 9 obj
                """);
        List<String> coded = summary(e);
        assertTrue(coded.stream().anyMatch(x -> x.startsWith("RUSGOV>IRN:")), coded.toString());
        assertTrue(coded.stream().noneMatch(x -> x.startsWith("IRN>ISR")), "not permitted, so not done: " + coded);
        List<String> given = summary(code(DATE, """
                1 Putin Putin NNP 2 nsubj
                2 gave give VBD 0 root
                3 permission permission NN 2 obj
                4 to to IN 7 mark
                5 Iran Iran NNP 7 nsubj
                6 to to TO 7 mark
                7 attack attack VB 3 acl
                8 Israel Israel NNP 7 obj
                """));
        assertTrue(given.contains("RUSGOV>IRN:080"), given.toString());
    }

    @Test
    void aCapitalAnywhereInANameIsNotACommonNoun() {
        List<String> coded = summary(code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 iRan iRan NNP 2 obj
                """));
        assertEquals(List.of("SYRGOV>IRN:051"), coded);
        assertEquals(List.of(), summary(code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 iran iran NN 2 obj
                """)), "all lower case is still no name");
    }

    @Test
    void aCapitalWhereForceIsUsedIsTheCountryNotItsGovernment() {
        assertEquals(List.of("SYRREB>SYR:190"), summary(code(DATE, """
                1 Rebels rebel NNS 2 nsubj
                2 attacked attack VBD 0 root
                3 in in IN 4 case
                4 Damascus Damascus NNP 2 obl
                """)));
    }

    @Test
    void thePlaceOfAnActCanSitInsideThePhraseThatSaysHowItWasDone() {
        assertEquals(List.of("IRQREB>IRQ:190"), summary(code(DATE, """
                1 Rebels rebel NNS 2 nsubj
                2 killed kill VBD 0 root
                3 troops troops NNS 2 obj
                4 in in IN 6 case
                5 an an DT 6 det
                6 ambush ambush NN 2 obl
                7 in in IN 9 case
                8 a a DT 9 det
                9 district district NN 6 nmod
                10 of of IN 11 case
                11 Baghdad Baghdad NNP 9 nmod
                """)));
    }

    @Test
    void wordsAboutAHappeningSomewhereAreAboutThatCountryButNotWordsSaidThere() {
        assertEquals(List.of("SYRGOV>IRQ:051"), summary(code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 winners winner NNS 2 obj
                4 of of IN 5 case
                5 elections election NNS 3 nmod
                6 in in IN 8 case
                7 Iraq Iraq NNP 8 nmod:poss
                8 north north NN 5 nmod
                """)), "the place of what he praised, named by its owner");
        assertEquals(List.of(), summary(code(DATE, """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 winners winner NNS 2 obj
                4 in in IN 5 case
                5 Baghdad Baghdad NNP 2 obl
                """)), "where he spoke is no one he praised");
    }

    @Test
    void aLowerCaseNameRightAfterACapitalisedTitleIsStillThePerson() {
        assertEquals(List.of("USAELI>RUSGOV:051"), summary(code(DATE, """
                1 President President NNP 2 compound
                2 bush bush NNP 3 nsubj
                3 congratulated congratulate VBD 0 root
                4 Putin Putin NNP 3 obj
                """)));
        assertEquals(List.of(), summary(code(DATE, """
                1 the the DT 2 det
                2 bush bush NN 3 nsubj
                3 congratulated congratulate VBD 0 root
                4 Putin Putin NNP 3 obj
                """)), "a lower-case common noun is no name");
    }

    @Test
    void anAgentOfAnInternationalBodyKeepsTheBodysWholeCode() {
        assertEquals(List.of("IGOUNOMIL>SYR:190"), summary(code(DATE, """
                1 Hundreds hundred NNS 5 nsubj
                2 of of IN 4 case
                3 UN UN NNP 4 compound
                4 troops troops NNS 1 nmod
                5 attacked attack VBD 0 root
                6 Syria Syria NNP 5 obj
                """)));
    }

    @Test
    void whatARelativeClauseSaysSomeoneHasDoneIsBackgroundUnlessItIsDated() {
        String background = """
                1 Assad Assad NNP 2 nsubj
                2 congratulated congratulate VBD 0 root
                3 Putin Putin NNP 2 obj
                4 , , , 7 punct
                5 who who WP 7 nsubj
                6 has have VBZ 7 aux
                7 attacked attack VBN 3 acl:relcl
                8 Iraq Iraq NNP 7 obj
                """;
        assertEquals(List.of("SYRGOV>RUSGOV:051"), summary(code(DATE, background)));
        String past = background.replace("6 has have VBZ 7 aux", "6 then then RB 7 advmod")
                .replace("7 attacked attack VBN", "7 attacked attack VBD");
        assertTrue(summary(code(DATE, past)).contains("RUSGOV>IRQ:190"), "a simple past is news");
    }

    @Test
    void aWeaponIsNeverTheRecipientAndItsOwnClauseCanNameWhoUsedIt() {
        List<String> coded = summary(code(DATE, """
                1 Syria Syria NNP 4 nsubj:pass
                2 was be VBD 4 aux:pass
                3 then then RB 4 advmod
                4 attacked attack VBN 0 root
                5 by by IN 7 case
                6 a a DT 7 det
                7 missile missile NN 4 obl:agent
                8 fired fire VBN 7 acl
                9 by by IN 10 case
                10 rebels rebel NNS 8 obl:agent
                """));
        assertTrue(coded.contains("SYRREB>SYR:190") || coded.contains("---REB>SYR:190"), coded.toString());
        assertTrue(coded.stream().noneMatch(x -> x.contains(">---MIL")), "the missile is no recipient: " + coded);
    }

    @Test
    void forcesLedByACountryAreItsAndACompassWordBeforeAPlaceNamesNoOne() {
        assertEquals(List.of("SYRMIL>IRQ:190"), summary(code(DATE, """
                1 Syrian Syrian JJ 3 dep
                2 - - HYPH 3 punct
                3 led lead VBN 4 amod
                4 troops troops NNS 5 nsubj
                5 attacked attack VBD 0 root
                6 Iraq Iraq NNP 5 obj
                """)));
        ActorDictionary withWest = ActorDictionary.builder()
                .addCountries(Fixtures.rows("c", "IRQ ; Iraq ; Iraqi ; Iraqis ; Baghdad"))
                .addOrganizations(Fixtures.rows("o", "WST ; Western ;  ; group")).build();
        DocumentActors doc = new ActorStage(withWest).annotate(Parses.document("t", DATE, """
                1 Western Western JJ 2 amod
                2 Iraq Iraq NNP 3 nsubj
                3 suffered suffer VBD 0 root
                """));
        assertTrue(doc.mentions(0).stream().noneMatch(m -> m.name().equals("Western")), "Western Iraq is a place");
    }

    @Test
    void whereAGroupIsBasedSaysNothingOfWhatTheStoryIsAboutEvenSplitAtTheHyphen() {
        assertEquals(List.of("IRQREB>IRQ:190"), summary(code(DATE, """
                1 Rebels rebel NNS 2 nsubj
                2 attacked attack VBD 10 ccomp
                3 Iraq Iraq NNP 2 obj
                4 , , , 10 punct
                5 a a DT 9 det
                6 US US NNP 8 obl:npmod
                7 - - HYPH 8 punct
                8 based base VBN 9 amod
                9 group group NN 10 nsubj
                10 said say VBD 0 root
                """)));
    }

    private static final ActorStage WITH_PLACES = new ActorStage(ActorDictionary.builder()
            .addCountries(Fixtures.rows("c", "SYR ; Syria ; Syrian ; Syrians ; Damascus",
                    "IRQ ; Iraq ; Iraqi ; Iraqis ; Baghdad"))
            .addPlaces(Fixtures.rows("p", "SYR ; Aleppo ; city"))
            .addPeople(Fixtures.rows("pp", "Bashar al-Assad|Assad ; SYRGOV ; President ; 2000-07-17 ; 2024-12-08"))
            .build());

    private static List<String> withPlaces(String... sentences) {
        return summary(CODER.code(WITH_PLACES.annotate(Parses.document("t", DATE, sentences))));
    }

    @Test
    void aPlaceDoesNotActThroughTheThingsItNamesNorStandForAPronoun() {
        assertEquals(List.of(), withPlaces("""
                1 The the DT 3 det
                2 Aleppo Aleppo NNP 3 compound
                3 airport airport NN 4 nsubj
                4 attacked attack VBD 0 root
                5 Iraq Iraq NNP 4 obj
                """), "the Aleppo airport is no one");
        assertEquals(List.of(), withPlaces("""
                1 Aleppo Aleppo NNP 2 nsubj
                2 suffered suffer VBD 0 root
                """, """
                1 It it PRP 2 nsubj
                2 attacked attack VBD 0 root
                3 Iraq Iraq NNP 2 obj
                """), "'it' is not the city");
    }

    @Test
    void talksHeldInAPlaceAreNotThePlacesTalksWithTheVisitor() {
        assertEquals(List.of("SYRGOV>SYR:040"), withPlaces("""
                1 Assad Assad NNP 2 nsubj
                2 met meet VBD 0 root
                3 in in IN 4 case
                4 Aleppo Aleppo NNP 2 obl
                """));
    }
}
