package org.dyad.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.model.Event;

/** Events as tab-separated lines with the same fields as {@link EventJson}; tabs and newlines in text become spaces. */
public final class EventTsv {

    public static final List<String> COLUMNS = List.of("id", "doc", "sentence", "date", "source_code",
            "source_country", "source_sector", "source_text", "source_name", "target_code", "target_country",
            "target_sector", "target_text", "target_name", "cameo", "quad", "goldstein", "plover_type", "plover_mode",
            "plover_context", "attribution_code", "attribution_text", "mentions", "evidence_start", "evidence_end",
            "trigger", "rule", "coder", "evidence_text");

    private EventTsv() {
    }

    public static String header() {
        return String.join("\t", COLUMNS);
    }

    public static String line(Event e) {
        List<String> f = new ArrayList<>();
        f.add(e.id());
        f.add(e.doc());
        f.add(Integer.toString(e.sentence()));
        f.add(e.date().map(DateRange::toString).orElse(""));
        actor(f, Optional.of(e.source()));
        actor(f, e.target());
        f.add(e.cameo().value());
        f.add(e.quad() > 0 ? Integer.toString(e.quad()) : "");
        f.add(Double.isNaN(e.goldstein()) ? "" : Double.toString(e.goldstein()));
        f.add(e.plover().map(p -> p.type()).orElse(""));
        f.add(e.plover().flatMap(p -> p.mode()).orElse(""));
        f.add(e.plover().flatMap(p -> p.context()).orElse(""));
        f.add(e.attribution().flatMap(Actor::code).map(c -> c.value()).orElse(""));
        f.add(e.attribution().map(Actor::text).orElse(""));
        f.add(Integer.toString(e.mentions()));
        f.add(Integer.toString(e.evidence().start()));
        f.add(Integer.toString(e.evidence().end()));
        f.add(e.evidence().trigger());
        f.add(e.evidence().rule());
        f.add(e.evidence().coder());
        f.add(e.evidence().text());
        List<String> clean = new ArrayList<>(f.size());
        for (String s : f) {
            clean.add(s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return String.join("\t", clean);
    }

    private static void actor(List<String> f, Optional<Actor> a) {
        f.add(a.flatMap(Actor::code).map(c -> c.value()).orElse(""));
        f.add(a.flatMap(Actor::code).flatMap(c -> c.country()).orElse(""));
        f.add(a.flatMap(Actor::code).flatMap(c -> c.sector()).orElse(""));
        f.add(a.map(Actor::text).orElse(""));
        f.add(a.map(Actor::name).orElse(""));
    }
}
