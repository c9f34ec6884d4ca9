package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dyad.model.DateRange;
import org.dyad.model.Sentence;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;
import org.dyad.testing.Parses;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/** Reading TABARI/PETRARCH actor and agent dictionaries. */
class PetrarchActorsTest {

    private static ActorDictionary actors(String text) {
        ActorDictionary.Builder b = ActorDictionary.builder();
        PetrarchActors.read("test.actors", PetrarchText.read("test.actors", new StringReader(text)), b);
        return b.build();
    }

    private static Optional<ActorDictionary.Match> name(ActorDictionary d, String... words) {
        StringBuilder spec = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            spec.append(i + 1).append(' ').append(words[i]).append(' ').append(words[i]).append(" NNP 0 root\n");
        }
        Sentence s = Parses.sentence(0, 0, spec.toString());
        return d.matchName(s, 0);
    }

    private static String codeAt(Person p, String day) {
        return p.at(DateRange.day(LocalDate.parse(day))).get().code().value();
    }

    @Test
    void threeLetterCodeIsACountryWithItsSynonyms() {
        ActorDictionary d = actors("""
                DENMARK  [DNK]
                +DANISH
                +ZEALAND
                GAZA_CITY [PSEGZA]
                """);
        assertTrue(d.isCountry("DNK"));
        Entry e = name(d, "Danish").get().entries().get(0);
        assertEquals("DNK", ((Entry.Country) e).code());
        Entry.Organization gaza = (Entry.Organization) name(d, "Gaza", "City").get().entries().get(0);
        assertEquals("PSEGZA", gaza.code().value());
        assertEquals(Optional.of("PSE"), gaza.country());
    }

    @Test
    void datedCodesMakeAPersonWhoseCodeDependsOnTheDate() {
        ActorDictionary d = actors("""
                GOLLUM  # pas 27 Apr 03
                +SMEAGOL
                	[HOB < 950601]
                	[HOBGOV 19950601 - 19990815]
                	[HOBREB > 990816]
                ZIMBABWE
                	[RHO <790606]
                	[ZBW]#jw 9/30/91
                """);
        Person gollum = d.person("Gollum").get();
        assertEquals("HOB", codeAt(gollum, "1995-01-01"));
        assertEquals("HOBGOV", codeAt(gollum, "1995-11-01"));
        assertEquals("HOBREB", codeAt(gollum, "2001-01-01"));
        assertTrue(name(d, "Smeagol").get().entries().get(0) instanceof Entry.PersonName);
        Person zimbabwe = d.person("Zimbabwe").get();
        assertEquals("RHO", codeAt(zimbabwe, "1978-12-23"));
        assertEquals("ZBW", codeAt(zimbabwe, "2001-01-01"));
    }

    @Test
    void latestStartingRoleWinsOnADayTwoRangesShare() {
        ActorDictionary d = actors("""
                SAM_GAMGEE [HOB]
                	[HOBMIL 20080120-20121109]
                	[ORCHOB 20100109-20100112]
                """);
        assertEquals("ORCHOB", codeAt(d.person("Sam Gamgee").get(), "2010-01-10"));
        assertEquals("HOBMIL", codeAt(d.person("Sam Gamgee").get(), "2010-01-13"));
        assertEquals("HOB", codeAt(d.person("Sam Gamgee").get(), "2001-01-13"));
    }

    @Test
    void codesDyadCannotHoldAreReportedNotImported() {
        ActorDictionary.Builder b = ActorDictionary.builder();
        ImportReport r = PetrarchActors.read("t", PetrarchText.read("t", new StringReader("""
                ISILDUR  [+++]
                ITHILEN TELEVISION  [ITHTV]
                LORIEN  [ELR/GAL]
                """)), b);
        assertEquals(2, r.get("skipped entries"));
        // an undated "[ELR/GAL]" is a compound actor: an entry for each code under the same names
        assertEquals(1, r.get("compound codes"));
        assertEquals(0, r.get("multiple codes, first kept"));
    }

    @Test
    void validationSuiteActorsAreRead() {
        ActorDictionary.Builder b = ActorDictionary.builder();
        ImportReport r = PetrarchActors.read(Shared.path("suites/petrarch1/PETR.Validate.actors.txt"), b);
        ActorDictionary d = b.build();
        assertTrue(r.get("countries") > 80, r.summary());
        assertEquals(List.of("ARN"), name(d, "Arnor").get().entries().stream()
                .map(e -> ((Entry.Country) e).code()).toList());
        assertTrue(name(d, "Minas", "Tirith").isPresent());
    }

    @Test
    void agentsExpandSubstitutionsAndPlurals() {
        ActorDictionary.Builder b = ActorDictionary.builder();
        ImportReport r = PetrarchAgents.read("t", PetrarchText.read("t", new StringReader("""
                !PERSON! = MAN, MEN, WOMAN
                CONGRESS!PERSON! [~LEG] # pas
                ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
                MSF {}  [NGO~]
                POLICE {} [ ~COP]
                """)), b);
        ActorDictionary d = b.build();
        Sentence s = Parses.sentence(0, 0, """
                1 congresswomen congresswoman NNS 0 root
                2 attorneys attorney NNS 1 dep
                3 general general NN 1 dep
                """);
        assertEquals("LEG", ((Entry.Agent) d.matchAgent(s, 0).get().entries().get(0)).sector());
        assertEquals(2, d.matchAgent(s, 1).get().last());
        assertEquals(1, r.get("sector before the country, added after it"));
        assertEquals(4, r.get("agents"));
    }
}
