package org.dyad.server;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dyad.ontology.CameoCodebook;

/**
 * An event row of the store as the API's JSON: the fields of {@code dyad code}'s output (actors, PLOVER,
 * evidence as nested objects), the CAMEO code's name, and the document's columns where the row has them.
 */
final class EventJson {

    private final CameoCodebook codebook;

    EventJson(CameoCodebook codebook) {
        this.codebook = codebook;
    }

    Map<String, Object> of(Map<String, Object> r) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", r.get("id"));
        e.put("global_id", r.get("global_id"));
        e.put("doc", r.get("doc"));
        e.put("sentence", r.get("sentence"));
        e.put("date", r.get("date"));
        e.put("date_from", r.get("date_from"));
        e.put("date_to", r.get("date_to"));
        e.put("source", actor(r, "source"));
        e.put("target", actor(r, "target"));
        String cameo = (String) r.get("cameo");
        e.put("cameo", cameo);
        e.put("cameo_name", cameo == null ? null : codebook.get(cameo).map(CameoCodebook.Entry::name).orElse(null));
        e.put("cameo_root", r.get("cameo_root"));
        e.put("quad", r.get("quad"));
        e.put("goldstein", r.get("goldstein"));
        if (r.get("plover_type") != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("type", r.get("plover_type"));
            p.put("mode", r.get("plover_mode"));
            p.put("context", r.get("plover_context"));
            e.put("plover", p);
        } else {
            e.put("plover", null);
        }
        if (r.get("location_name") != null) {
            Map<String, Object> l = new LinkedHashMap<>();
            for (String k : new String[] {"name", "country", "admin1", "lat", "lon", "geonames_id"}) {
                l.put(k, r.get("location_" + k));
            }
            e.put("location", l);
        } else {
            e.put("location", null);
        }
        e.put("attribution", actor(r, "attribution"));
        e.put("mentions", r.get("mentions"));
        Map<String, Object> ev = new LinkedHashMap<>();
        ev.put("start", r.get("evidence_start"));
        ev.put("end", r.get("evidence_end"));
        ev.put("text", r.get("evidence_text"));
        ev.put("trigger", r.get("trigger"));
        ev.put("trigger_start", r.get("trigger_start"));
        ev.put("trigger_end", r.get("trigger_end"));
        ev.put("rule", r.get("rule"));
        ev.put("coder", r.get("coder"));
        e.put("evidence", ev);
        if (r.containsKey("title")) {
            Map<String, Object> d = new LinkedHashMap<>();
            for (String k : new String[] {"title", "url", "outlet", "published", "language", "dup_cluster"}) {
                d.put(k, r.get(k));
            }
            e.put("document", d);
        }
        return e;
    }

    private static Map<String, Object> actor(Map<String, Object> r, String side) {
        if (r.get(side + "_code") == null && r.get(side + "_name") == null && r.get(side + "_text") == null) {
            return null;
        }
        Map<String, Object> a = new LinkedHashMap<>();
        for (String k : new String[] {"code", "country", "sector", "text", "name", "role", "entry", "start", "end"}) {
            a.put(k, r.get(side + "_" + k));
        }
        return a;
    }
}
