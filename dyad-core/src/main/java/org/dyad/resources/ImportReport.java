package org.dyad.resources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What reading one user dictionary did: counts by kind ("names", "people", "patterns translated",
 * "skipped: words before the verb"...) and the line-level warnings, so that a lenient import reports what
 * it left out. Filled by one reader on one thread, then only read.
 */
public final class ImportReport {

    private final String file;
    private final String kind;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    public ImportReport(String file, String kind) {
        this.file = file;
        this.kind = kind;
    }

    public String file() {
        return file;
    }

    public String kind() {
        return kind;
    }

    public void count(String what) {
        add(what, 1);
    }

    public void add(String what, int n) {
        counts.merge(what, n, Integer::sum);
    }

    public int get(String what) {
        return counts.getOrDefault(what, 0);
    }

    public void warn(String origin, String message) {
        warnings.add(origin + ": " + message);
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /** One line: the file, its kind and its counts in the order they were first made. */
    public String summary() {
        StringBuilder b = new StringBuilder(kind).append(' ').append(file).append(':');
        String sep = " ";
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            b.append(sep).append(e.getKey()).append(' ').append(e.getValue());
            sep = ", ";
        }
        if (!warnings.isEmpty()) {
            b.append(sep).append("warnings ").append(warnings.size());
        }
        return b.toString();
    }
}
