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

    /** The code's Goldstein value; NaN for a user's code outside CAMEO. */
    public double goldstein(CameoCode code) {
        return code.isCameo() ? cameo.goldstein(code) : Double.NaN;
    }

    /** The code's PLOVER coding; empty for a user's code outside CAMEO. */
    public Optional<PloverCoding> plover(CameoCode code) {
        return code.isCameo() ? plover.map(code) : Optional.empty();
    }
}
