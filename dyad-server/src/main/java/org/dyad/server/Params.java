package org.dyad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.store.ActorGroup;
import org.dyad.store.EventFilter;
import org.dyad.store.EventQuery;
import org.dyad.store.Explorer;

/**
 * Query parameters, read strictly: an unknown parameter, a malformed value or an out-of-range number is a
 * 400 with a message ({@link IllegalArgumentException}), never SQL. List parameters may repeat
 * ({@code country=SYR&country=IRQ}) or hold commas ({@code country=SYR,IRQ}).
 */
final class Params {

    /** The filters every event endpoint takes (docs/server.md, openapi.json). */
    static final Set<String> FILTERS = Set.of("actor", "country", "sector", "cameo", "plover", "quad", "from", "to",
            "q", "source", "target", "undirected", "group", "doc");

    private static final int MAX_TEXT = 200;

    private final Context ctx;

    private Params(Context ctx, Set<String> allowed) {
        this.ctx = ctx;
        for (Map.Entry<String, List<String>> p : ctx.queryParamMap().entrySet()) {
            if (!FILTERS.contains(p.getKey()) && !allowed.contains(p.getKey())) {
                throw new IllegalArgumentException("unknown parameter '" + clip(p.getKey()) + "'");
            }
            for (String v : p.getValue()) {
                if (v.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                    throw new IllegalArgumentException(p.getKey() + " holds a control character");
                }
            }
        }
    }

    /** The parameters of a request to an endpoint that takes the filters and {@code extra}. */
    static Params of(Context ctx, String... extra) {
        return new Params(ctx, Set.of(extra));
    }

    EventQuery query() {
        EventFilter filter = new EventFilter(texts("actor", false), upper(list("country")), list("cameo"),
                date("from"), date("to"), false, false);
        List<Integer> quads = new ArrayList<>();
        for (String q : list("quad")) {
            quads.add(integer("quad", q));
        }
        return new EventQuery(filter, group(), text("source"), text("target"), bool("undirected"),
                upper(list("sector")), upper(list("plover")), quads, text("q"), text("doc"));
    }

    ActorGroup group() {
        return one("group").map(g -> switch (g.toLowerCase(Locale.ROOT)) {
            case "code" -> ActorGroup.CODE;
            case "country" -> ActorGroup.COUNTRY;
            default -> throw new IllegalArgumentException("group is 'code' or 'country', not '" + clip(g) + "'");
        }).orElse(ActorGroup.COUNTRY);
    }

    Optional<Explorer.Interval> interval() {
        return one("interval").map(i -> {
            try {
                return Explorer.Interval.valueOf(i.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("interval is day, week, month or year, not '" + clip(i) + "'");
            }
        });
    }

    int number(String name, int fallback, int min, int max) {
        Optional<String> v = one(name);
        if (v.isEmpty()) {
            return fallback;
        }
        int n = integer(name, v.get());
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + n);
        }
        return n;
    }

    private static int integer(String name, String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + clip(v) + "'");
        }
    }

    private Optional<LocalDate> date(String name) {
        return one(name).map(v -> {
            try {
                return LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, not '" + clip(v) + "'");
            }
        });
    }

    private boolean bool(String name) {
        return one(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw new IllegalArgumentException(name + " is true or false, not '" + clip(v) + "'");
        }).orElse(false);
    }

    private Optional<String> text(String name) {
        List<String> v = texts(name, false);
        if (v.size() > 1) {
            throw new IllegalArgumentException(name + " takes one value");
        }
        return v.stream().findFirst();
    }

    private Optional<String> one(String name) {
        List<String> v = ctx.queryParams(name);
        if (v.size() > 1) {
            throw new IllegalArgumentException(name + " takes one value");
        }
        return v.stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst();
    }

    /** Values as given (names may hold commas), blank ones left out. */
    private List<String> texts(String name, boolean split) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String s : split ? v.split(",") : new String[] {v}) {
                String t = s.strip();
                if (t.length() > MAX_TEXT) {
                    throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
                }
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private List<String> list(String name) {
        return texts(name, true);
    }

    private static List<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    /** A user's value, shortened for a message. */
    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
