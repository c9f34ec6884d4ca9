package org.dyad.model;

/**
 * A CAMEO event code: a 2-digit root ({@code 05}), or a 3- or 4-digit code under it ({@code 051},
 * {@code 0511}). Parsed at the edge, so that code inside Dyad never sees a malformed one.
 */
public record CameoCode(String value) implements Comparable<CameoCode> {

    public CameoCode {
        if (value == null || !value.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("not a CAMEO code: " + value);
        }
        int root = Integer.parseInt(value.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalArgumentException("CAMEO root out of range: " + value);
        }
    }

    public static CameoCode parse(String value) {
        return new CameoCode(value.strip());
    }

    /** The two-digit root: "05" for "0511". */
    public String root() {
        return value.substring(0, 2);
    }

    public int rootNumber() {
        return Integer.parseInt(root());
    }

    /**
     * The quad class CAMEO's roots imply: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
     * 3 verbal conflict (09-13), 4 material conflict (14-20).
     */
    public int quad() {
        int r = rootNumber();
        if (r <= 5) {
            return 1;
        }
        if (r <= 8) {
            return 2;
        }
        return r <= 13 ? 3 : 4;
    }

    /** True for roots 01-08, the cooperative half of the scale. */
    public boolean isCooperative() {
        return rootNumber() <= 8;
    }

    /** The code one level up ("051" for "0511", "05" for "051"), or itself for a root. */
    public CameoCode parent() {
        return value.length() <= 2 ? this : new CameoCode(value.substring(0, value.length() - 1));
    }

    public boolean startsWith(String prefix) {
        return value.startsWith(prefix);
    }

    @Override
    public int compareTo(CameoCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
