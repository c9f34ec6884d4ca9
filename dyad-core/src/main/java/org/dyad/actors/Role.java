package org.dyad.actors;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.model.DateRange;

/**
 * An office a person held, with its dates; both ends open for a standing affiliation.
 *
 * @param origin dictionary file and line
 */
public record Role(ActorCode code, String title, Optional<LocalDate> from, Optional<LocalDate> to, String origin) {
    public Role {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException(origin + ": role ends before it starts");
        }
    }

    /** A role with no dates: the person's affiliation outside dated offices. */
    public boolean isStanding() {
        return from.isEmpty() && to.isEmpty();
    }

    public long overlapDays(DateRange range) {
        return range.overlapDays(from.orElse(null), to.orElse(null));
    }

    public boolean endedBefore(DateRange range) {
        return to.isPresent() && to.get().isBefore(range.from());
    }
}
