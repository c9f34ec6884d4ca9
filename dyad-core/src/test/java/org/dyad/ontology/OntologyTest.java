package org.dyad.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dyad.model.CameoCode;
import org.dyad.testing.Fixtures;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/** Dyad's ontology tables, checked against the public codebooks in ../shared/reference. */
class OntologyTest {

    private final Ontology ontology = Fixtures.ontology();

    private static List<String[]> tsv(String name) throws IOException {
        return Files.readAllLines(Shared.path("reference/" + name)).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
    }

    @Test
    void codebookHasEveryCameoCodeOfTheReference() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (String[] r : tsv("cameo_codes.tsv")) {
            if (!ontology.cameo().contains(r[0])) {
                missing.add(r[0]);
            }
        }
        assertEquals(Set.of(), missing);
        assertEquals(20, ontology.cameo().entries().stream().filter(e -> e.code().value().length() == 2).count());
    }

    @Test
    void goldsteinValuesAgreeWithTheCameoTable() throws IOException {
        Map<String, String> wrong = new HashMap<>();
        for (String[] r : tsv("goldstein.tsv")) {
            if (r[1].isEmpty() || !ontology.cameo().contains(r[0])) {
                continue;
            }
            double ours = ontology.goldstein(CameoCode.parse(r[0]));
            if (Math.abs(ours - Double.parseDouble(r[1])) > 1e-9) {
                wrong.put(r[0], ours + " vs " + r[1]);
            }
        }
        assertEquals(Map.of(), wrong);
    }

    @Test
    void ploverHasSixteenTypesWithTheirQuadClasses() throws IOException {
        assertEquals(16, ontology.plover().types().size());
        for (String[] r : tsv("plover_event_types.tsv")) {
            Plover.Type t = ontology.plover().types().get(r[0]);
            assertTrue(t != null, r[0]);
            assertEquals(Integer.parseInt(r[2]), t.quad(), r[0]);
        }
        assertEquals(37, ontology.plover().contexts().size());
        assertTrue(ontology.plover().modes("ASSAULT").contains("aerial"));
    }

    @Test
    void everyCameoCodeOutsideStatementsMapsToPlover() {
        for (var e : ontology.cameo().entries()) {
            boolean statement = e.code().root().equals("01");
            assertEquals(!statement, ontology.plover(e.code()).isPresent(), e.code().value());
        }
    }

    @Test
    void cameoRootsMapAsThePloverManualSays() {
        Map<String, String> manual = Map.ofEntries(Map.entry("03", "AGREE"), Map.entry("04", "CONSULT"),
                Map.entry("05", "SUPPORT"), Map.entry("06", "COOPERATE"), Map.entry("07", "AID"),
                Map.entry("09", "ACCUSE"), Map.entry("10", "REQUEST"), Map.entry("11", "ACCUSE"),
                Map.entry("12", "REJECT"), Map.entry("13", "THREATEN"), Map.entry("14", "PROTEST"),
                Map.entry("15", "MOBILIZE"), Map.entry("16", "SANCTION"), Map.entry("17", "COERCE"),
                Map.entry("18", "ASSAULT"), Map.entry("19", "ASSAULT"), Map.entry("20", "ASSAULT"));
        manual.forEach((root, type) -> assertEquals(type,
                ontology.plover(CameoCode.parse(root)).get().type(), root));
        assertEquals("RETREAT", ontology.plover(CameoCode.parse("0874")).get().type());
        assertEquals("CONCEDE", ontology.plover(CameoCode.parse("081")).get().type());
    }

    @Test
    void quadClassFollowsTheRoot() {
        assertEquals(1, CameoCode.parse("051").quad());
        assertEquals(2, CameoCode.parse("0874").quad());
        assertEquals(3, CameoCode.parse("112").quad());
        assertEquals(4, CameoCode.parse("190").quad());
    }

    @Test
    void derivedFormsOfAnActAreCodesOfTheCodebook() {
        Derivations d = ontology.derivations();
        assertEquals("033", d.derive(CameoCode.parse("070"), Derivations.Form.INTENT).get().value());
        assertEquals("0332", d.derive(CameoCode.parse("072"), Derivations.Form.INTENT).get().value());
        assertEquals("138", d.derive(CameoCode.parse("190"), Derivations.Form.INTENT).get().value());
        assertEquals("1041", d.derive(CameoCode.parse("0831"), Derivations.Form.DEMAND).get().value());
        assertEquals("125", d.derive(CameoCode.parse("042"), Derivations.Form.REJECT).get().value());
        assertFalse(d.derive(CameoCode.parse("112"), Derivations.Form.INTENT).isPresent());
    }
}
