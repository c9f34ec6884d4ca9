package org.dyad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dyad.model.ActorCode;
import org.dyad.model.DateRange;

/**
 * A named person with dated roles. Which code the person carries depends on the date: Putin is RUSGOV as
 * prime minister in 2009 and as president in 2022, and no government actor before 1999.
 */
public final class Person {

    /** The person as of a date: the code, and the role that gave it. */
    public record AtDate(ActorCode code, String role, String origin) {
    }

    private final String name;
    private final List<String> variants = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();

    public Person(String name) {
        this.name = Objects.requireNonNull(name, "name");
    }

    public String name() {
        return name;
    }

    public List<String> variants() {
        return List.copyOf(variants);
    }

    public List<Role> roles() {
        return List.copyOf(roles);
    }

    void addVariant(String v) {
        if (!variants.contains(v)) {
            variants.add(v);
        }
    }

    void addRole(Role r) {
        roles.add(r);
    }

    /** True if some dated role overlaps the range. */
    public boolean inOfficeDuring(DateRange range) {
        return roles.stream().anyMatch(r -> !r.isStanding() && r.overlapDays(range) > 0);
    }

    /**
     * The person's code during the range: the dated role that overlaps it most (the later one on a tie);
     * else the standing affiliation; else, after a role ended, a former official ({@code <country>ELI}, or
     * {@code IGOELI} after an international office); else the country (or body) of their first role, as a
     * private citizen.
     */
    public Optional<AtDate> at(DateRange range) {
        Optional<Role> best = roles.stream()
                .filter(r -> !r.isStanding() && r.overlapDays(range) > 0)
                .max(Comparator.comparingLong((Role r) -> r.overlapDays(range))
                        .thenComparing(r -> r.from().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE)));
        if (best.isPresent()) {
            return Optional.of(new AtDate(best.get().code(), best.get().title(), best.get().origin()));
        }
        Optional<Role> standing = roles.stream().filter(Role::isStanding).findFirst();
        if (standing.isPresent()) {
            return Optional.of(new AtDate(standing.get().code(), standing.get().title(), standing.get().origin()));
        }
        // a former official keeps the country of their last national office (Barroso after Brussels is
        // PRTELI); only someone who never held one is a former official of the international body
        Optional<Role> former = roles.stream().filter(r -> r.endedBefore(range) && r.code().hasCountry())
                .max(Comparator.comparing(r -> r.to().get()))
                .or(() -> roles.stream().filter(r -> r.endedBefore(range) && !r.isStanding())
                        .max(Comparator.comparing(r -> r.to().get())));
        if (former.isPresent()) {
            Role r = former.get();
            return Optional.of(new AtDate(new ActorCode(r.code().root() + "ELI"), "former " + r.title(), r.origin()));
        }
        Optional<Role> first = roles.stream().filter(r -> !r.isStanding())
                .min(Comparator.comparing(r -> r.from().orElse(java.time.LocalDate.MIN)));
        return first.map(r -> new AtDate(new ActorCode(r.code().root()), "before office as " + r.title(), r.origin()));
    }
}
