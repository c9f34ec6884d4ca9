package org.dyad.testing;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.coding.Lexicon;
import org.dyad.ontology.Ontology;
import org.dyad.resources.DataFile;
import org.dyad.resources.Resources;

/**
 * Shared test resources, loaded once per test JVM: Dyad's bundled resources, and small hand-written
 * dictionaries and lexicons so that mechanism tests do not depend on the bundled data's contents.
 */
public final class Fixtures {

    private static Resources bundled;
    private static Ontology ontology;

    private Fixtures() {
    }

    public static synchronized Resources bundled() {
        if (bundled == null) {
            bundled = Resources.load();
        }
        return bundled;
    }

    public static synchronized Ontology ontology() {
        if (ontology == null) {
            ontology = bundled != null ? bundled.ontology() : Ontology.load();
        }
        return ontology;
    }

    /** Rows written in a test: fields separated by " ; " (a TAB in the real files), values by "|". */
    public static List<DataFile.Row> rows(String source, String... lines) {
        List<DataFile.Row> out = new ArrayList<>();
        int n = 0;
        for (String l : lines) {
            n++;
            out.add(new DataFile.Row(source, n, List.of(l.split(" ; ", -1))));
        }
        return out;
    }

    /** A small actor dictionary for mechanism tests. */
    public static ActorDictionary miniActors() {
        return ActorDictionary.builder()
                .addCountries(rows("test-countries",
                        "SYR ; Syria ; Syrian ; Syrians ; Damascus",
                        "IRN ; Iran ; Iranian ; Iranians ; Tehran",
                        "PRK ; North Korea ; North Korean ; North Koreans ; Pyongyang",
                        "USA ; United States|U.S.|US ; American ; Americans ; Washington|White House",
                        "RUS ; Russia ; Russian ; Russians ; Moscow|Kremlin",
                        "ISR ; Israel ; Israeli ; Israelis ; Jerusalem",
                        "IRQ ; Iraq ; Iraqi ; Iraqis ; Baghdad"))
                .addOrganizations(rows("test-orgs",
                        "IGOUNO ; United Nations|U.N.|UN ;  ; igo",
                        "PRKMED ; KCNA ; PRK ; media"))
                .addAgents(rows("test-agents",
                        "president ; GOV", "government ; GOV", "leader ; GOV", "troops ; MIL", "military ; MIL",
                        "rebel ; REB", "opposition ; OPP", "opponent ; OPP", "parliament ; LEG", "speaker ; LEG",
                        "spokesman ; GOV", "ministry ; GOV", "police ; COP"))
                .addPeople(rows("test-people",
                        "Bashar al-Assad|Bashar Assad|Assad ; SYRGOV ; President ; 2000-07-17 ; 2024-12-08",
                        "Vladimir Putin|Putin ; RUSGOV ; Prime Minister ; 1999-08-16 ; 2000-05-07",
                        "Vladimir Putin|Putin ; RUSGOV ; President ; 2000-05-07 ; 2008-05-07",
                        "Vladimir Putin|Putin ; RUSGOV ; Prime Minister ; 2008-05-08 ; 2012-05-07",
                        "Vladimir Putin|Putin ; RUSGOV ; President ; 2012-05-07 ; ",
                        "Ali Larijani|Larijani ; IRNLEG ; Speaker ; 2008-05-28 ; 2020-05-28",
                        "Kim Jong Un|Kim Jong-un ; PRKGOV ; Supreme Leader ; 2011-12-17 ; ",
                        "William Hague|William Hague ; GBRGOV ; Foreign Secretary ; 2010-05-12 ; 2014-07-14",
                        "George W. Bush|Bush ; USAGOV ; President ; 2001-01-20 ; 2009-01-20"))
                .build();
    }

    /** A small lexicon for mechanism tests, over the bundled codebook. */
    public static Lexicon miniLexicon() {
        return Lexicon.builder(ontology().cameo())
                .addVerbs(rows("test-verbs",
                        "congratulate ; * ; 051",
                        "thank ; * ; 051",
                        "attack ; * ; 190",
                        "accuse ; * ; 112",
                        "meet ; * ; 040",
                        "send ; * ; @same",
                        "extend ; * ; @same",
                        "promise ; xcomp ; @intent",
                        "urge ; xcomp ; @appeal",
                        "refuse ; xcomp ; @reject",
                        "receive ; * ; @reverse",
                        "provide ; * ; @same",
                        "send ; obj:troops ; 150",
                        "subject ; prep:to ; @reverse",
                        "lack ; obj:legitimacy src:speaker tgt:subj ; 111",
                        "lend ; * ; @same",
                        "designate ; has:evil ; 111",
                        "sanction ; * ; 163",
                        "include ; * ; @extend",
                        "give ; * ; @same",
                        "kill ; * ; 190",
                        "protest ; * ; 141",
                        "demand ; * ; 100"))
                .addNouns(rows("test-nouns",
                        "congratulation ; * ; 051",
                        "message ; mod:congratulatory ; 051",
                        "aid ; * ; 070",
                        "support ; * ; 051",
                        "sanction ; * ; 163",
                        "attack ; * ; 190",
                        "shelling ; * ; 194",
                        "permission ; * ; 080"))
                .build();
    }
}
