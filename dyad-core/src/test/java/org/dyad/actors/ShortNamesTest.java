package org.dyad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dyad.model.DateRange;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** A person named in full, then by a surname the dictionaries leave out on its own. */
class ShortNamesTest {

    private static final ActorStage STAGE = new ActorStage(Fixtures.miniActors());
    private static final LocalDate DATE = LocalDate.of(2014, 6, 6);

    private static String codeOf(DocumentActors doc, int sentence, int token) {
        return doc.resolve(sentence, token, DateRange.day(DATE)).flatMap(a -> a.code()).map(c -> c.value()).orElse("-");
    }

    @Test
    void aSurnameAfterTheFullNameIsThatPerson() {
        DocumentActors doc = STAGE.annotate(Parses.document("t", DATE, """
                1 William William NNP 2 compound
                2 Hague Hague NNP 3 nsubj
                3 spoke speak VBD 0 root
                """, """
                1 Hague Hague NNP 2 nsubj
                2 left leave VBD 0 root
                """));
        assertEquals("GBRGOV", codeOf(doc, 1, 0));
    }

    @Test
    void aSurnameBeforeTheFullNameStaysUnknown() {
        DocumentActors doc = STAGE.annotate(Parses.document("t", DATE, """
                1 Hague Hague NNP 2 nsubj
                2 left leave VBD 0 root
                """, """
                1 William William NNP 2 compound
                2 Hague Hague NNP 3 nsubj
                3 spoke speak VBD 0 root
                """));
        assertEquals("-", codeOf(doc, 0, 0));
    }

    @Test
    void aSurnameTwoOfTheDocumentsPeopleShareStaysUnknown() {
        DocumentActors doc = STAGE.annotate(Parses.document("t", DATE, """
                1 William William NNP 2 compound
                2 Hague Hague NNP 3 nsubj
                3 spoke speak VBD 0 root
                """, """
                1 Jim Jim NNP 2 compound
                2 Hague Hague NNP 3 nsubj
                3 spoke speak VBD 0 root
                """, """
                1 Hague Hague NNP 2 nsubj
                2 left leave VBD 0 root
                """));
        assertEquals("-", codeOf(doc, 2, 0));
    }
    @Test
    void theHouseIsTheLegislatureTheDocumentNames() {
        DocumentActors doc = STAGE.annotate(Parses.document("t", DATE, """
                1 Ali Ali NNP 2 compound
                2 Larijani Larijani NNP 3 nsubj
                3 spoke speak VBD 0 root
                """, """
                1 The the DT 2 det
                2 House House NNP 3 nsubj
                3 voted vote VBD 0 root
                """));
        assertEquals("IRNLEG", codeOf(doc, 1, 1));
        DocumentActors alone = STAGE.annotate(Parses.document("t", DATE, """
                1 The the DT 2 det
                2 House House NNP 3 nsubj
                3 voted vote VBD 0 root
                """));
        assertEquals("-", codeOf(alone, 0, 1), "no legislature named: no country to give it");
    }
    @Test
    void aBracketedPartyTagIsTheParty() {
        DocumentActors doc = STAGE.annotate(Parses.document("t", DATE, """
                1 Cruz Cruz NNP 7 nsubj
                2 ( ( -LRB- 3 punct
                3 R R NNP 1 appos
                4 - - HYPH 5 punct
                5 Texas Texas NNP 3 compound
                6 ) ) -RRB- 3 punct
                7 spoke speak VBD 0 root
                """, """
                1 R R NNP 2 nsubj
                2 spoke speak VBD 0 root
                """));
        assertEquals("USAPTY", codeOf(doc, 0, 2));
        assertEquals("-", codeOf(doc, 1, 0), "a bare letter is no party");
    }
    @Test
    void anOutletNamedInFullIsThenItsLastWord() {
        ActorStage stage = new ActorStage(ActorDictionary.builder()
                .addOrganizations(Fixtures.rows("o", "USAMED ; Washington Post ; USA ; media",
                        "USALEG ; Ways and Means Committee ; USA ; body"))
                .build());
        DocumentActors doc = stage.annotate(Parses.document("t", DATE, """
                1 The the DT 3 det
                2 Washington Washington NNP 3 compound
                3 Post Post NNP 4 nsubj
                4 reported report VBD 0 root
                """, """
                1 The the DT 2 det
                2 Post Post NNP 3 nsubj
                3 said say VBD 0 root
                """, """
                1 Ways Ways NNP 4 compound
                2 and and CC 3 cc
                3 Means Means NNP 1 conj
                4 Committee Committee NNP 5 nsubj
                5 met meet VBD 0 root
                """, """
                1 The the DT 2 det
                2 Committee Committee NNP 3 nsubj
                3 met meet VBD 0 root
                """));
        assertEquals("USAMED", codeOf(doc, 1, 1));
        assertEquals("-", codeOf(doc, 3, 1), "only outlets are named by their last word");
    }
}
