package org.dyad.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO-style actor code: a country (ISO alpha-3) or international prefix, then three-letter sectors.
 * {@code SYRGOV}, {@code USA}, {@code IGOUNO}, {@code ---REB} (an agent whose country is unknown).
 */
public record ActorCode(String value) {

    /** Prefixes that are not countries. */
    public static final Set<String> INTERNATIONAL = Set.of("IGO", "NGO", "IMG", "MNC", "WST", "ISM", "UNO", "---");

    public ActorCode {
        if (value == null || value.length() < 3 || value.length() % 3 != 0
                || !value.matches("(---|[A-Z]{3})([A-Z]{3})*")) {
            throw new IllegalArgumentException("not an actor code: " + value);
        }
    }

    public static ActorCode parse(String value) {
        return new ActorCode(value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public static ActorCode of(String country, String sector) {
        return new ActorCode((country == null ? "---" : country) + (sector == null ? "" : sector));
    }

    /** The first three letters: the country, or the international prefix. */
    public String root() {
        return value.substring(0, 3);
    }

    public Optional<String> country() {
        return INTERNATIONAL.contains(root()) ? Optional.empty() : Optional.of(root());
    }

    /** The three-letter groups after the root. */
    public List<String> sectors() {
        List<String> out = new ArrayList<>();
        for (int i = 3; i + 3 <= value.length(); i += 3) {
            out.add(value.substring(i, i + 3));
        }
        return out;
    }

    /**
     * The primary sector: the first group after a country ({@code GOV} in {@code SYRGOV}); for an
     * international code its prefix ({@code IGO} in {@code IGOUNO}); empty for a bare country or WST.
     */
    public Optional<String> sector() {
        List<String> s = sectors();
        if (country().isEmpty() && !root().equals("---") && !root().equals("WST")) {
            return Optional.of(root());
        }
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    public boolean hasCountry() {
        return country().isPresent();
    }

    /** The code with its country replaced (keeps the sectors): {@code ---REB} to {@code SYRREB}. */
    public ActorCode withCountry(String country) {
        return new ActorCode(country + value.substring(3));
    }

    @Override
    public String toString() {
        return value;
    }
}
