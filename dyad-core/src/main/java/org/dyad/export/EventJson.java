package org.dyad.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.model.DroppedRegion;
import org.dyad.model.Event;
import org.dyad.model.PloverCoding;

/**
 * Events as JSON, one object a line, in the shape ../shared/gold/FORMAT.md requires (doc, sentence, date,
 * source, target, cameo, quad, goldstein, plover, evidence) plus id, mentions, attribution, and each
 * actor's name, role and dictionary entry.
 */
public final class EventJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EventJson() {
    }

    public static String line(Event e) {
        try {
            return JSON.writeValueAsString(node(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
            throw new IllegalStateException(x);
        }
    }

    public static ObjectNode node(Event e) {
        ObjectNode o = F.objectNode();
        o.put("id", e.id());
        o.put("doc", e.doc());
        o.put("sentence", e.sentence());
        o.put("date", e.date().map(DateRange::toString).orElse(null));
        o.set("source", actor(Optional.of(e.source())));
        o.set("target", actor(e.target()));
        o.put("cameo", e.cameo().value());
        if (e.quad() > 0) {
            o.put("quad", e.quad());
        } else {
            o.putNull("quad"); // a user's code outside CAMEO
        }
        if (Double.isNaN(e.goldstein())) {
            o.putNull("goldstein");
        } else {
            o.put("goldstein", e.goldstein());
        }
        o.set("plover", plover(e.plover()));
        o.set("attribution", actor(e.attribution()));
        o.put("mentions", e.mentions());
        ObjectNode ev = o.putObject("evidence");
        ev.put("start", e.evidence().start());
        ev.put("end", e.evidence().end());
        ev.put("text", e.evidence().text());
        ev.put("trigger", e.evidence().trigger());
        ev.put("trigger_start", e.evidence().triggerStart());
        ev.put("trigger_end", e.evidence().triggerEnd());
        ev.put("rule", e.evidence().rule());
        ev.put("coder", e.evidence().coder());
        return o;
    }

    static com.fasterxml.jackson.databind.JsonNode actor(Optional<Actor> actor) {
        if (actor.isEmpty()) {
            return F.nullNode();
        }
        Actor a = actor.get();
        ObjectNode o = F.objectNode();
        o.put("code", a.code().map(c -> c.value()).orElse(null));
        o.put("country", a.code().flatMap(c -> c.country()).orElse(null));
        o.put("sector", a.code().flatMap(c -> c.sector()).orElse(null));
        o.put("text", a.text());
        o.put("name", a.name());
        o.put("role", a.role());
        o.put("start", a.start());
        o.put("end", a.end());
        o.put("entry", a.origin());
        return o;
    }

    static com.fasterxml.jackson.databind.JsonNode plover(Optional<PloverCoding> p) {
        if (p.isEmpty()) {
            return F.nullNode();
        }
        ObjectNode o = F.objectNode();
        o.put("type", p.get().type());
        o.put("mode", p.get().mode().orElse(null));
        o.put("context", p.get().context().orElse(null));
        return o;
    }

    /** A document's dropped regions, for the per-document report. */
    public static ArrayNode dropped(String text, java.util.List<DroppedRegion> regions) {
        ArrayNode a = F.arrayNode();
        for (DroppedRegion r : regions) {
            ObjectNode o = a.addObject();
            o.put("kind", r.kind());
            o.put("start", r.start());
            o.put("end", r.end());
            String t = text.substring(r.start(), r.end());
            o.put("text", t.length() > 200 ? t.substring(0, 200) + "..." : t);
        }
        return a;
    }
}
