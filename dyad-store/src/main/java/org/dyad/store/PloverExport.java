package org.dyad.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Writer;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Coded events as PLOVER JSON records, one a line: the required {@code id}, {@code date}, {@code actor}
 * and {@code event}, and what Dyad knows of the optional fields (recipient, mode, context, quad code,
 * event text, text and citation info, coder). Entities carry PLOVER's {@code code}, {@code sector},
 * {@code entity_text} and {@code identifier_text}, and Dyad's own {@code actor_code} and {@code role}.
 * PLOVER has no category for CAMEO's 01x-02x statements and needs a date, so events without a PLOVER type
 * or a date are left out and counted.
 */
final class PloverExport {

    /** Records written, and events left out for want of a PLOVER type or a date. */
    record Counts(long written, long noType, long noDate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private PloverExport() {
    }

    static Counts write(Store store, EventFilter filter, Writer out) {
        long[] skipped = new long[2];
        long[] written = new long[1];
        store.query(EventSql.coded(filter), r -> {
            if (r.getString("plover_type") == null) {
                skipped[0]++;
            } else if (r.getDate("date_from") == null) {
                skipped[1]++;
            } else {
                out.write(JSON.writeValueAsString(record(r)));
                out.write('\n');
                written[0]++;
            }
        });
        return new Counts(written[0], skipped[0], skipped[1]);
    }

    static ObjectNode record(ResultSet r) throws SQLException {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.getString("id"));
        o.put("has_event", true);
        Date from = r.getDate("date_from");
        Date to = r.getDate("date_to");
        o.put("date", from.toLocalDate().toString());
        if (to != null && !to.equals(from)) {
            o.put("enddate", to.toLocalDate().toString());
        }
        o.set("actor", entities(r, "source"));
        if (r.getString("target_text") != null) {
            o.set("recipient", entities(r, "target"));
        }
        o.putArray("event").add(r.getString("plover_type"));
        list(o, "mode", r.getString("plover_mode"));
        list(o, "context", r.getString("plover_context"));
        if (r.getObject("quad") != null) {
            o.put("quad_code", r.getInt("quad"));
        }
        o.putArray("event_text").add(r.getString("trigger"));
        o.put("text", r.getString("evidence_text"));
        ObjectNode info = o.putObject("text_info");
        info.put("sequence", r.getInt("sentence"));
        info.put("start", r.getInt("evidence_start"));
        info.put("end", r.getInt("evidence_end"));
        ObjectNode cite = o.putObject("cite_info");
        cite.put("corpus", r.getString("corpus"));
        cite.put("citation", r.getString("doc"));
        cite.put("url", r.getString("url"));
        cite.put("title", r.getString("title"));
        cite.put("language", r.getString("language"));
        cite.put("publication", r.getString("outlet"));
        cite.put("coder", r.getString("coder"));
        cite.put("codebook", "CAMEO " + r.getString("cameo"));
        o.put("coder", r.getString("coder"));
        Timestamp added = r.getTimestamp("ingested_at");
        if (added != null) {
            o.put("coded_date", added.toLocalDateTime().toLocalDate().toString());
        }
        o.put("comment", r.getString("rule"));
        return o;
    }

    private static ArrayNode entities(ResultSet r, String role) throws SQLException {
        ArrayNode a = JSON.createArrayNode();
        ObjectNode e = a.addObject();
        String code = r.getString(role + "_code");
        if (code != null) {
            e.put("code", code.substring(0, 3));
            String sector = r.getString(role + "_sector");
            if (sector != null) {
                e.put("sector", sector);
            }
            e.put("actor_code", code);
        }
        e.put("entity_text", r.getString(role + "_text"));
        e.put("identifier_text", r.getString(role + "_name"));
        e.put("role", r.getString(role + "_role"));
        return a;
    }

    /** A list field; Dyad writes several values (contexts) separated by "|". */
    private static void list(ObjectNode o, String field, String value) {
        if (value != null && !value.isBlank()) {
            ArrayNode a = o.putArray(field);
            for (String v : value.split("\\|")) {
                if (!v.isBlank()) {
                    a.add(v.strip());
                }
            }
        }
    }
}
