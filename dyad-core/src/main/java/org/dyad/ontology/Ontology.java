package org.dyad.ontology;

import org.dyad.model.CameoCode;
import org.dyad.model.PloverCoding;

import java.util.Optional;

/** CAMEO, PLOVER and the ways between them, loaded once. */
public record Ontology(CameoCodebook cameo, Plover plover, Derivations derivations) {

    public static Ontology load() {
        CameoCodebook cameo = CameoCodebook.load();
        return new Ontology(cameo, Plover.load(), Derivations.load(cameo));
    }

    public double goldstein(CameoCode code) {
        return cameo.goldstein(code);
    }

    public Optional<PloverCoding> plover(CameoCode code) {
        return plover.map(code);
    }
}
