package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.testing.Parses;
import org.junit.jupiter.api.Test;

/** The parser errors that Conllu.normalise repairs, written as CoreNLP made them. */
class ParseRepairsTest {

    private static String arc(Sentence s, String word) {
        for (Token t : s.tokens()) {
            if (t.text().equals(word)) {
                return t.rel() + "->" + (t.head() < 0 ? "ROOT" : s.token(t.head()).text());
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void aNounAfterAVerbWithNoObjectIsItsObjectNotTheParticiplesSubject() {
        Sentence s = Parses.sentence(0, 0, """
                1 Supporters supporter NNS 2 nsubj
                2 blocked block VBD 0 root
                3 roads road NNS 7 nsubj
                4 in in IN 6 case
                5 the the DT 6 det
                6 capital capital NN 3 nmod
                7 demanding demand VBG 2 dep
                8 elections election NNS 7 obj
                """);
        assertEquals("obj->blocked", arc(s, "roads"));
        assertEquals("advcl->blocked", arc(s, "demanding"));
    }

    @Test
    void aReducedRelativeTakenForAClauseIsMendedToo() {
        Sentence s = Parses.sentence(0, 0, """
                1 A a DT 2 det
                2 court court NN 4 nsubj
                3 has have VBZ 4 aux
                4 issued issue VBN 0 root
                5 warrants warrant NNS 9 nsubj
                6 for for IN 8 case
                7 two two CD 8 nummod
                8 men man NNS 5 nmod
                9 sought seek VBD 4 ccomp
                10 in in IN 12 case
                11 the the DT 12 det
                12 slaying slaying NN 9 obl
                """);
        assertEquals("obj->issued", arc(s, "warrants"));
        assertEquals("acl->men", arc(s, "sought"));
        Sentence said = Parses.sentence(0, 0, """
                1 Officials official NNS 2 nsubj
                2 said say VBD 0 root
                3 troops troop NNS 4 nsubj
                4 withdrew withdraw VBD 2 ccomp
                5 overnight overnight RB 4 advmod
                """);
        assertEquals("nsubj->withdrew", arc(said, "troops"), "a real clause after a verb with no object stays");
    }

    @Test
    void aParticiplesRealSubjectStays() {
        Sentence s = Parses.sentence(0, 0, """
                1 Police police NNS 2 nsubj
                2 said say VBD 0 root
                3 protesters protester NNS 4 nsubj
                4 chanting chant VBG 2 ccomp
                5 slogans slogan NNS 4 obj
                """);
        assertEquals("nsubj->chanting", arc(s, "protesters"), "a ccomp is not a participle hanging on the verb");
        Sentence t = Parses.sentence(0, 0, """
                1 Troops troop NNS 2 nsubj
                2 fired fire VBD 0 root
                3 shots shot NNS 2 obj
                4 villagers villager NNS 5 nsubj
                5 fleeing flee VBG 2 dep
                """);
        assertEquals("nsubj->fleeing", arc(t, "villagers"), "the verb has its object already");
    }

    @Test
    void aSubjectHungOnThePhraseBeforeItReturnsToTheMainVerb() {
        Sentence s = Parses.sentence(0, 0, """
                1 With with IN 3 case
                2 the the DT 3 det
                3 signing signing NN 12 obl
                4 of of IN 5 case
                5 truce truce NN 3 nmod
                6 , , , 5 punct
                7 the the DT 9 det
                8 Sudanese Sudanese JJ 9 amod
                9 government government NN 5 appos
                10 and and CC 11 cc
                11 rebels rebel NNS 9 conj
                12 agreed agree VBD 0 root
                13 to to TO 14 mark
                14 talk talk VB 12 xcomp
                """);
        assertEquals("nsubj->agreed", arc(s, "government"));
        assertEquals("conj->government", arc(s, "rebels"));
    }

    @Test
    void anAppositionFollowedByAVerbWithASubjectStays() {
        Sentence s = Parses.sentence(0, 0, """
                1 Assad Assad NNP 6 nsubj
                2 , , , 4 punct
                3 the the DT 4 det
                4 president president NN 1 appos
                5 , , , 4 punct
                6 spoke speak VBD 0 root
                """);
        assertEquals("appos->Assad", arc(s, "president"));
    }

    @Test
    void aReducedRelativeTakenForAClausalSubjectGoesBackOnItsNoun() {
        Sentence s = Parses.sentence(0, 0, """
                1 The the DT 2 det
                2 civilians civilian NNS 3 nsubj
                3 imprisoned imprison VBN 7 csubj:pass
                4 last last JJ 5 amod
                5 year year NN 3 obl:tmod
                6 were be VBD 7 aux:pass
                7 released release VBN 0 root
                """);
        assertEquals("nsubj:pass->released", arc(s, "civilians"));
        assertEquals("acl->civilians", arc(s, "imprisoned"));
    }

    @Test
    void aReducedRelativeTakenForTheMainVerbGivesWayToTheRealOne() {
        Sentence s = Parses.sentence(0, 0, """
                1 A a DT 2 det
                2 report report NN 3 nsubj
                3 released release VBN 0 root
                4 in in IN 5 case
                5 Kigali Kigali NNP 3 obl
                6 alleged allege VBD 3 dep
                7 that that IN 9 mark
                8 France France NNP 9 nsubj
                9 killed kill VBD 6 ccomp
                10 civilians civilian NNS 9 obj
                11 . . . 3 punct
                """);
        assertEquals("root->ROOT", arc(s, "alleged"));
        assertEquals("nsubj->alleged", arc(s, "report"));
        assertEquals("acl->report", arc(s, "released"));
        assertEquals("obl->released", arc(s, "Kigali"));
        assertEquals("punct->alleged", arc(s, "."));
        Sentence passive = Parses.sentence(0, 0, """
                1 Troops troop NNS 3 nsubj:pass
                2 were be VBD 3 aux:pass
                3 deployed deploy VBN 0 root
                4 officials official NNS 5 nsubj
                5 said say VBD 3 dep
                """);
        assertEquals("root->ROOT", arc(passive, "deployed"), "a passive with its auxiliary is a main verb");
    }
}
