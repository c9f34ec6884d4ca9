package org.dyad.actors;

import java.time.LocalDate;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.model.DateRange;

/** What a dictionary name stands for. Every entry knows the file and line it came from. */
public sealed interface Entry permits Entry.Country, Entry.Organization, Entry.Agent, Entry.PersonName {

    String origin();

    /**
     * How a country is named: its name, its adjective, its people, a seat of its government, or a place
     * inside it ("Aleppo", "Alaska", "Darfur"), which stands for the country as CAMEO codes places.
     */
    enum CountryForm { NAME, ADJECTIVE, DEMONYM, SEAT, PLACE }

    /** A country named one of its ways. */
    record Country(String code, CountryForm form, String origin) implements Entry {
        /** The code the name stands for: a seat stands for the government. */
        public ActorCode actorCode() {
            return form == CountryForm.SEAT ? ActorCode.of(code, "GOV") : new ActorCode(code);
        }
    }

    /**
     * A named organisation: an IGO, a government body, an outlet, an armed group, a company. A code may hold
     * only from and to given days (the Taliban: insurgents 2001-2021, then the government); undated, always.
     */
    record Organization(ActorCode code, Optional<String> country, String kind, String name, String origin,
                        Optional<LocalDate> from, Optional<LocalDate> to) implements Entry {

        public Organization(ActorCode code, Optional<String> country, String kind, String name, String origin) {
            this(code, country, kind, name, origin, Optional.empty(), Optional.empty());
        }

        public boolean isMedia() {
            return kind.equals("media");
        }

        public boolean isDated() {
            return from.isPresent() || to.isPresent();
        }

        /** True if the code holds on the first day of {@code d} ({@code to} is the last day it holds). */
        public boolean holdsOn(DateRange d) {
            LocalDate day = d.from();
            return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
        }
    }

    /** A generic role noun that gives a sector: "troops" MIL. */
    record Agent(String sector, String lemma, String origin) implements Entry {
    }

    /** One of a person's names. */
    record PersonName(Person person, String origin) implements Entry {
    }
}
