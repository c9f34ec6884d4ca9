package org.dyad.store;

/**
 * How the explorer ({@link Explorer}) groups actor codes into the nodes of a network: each full code on
 * its own ({@code USAGOV}, {@code USAMIL}), or by country ({@code USA}). International and unknown-country
 * codes ({@code IGOUNO}, {@code ---REB}) stay whole under both; an actor with no code is its name.
 */
public enum ActorGroup {
    CODE, COUNTRY;

    /** The SQL expression of a side's key ({@code side} is "source" or "target", never user input). */
    String key(String side) {
        if (!side.equals("source") && !side.equals("target")) {
            throw new IllegalArgumentException(side);
        }
        String code = side + "_code";
        String name = side + "_name";
        return switch (this) {
            case CODE -> "coalesce(" + code + ", " + name + ")";
            case COUNTRY -> "(CASE WHEN " + code + " IS NULL THEN " + name + " WHEN length(" + code + ") <= 3 OR left("
                    + code + ", 3) IN ('IGO', 'NGO', 'IMG', 'MNC', '---') THEN " + code + " ELSE left(" + code + ", 3) END)";
        };
    }
}
