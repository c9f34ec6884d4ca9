package org.dyad.model;

/**
 * A CAMEO event code: a 2-digit root ({@code 05}), or a 3- or 4-digit code under it ({@code 051},
 * {@code 0511}). Parsed at the edge, so that code inside Dyad never sees a malformed one. Codes that users'
 * imported dictionaries declare outside CAMEO are made with {@link #user(String)}.
 */
public record CameoCode(String value) implements Comparable<CameoCode> {

    public CameoCode {
        if (value == null || !value.matches("\\d{2,4}[A-Za-z]?")) {
            throw new IllegalArgumentException("not a CAMEO code: " + value);
        }
    }

    /** A CAMEO code, strictly: 2 to 4 digits under a root 01-20. */
    public static CameoCode parse(String value) {
        CameoCode c = new CameoCode(value.strip());
        if (!c.isCameo()) {
            throw new IllegalArgumentException("not a CAMEO code: " + value);
        }
        return c;
    }

    /**
     * A code a user's dictionary declares that CAMEO does not have ("903", "075A", "174K" in the PETRARCH
     * validation dictionaries): 2 to 4 digits and an optional letter. Such a code is carried through
     * coding unchanged, with no quad class, Goldstein value or PLOVER type (see {@link #isCameo()}).
     */
    public static CameoCode user(String value) {
        return new CameoCode(value.strip());
    }

    /** True for a CAMEO-shaped code: 2 to 4 digits under a root 01-20 (not necessarily in the codebook). */
    public boolean isCameo() {
        if (!value.matches("\\d{2,4}")) {
            return false;
        }
        int root = Integer.parseInt(value.substring(0, 2));
        return root >= 1 && root <= 20;
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
        if (!isCameo()) {
            return 0; // a user's code: no quad class
        }
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
