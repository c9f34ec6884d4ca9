package org.dyad.actors;

import java.util.Optional;
import org.dyad.model.ActorCode;

/** What a dictionary name stands for. Every entry knows the file and line it came from. */
public sealed interface Entry permits Entry.Country, Entry.Organization, Entry.Agent, Entry.PersonName {

    String origin();

    /** How a country is named: its name, its adjective, its people, or a seat of its government. */
    enum CountryForm { NAME, ADJECTIVE, DEMONYM, SEAT }

    /** A country named one of its ways. */
    record Country(String code, CountryForm form, String origin) implements Entry {
        /** The code the name stands for: a seat stands for the government. */
        public ActorCode actorCode() {
            return form == CountryForm.SEAT ? ActorCode.of(code, "GOV") : new ActorCode(code);
        }
    }

    /** A named organisation: an IGO, a government body, an outlet, an armed group, a company. */
    record Organization(ActorCode code, Optional<String> country, String kind, String name, String origin)
            implements Entry {
        public boolean isMedia() {
            return kind.equals("media");
        }
    }

    /** A generic role noun that gives a sector: "troops" MIL. */
    record Agent(String sector, String lemma, String origin) implements Entry {
    }

    /** One of a person's names. */
    record PersonName(Person person, String origin) implements Entry {
    }
}
