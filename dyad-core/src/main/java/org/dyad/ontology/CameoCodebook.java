package org.dyad.ontology;

import org.dyad.model.CameoCode;
import org.dyad.model.PloverCoding;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.resources.DataFile;

/** The CAMEO event codebook: every code with its name, Goldstein value and description. */
public final class CameoCodebook {

    /** One codebook entry. */
    public record Entry(CameoCode code, String name, double goldstein, String description) {
    }

    private final Map<String, Entry> entries;

    private CameoCodebook(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** Loads {@code dyad/ontology/cameo.tsv} (format: docs/data-formats.md). */
    public static CameoCodebook load() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.resource("dyad/ontology/cameo.tsv")) {
            CameoCode code;
            double goldstein;
            try {
                code = CameoCode.parse(row.get(0));
                goldstein = Double.parseDouble(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error(e.getMessage());
            }
            if (goldstein < -10 || goldstein > 10) {
                throw row.error("Goldstein value out of range: " + goldstein);
            }
            if (map.put(code.value(), new Entry(code, row.get(1), goldstein, row.get(3))) != null) {
                throw row.error("duplicate code " + code);
            }
        }
        return new CameoCodebook(map);
    }

    public Optional<Entry> get(String code) {
        return Optional.ofNullable(entries.get(code));
    }

    public boolean contains(String code) {
        return entries.containsKey(code);
    }

    /** The entry for the code, or for its nearest listed parent. */
    public Entry resolve(CameoCode code) {
        for (CameoCode c = code; ; c = c.parent()) {
            Entry e = entries.get(c.value());
            if (e != null) {
                return e;
            }
            if (c.value().length() == 2) {
                throw new IllegalStateException("CAMEO root " + c + " missing from the codebook");
            }
        }
    }

    public double goldstein(CameoCode code) {
        return resolve(code).goldstein();
    }

    public Collection<Entry> entries() {
        return entries.values();
    }
}
