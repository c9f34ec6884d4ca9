package org.dyad.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt rules for one user agent: the group naming the agent, else the {@code *} group; the
 * longest matching {@code Allow} or {@code Disallow} path prefix decides ({@code *} and {@code $} as in
 * RFC 9309); no rule means allowed.
 */
public final class Robots {

    private record Rule(String path, boolean allow) {
    }

    private final List<Rule> rules;

    private Robots(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Robots allowAll() {
        return new Robots(List.of());
    }

    public static Robots disallowAll() {
        return new Robots(List.of(new Rule("/", false)));
    }

    public static Robots parse(String text, String agent) {
        String me = agent.toLowerCase(Locale.ROOT);
        List<Rule> mine = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        boolean foundMine = false;
        List<String> groupAgents = new ArrayList<>();
        boolean inRules = false;
        List<Rule> current = new ArrayList<>();
        for (String raw : (text + "\nuser-agent: __end__").split("\r?\n")) {
            String line = raw.replaceFirst("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (inRules) {
                    for (String a : groupAgents) {
                        if (a.equals("*")) {
                            any.addAll(current);
                        } else if (me.contains(a)) {
                            mine.addAll(current);
                            foundMine = true;
                        }
                    }
                    groupAgents.clear();
                    current = new ArrayList<>();
                    inRules = false;
                }
                groupAgents.add(value.toLowerCase(Locale.ROOT));
            } else if (key.equals("allow") || key.equals("disallow")) {
                inRules = true;
                if (!value.isEmpty()) {
                    current.add(new Rule(value, key.equals("allow")));
                }
            }
        }
        return new Robots(foundMine ? mine : any);
    }

    /** Whether the path (with its query) may be fetched. */
    public boolean allows(String path) {
        String p = path.isEmpty() ? "/" : path;
        Rule best = null;
        for (Rule r : rules) {
            if (matches(r.path(), p) && (best == null || r.path().length() > best.path().length()
                    || (r.path().length() == best.path().length() && r.allow()))) {
                best = r;
            }
        }
        return best == null || best.allow();
    }

    private static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String regex = java.util.regex.Pattern.quote(anchored ? pattern.substring(0, pattern.length() - 1) : pattern)
                .replace("*", "\\E.*\\Q");
        return path.matches(regex + (anchored ? "" : ".*"));
    }
}
