package org.dyad.ontology;

import org.dyad.model.CameoCode;
import org.dyad.model.PloverCoding;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.resources.DataFile;

/**
 * PLOVER's event types (with quad class and whether a recipient is required), their modes, its contexts,
 * and the CAMEO-to-PLOVER mapping Dyad uses.
 */
public final class Plover {

    /** A PLOVER event type. */
    public record Type(String name, int quad, boolean requiresRecipient, String definition) {
    }

    private final Map<String, Type> types;
    private final Map<String, Set<String>> modes;
    private final Set<String> contexts;
    private final Map<String, Optional<PloverCoding>> mapping;

    private Plover(Map<String, Type> types, Map<String, Set<String>> modes, Set<String> contexts,
                   Map<String, Optional<PloverCoding>> mapping) {
        this.types = Collections.unmodifiableMap(types);
        this.modes = Collections.unmodifiableMap(modes);
        this.contexts = Collections.unmodifiableSet(contexts);
        this.mapping = Collections.unmodifiableMap(mapping);
    }

    /** Loads {@code dyad/ontology/plover.tsv} and {@code cameo-plover.tsv}, checking one against the other. */
    public static Plover load() {
        Map<String, Type> types = new LinkedHashMap<>();
        Map<String, Set<String>> modes = new LinkedHashMap<>();
        Set<String> contexts = new LinkedHashSet<>();
        for (DataFile.Row row : DataFile.resource("dyad/ontology/plover.tsv")) {
            switch (row.get(0)) {
                case "type" -> types.put(row.get(1), new Type(row.get(1), Integer.parseInt(row.get(2)),
                        row.get(3).equalsIgnoreCase("yes"), row.get(4)));
                case "mode" -> modes.computeIfAbsent(row.get(1), k -> new LinkedHashSet<>()).add(row.get(2));
                case "context" -> contexts.add(row.get(1));
                default -> throw row.error("unknown row kind '" + row.get(0) + "'");
            }
        }
        Map<String, Optional<PloverCoding>> mapping = new LinkedHashMap<>();
        for (DataFile.Row row : DataFile.resource("dyad/ontology/cameo-plover.tsv")) {
            String cameo = CameoCode.parse(row.get(0)).value();
            String type = row.get(1);
            if (type.equals("-") || type.isEmpty()) {
                mapping.put(cameo, Optional.empty());
                continue;
            }
            if (!types.containsKey(type)) {
                throw row.error("unknown PLOVER type " + type);
            }
            String mode = row.get(2);
            if (!mode.isEmpty() && !modes.getOrDefault(type, Set.of()).contains(mode)) {
                throw row.error("unknown mode " + mode + " for " + type);
            }
            String context = row.get(3);
            for (String c : DataFile.values(context)) {
                if (!contexts.contains(c)) {
                    throw row.error("unknown context " + c);
                }
            }
            mapping.put(cameo, Optional.of(new PloverCoding(type, Optional.of(mode), Optional.of(context))));
        }
        return new Plover(types, modes, contexts, mapping);
    }

    /** The PLOVER coding of a CAMEO code, through its longest listed prefix; empty for 01x statements. */
    public Optional<PloverCoding> map(CameoCode code) {
        for (CameoCode c = code; ; c = c.parent()) {
            Optional<PloverCoding> p = mapping.get(c.value());
            if (p != null) {
                return p;
            }
            if (c.value().length() == 2) {
                return Optional.empty();
            }
        }
    }

    public Map<String, Type> types() {
        return types;
    }

    public Set<String> modes(String type) {
        return modes.getOrDefault(type, Set.of());
    }

    public Set<String> contexts() {
        return contexts;
    }
}
