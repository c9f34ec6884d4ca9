package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.dyad.model.Event;

/** The parts of a predicted event that scoring looks at, from an {@link Event} or a line of Dyad's output. */
public record Prediction(String doc, String source, Optional<String> target, String cameo, Optional<String> plover,
                         int start, String sentence) {

    public static Prediction of(Event e) {
        return new Prediction(e.doc(), e.source().codeOr(""), e.target().map(t -> t.codeOr("")), e.cameo().value(),
                e.plover().map(p -> p.type()), e.evidence().start(), e.evidence().text());
    }

    public static Prediction of(JsonNode n) {
        JsonNode target = n.path("target");
        JsonNode plover = n.path("plover");
        return new Prediction(n.path("doc").asText(), n.path("source").path("code").asText(""),
                target.isObject() && target.hasNonNull("code") ? Optional.of(target.get("code").asText())
                        : Optional.empty(),
                n.path("cameo").asText(""),
                plover.isObject() && plover.hasNonNull("type") ? Optional.of(plover.get("type").asText())
                        : Optional.empty(),
                n.path("evidence").path("start").asInt(0), n.path("evidence").path("text").asText(""));
    }
}
