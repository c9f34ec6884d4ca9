package org.dyad.ingest.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into characters. The charset is, in order: a byte-order mark; UTF-8 when the bytes
 * are valid UTF-8 (whatever the page declares: a wrong declaration is the commonest charset error, and
 * other encodings almost never pass as valid UTF-8); the charset the HTTP header or the page's
 * {@code <meta>} declares; else windows-1252, which maps every byte. Pages are cut at a byte limit before
 * decoding, so that a 50 MB page costs no more than the limit.
 */
public final class Markup {

    /** Decoded markup: the characters, the charset used, and whether the bytes were cut at the limit. */
    public record Decoded(String html, String charset, boolean truncated, long bytes) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private Markup() {
    }

    /**
     * Decodes {@code length} bytes of {@code bytes}, of which at most {@code limit} are used.
     *
     * @param declared the charset from the HTTP header, if any
     */
    public static Decoded decode(byte[] bytes, int length, int limit, Optional<String> declared) {
        boolean truncated = length > limit;
        int n = Math.min(length, limit);
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new Decoded(new String(bytes, 3, n - 3, StandardCharsets.UTF_8), "UTF-8", truncated, length);
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE), "UTF-16BE", truncated, length);
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new Decoded(new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE), "UTF-16LE", truncated, length);
        }
        if (truncated) {
            n = completeUtf8(bytes, n);
        }
        String utf8 = strictUtf8(bytes, n);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8", truncated, length);
        }
        Optional<Charset> cs = declared.flatMap(Markup::charset);
        if (cs.isEmpty()) {
            String head = new String(bytes, 0, Math.min(n, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                cs = charset(m.group(1));
            }
        }
        Charset use = cs.filter(c -> !c.equals(StandardCharsets.UTF_8) && !c.name().startsWith("UTF-16"))
                .orElse(CP1252);
        if (use.equals(StandardCharsets.ISO_8859_1) || use.name().equals("US-ASCII")) {
            use = CP1252; // browsers read both labels as windows-1252
        }
        return new Decoded(new String(bytes, 0, n, use), use.name(), truncated, length);
    }

    static Optional<Charset> charset(String name) {
        try {
            String s = name.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
            return s.isEmpty() || !Charset.isSupported(s) ? Optional.empty() : Optional.of(Charset.forName(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The charset parameter of a Content-Type header. */
    public static Optional<String> charsetOf(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (i < 0) {
            return Optional.empty();
        }
        String v = contentType.substring(i + 8).split("[;\\s]")[0];
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** The bytes as UTF-8, or null if they are not valid UTF-8. */
    private static String strictUtf8(byte[] b, int n) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Moves a cut back so that it does not split a UTF-8 sequence. */
    private static int completeUtf8(byte[] b, int n) {
        for (int i = n - 1; i >= Math.max(0, n - 4); i--) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                return n;
            }
            if (c >= 0xC0) {
                int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                return i + need <= n ? n : i;
            }
        }
        return n;
    }
}
