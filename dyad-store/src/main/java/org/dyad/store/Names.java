package org.dyad.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.ontology.CameoCodebook;
import org.dyad.resources.DataFile;

/**
 * Words for codes, for the exports that spell them out: country names (Dyad's countries file), sector
 * names, CAMEO event names (Dyad's codebook). Loaded once per export.
 */
final class Names {

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> sectors = new HashMap<>();
    private final CameoCodebook cameo;

    private Names(CameoCodebook cameo) {
        this.cameo = cameo;
    }

    static Names load() {
        Names n = new Names(CameoCodebook.load());
        for (DataFile.Row r : DataFile.resource("dyad/actors/countries.tsv")) {
            List<String> names = DataFile.values(r.get(1));
            if (!names.isEmpty()) {
                n.countries.put(r.get(0), names.get(0));
            }
        }
        for (DataFile.Row r : DataFile.resource("org/dyad/store/sectors.tsv")) {
            n.sectors.put(r.get(0), r.get(1));
        }
        return n;
    }

    Optional<String> country(String code) {
        return Optional.ofNullable(code).map(c -> countries.getOrDefault(c, c));
    }

    /** The sectors of an actor code, spelled out and comma-separated ("Government,Military"). */
    String sectors(String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        ActorCode c = new ActorCode(code);
        List<String> groups = new java.util.ArrayList<>(c.sectors());
        if (c.country().isEmpty() && !c.root().equals("---") && !c.root().equals("WST")) {
            groups.add(0, c.root());
        }
        StringBuilder out = new StringBuilder();
        for (String g : groups) {
            String name = sectors.get(g);
            if (name != null) {
                out.append(out.length() > 0 ? "," : "").append(name);
            }
        }
        return out.toString();
    }

    Optional<String> event(String code) {
        return cameo.get(code).map(CameoCodebook.Entry::name);
    }
}
