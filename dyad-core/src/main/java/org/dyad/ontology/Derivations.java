package org.dyad.ontology;

import org.dyad.model.CameoCode;
import org.dyad.model.PloverCoding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.resources.DataFile;

/**
 * How an act's CAMEO code becomes the code of an intent, appeal, demand or refusal to do it: "promised to
 * send aid" is 033 because sending aid is 07x. Read from {@code dyad/ontology/derivations.tsv}; a code
 * uses the row of its longest listed prefix.
 */
public final class Derivations {

    /** The derived forms of an act. */
    public enum Form { INTENT, APPEAL, DEMAND, REJECT }

    private final Map<String, CameoCode[]> rows;

    private Derivations(Map<String, CameoCode[]> rows) {
        this.rows = rows;
    }

    public static Derivations load(CameoCodebook codebook) {
        Map<String, CameoCode[]> rows = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.resource("dyad/ontology/derivations.tsv")) {
            String act = CameoCode.parse(row.get(0)).value();
            CameoCode[] forms = new CameoCode[Form.values().length];
            for (Form f : Form.values()) {
                CameoCode c = CameoCode.parse(row.get(1 + f.ordinal()));
                if (!codebook.contains(c.value())) {
                    throw row.error("code " + c + " is not in the codebook");
                }
                forms[f.ordinal()] = c;
            }
            rows.put(act, forms);
        }
        return new Derivations(rows);
    }

    /**
     * The derived code, through the act code's longest listed prefix; empty if no row covers it, or if the
     * code is a user's code outside CAMEO ({@link CameoCode#user}), which is carried through unchanged.
     */
    public Optional<CameoCode> derive(CameoCode act, Form form) {
        if (!act.isCameo()) {
            return Optional.empty();
        }
        for (CameoCode c = act; ; c = c.parent()) {
            CameoCode[] forms = rows.get(c.value());
            if (forms != null) {
                return Optional.of(forms[form.ordinal()]);
            }
            if (c.value().length() == 2) {
                return Optional.empty();
            }
        }
    }
}
