package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dyad.ontology.Derivations;
import org.dyad.ontology.Ontology;
import org.dyad.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Event codes that users' dictionaries declare outside CAMEO. */
class UserCodeTest {

    @Test
    void parseStaysStrictAboutCameo() {
        assertThrows(IllegalArgumentException.class, () -> CameoCode.parse("903"));
        assertThrows(IllegalArgumentException.class, () -> CameoCode.parse("075A"));
        assertTrue(CameoCode.parse("0874").isCameo());
    }

    @Test
    void userCodeHasNoQuadGoldsteinOrPlover() {
        Ontology o = Fixtures.ontology();
        CameoCode c = CameoCode.user("903");
        assertFalse(c.isCameo());
        assertEquals(0, c.quad());
        assertTrue(Double.isNaN(o.goldstein(c)));
        assertTrue(o.plover(c).isEmpty());
        assertFalse(CameoCode.user("075A").isCameo());
    }

    @Test
    void userCodeIsNotDerivedIntoIntentsOrRefusals() {
        Derivations d = Fixtures.ontology().derivations();
        assertTrue(d.derive(CameoCode.user("174L"), Derivations.Form.INTENT).isEmpty());
        assertTrue(d.derive(CameoCode.user("903"), Derivations.Form.REJECT).isEmpty());
    }

    @Test
    void cameoShapedCodeOutsideTheCodebookInheritsItsParent() {
        CameoCode c = CameoCode.user("1717");
        assertTrue(c.isCameo());
        assertEquals(4, c.quad());
        assertEquals(Fixtures.ontology().goldstein(CameoCode.parse("171")), Fixtures.ontology().goldstein(c));
    }

    @Test
    void rejectsWhatNoDictionaryCouldMean() {
        assertThrows(IllegalArgumentException.class, () -> CameoCode.user("+++"));
        assertThrows(IllegalArgumentException.class, () -> CameoCode.user("def"));
    }
}
