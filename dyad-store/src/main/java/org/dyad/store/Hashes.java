package org.dyad.store;

import java.nio.charset.StandardCharsets;

/** The hashes the store keys on: SHA-256 in hex, and a positive 63-bit id from a key. */
final class Hashes {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Hashes() {
    }

    static String sha256(String text) {
        return hex(CodingVersion.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A positive 63-bit integer from the SHA-256 of {@code key}: stable across runs, machines and versions. */
    static long id63(String key) {
        byte[] d = CodingVersion.sha256().digest(key.getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (d[i] & 0xff);
        }
        long id = v & Long.MAX_VALUE;
        return id == 0 ? 1 : id;
    }

    static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }
}
