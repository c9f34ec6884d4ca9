package org.dyad.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which events an export or query takes, and the Phoenix/PETRARCH duplicate filters. Values within one
 * list are alternatives (OR); the lists and dates must all hold (AND).
 *
 * @param actors    actor codes or code prefixes ({@code SYR}, {@code IGOUNO}) matched against source or
 *                  target; a value that is not a code matches the actor's name, case folded
 * @param countries country codes matched against source, target or location country
 * @param codes     CAMEO code prefixes: {@code 19} takes 190-1973
 * @param from      first day, inclusive, of the event's date (its first day for a month or a year)
 * @param to        last day, inclusive
 * @param oneAStory keep one event per document and (source, target, code), whatever their dates
 * @param oneADay   keep one event per (day, source, target, code) across documents, whatever its place
 */
public record EventFilter(List<String> actors, List<String> countries, List<String> codes, Optional<LocalDate> from,
                          Optional<LocalDate> to, boolean oneAStory, boolean oneADay) {

    public EventFilter {
        actors = List.copyOf(actors);
        countries = List.copyOf(countries);
        codes = List.copyOf(codes);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        for (String c : codes) {
            if (!c.matches("\\d{2,4}")) {
                throw new IllegalArgumentException("not a CAMEO code or prefix: " + c);
            }
        }
        for (String c : countries) {
            if (!c.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("not a three-letter country code: " + c);
            }
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("date range ends before it starts: " + from.get() + ".." + to.get());
        }
    }

    public static EventFilter none() {
        return new EventFilter(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), false, false);
    }

    public EventFilter withOneAStory(boolean on) {
        return new EventFilter(actors, countries, codes, from, to, on, oneADay);
    }

    public EventFilter withOneADay(boolean on) {
        return new EventFilter(actors, countries, codes, from, to, oneAStory, on);
    }
}
