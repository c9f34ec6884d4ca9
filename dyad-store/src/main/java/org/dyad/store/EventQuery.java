package org.dyad.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the explorer ({@link Explorer}) selects: the export filter ({@link EventFilter}: actors, countries,
 * CAMEO prefixes, dates) and what browsing adds. Values within one list are alternatives (OR); everything
 * given must hold (AND). Every value reaches SQL as a parameter.
 *
 * @param filter     the export filter
 * @param group      how actors are keyed for {@code source}, {@code target} and the aggregates
 * @param source     the source's key under {@code group} ({@code USA}, {@code USAGOV}, a name)
 * @param target     the target's key under {@code group}
 * @param undirected with both {@code source} and {@code target}: either direction
 * @param sectors    three-letter sector codes ({@code GOV}, {@code REB}) of source or target
 * @param plover     PLOVER types ({@code ASSAULT})
 * @param quads      CAMEO quad classes, 1-4
 * @param text       words to find, case folded, in the evidence sentence, title or actors' names
 * @param doc        one document's events
 */
public record EventQuery(EventFilter filter, ActorGroup group, Optional<String> source, Optional<String> target,
                         boolean undirected, List<String> sectors, List<String> plover, List<Integer> quads,
                         Optional<String> text, Optional<String> doc) {

    public EventQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        sectors = List.copyOf(sectors);
        plover = List.copyOf(plover);
        quads = List.copyOf(quads);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(doc, "doc");
        for (String s : sectors) {
            if (!s.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("not a three-letter sector code: " + s);
            }
        }
        for (String p : plover) {
            if (!p.matches("[A-Z_]{2,30}")) {
                throw new IllegalArgumentException("not a PLOVER type: " + p);
            }
        }
        for (int q : quads) {
            if (q < 1 || q > 4) {
                throw new IllegalArgumentException("quad class is 1 to 4, not " + q);
            }
        }
    }

    public static EventQuery all() {
        return new EventQuery(EventFilter.none(), ActorGroup.COUNTRY, Optional.empty(), Optional.empty(), false,
                List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    /** The conditions this query adds to the export filter, on the columns of {@link EventSql#coded}. */
    String where(List<Object> params) {
        StringBuilder w = new StringBuilder(" WHERE true");
        String ks = group.key("source");
        String kt = group.key("target");
        if (undirected && source.isPresent() && target.isPresent()) {
            w.append(" AND ((").append(ks).append(" = ? AND ").append(kt).append(" = ?) OR (")
                    .append(ks).append(" = ? AND ").append(kt).append(" = ?))");
            params.add(source.get());
            params.add(target.get());
            params.add(target.get());
            params.add(source.get());
        } else {
            source.ifPresent(s -> {
                w.append(" AND ").append(ks).append(" = ?");
                params.add(s);
            });
            target.ifPresent(t -> {
                w.append(" AND ").append(kt).append(" = ?");
                params.add(t);
            });
        }
        anyOf(w, params, sectors, "source_sector = ? OR target_sector = ?", 2);
        anyOf(w, params, plover, "plover_type = ?", 1);
        anyOf(w, params, quads, "quad = ?", 1);
        text.ifPresent(t -> {
            w.append(" AND (contains(lower(evidence_text), lower(?)) OR contains(lower(coalesce(title, '')), lower(?))"
                    + " OR contains(lower(source_name), lower(?)) OR contains(lower(coalesce(target_name, '')), lower(?)))");
            for (int i = 0; i < 4; i++) {
                params.add(t);
            }
        });
        doc.ifPresent(d -> {
            w.append(" AND doc = ?");
            params.add(d);
        });
        return w.toString();
    }

    private static void anyOf(StringBuilder w, List<Object> params, List<?> values, String condition, int uses) {
        if (values.isEmpty()) {
            return;
        }
        w.append(" AND (");
        for (int i = 0; i < values.size(); i++) {
            w.append(i > 0 ? " OR " : "").append(condition);
            for (int k = 0; k < uses; k++) {
                params.add(values.get(i));
            }
        }
        w.append(')');
    }
}
