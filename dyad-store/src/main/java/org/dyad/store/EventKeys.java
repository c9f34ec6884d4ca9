package org.dyad.store;

import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.DateRange;
import org.dyad.model.Event;

/**
 * The keys that make coded events from different documents one event: (date, source, target, CAMEO code,
 * location), and without the location for the one-a-day filter. An actor is its code, or for a named
 * actor the dictionaries lack, its name: two unknown people are not the same actor.
 */
final class EventKeys {

    private EventKeys() {
    }

    /** The deduplication key of the event table. Dyad records no event location yet, so it is empty. */
    static String eventKey(Event e, Optional<String> location) {
        return dayKey(e) + "|" + location.orElse("");
    }

    /** The one-a-day key: date, source, target, code. */
    static String dayKey(Event e) {
        return e.date().map(DateRange::toString).orElse("") + "|" + actor(e.source()) + "|"
                + e.target().map(EventKeys::actor).orElse("") + "|" + e.cameo().value();
    }

    static String actor(Actor a) {
        return a.code().map(c -> c.value()).orElse("name:" + a.name());
    }
}
