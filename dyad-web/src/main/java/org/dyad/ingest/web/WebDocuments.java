package org.dyad.ingest.web;

import com.dynatrace.hash4j.hashing.Hashing;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.ingest.Item;
import org.dyad.ingest.Language;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;

/**
 * Makes Dyad documents of web pages and web texts: the page's visible text with everything but the main
 * text dropped, the metadata ({@code url}, {@code outlet}, {@code title}, {@code language},
 * {@code dup_cluster}, {@code path}, {@code date_source}), and the publication date from the page, else from
 * the feed or crawl record, else from the options. Each problem (no main text, too large, binary, not
 * English) is an {@link Item.Problem} for that document alone.
 */
public final class WebDocuments {

    /**
     * Reading options.
     *
     * @param date        publication date for documents that give none
     * @param maxChars    longest visible text accepted, in characters
     * @param englishOnly report and skip documents that are not in English
     * @param maxBytes    markup beyond this many bytes is not parsed (the page is read from its first bytes)
     */
    public record Options(Optional<LocalDate> date, int maxChars, boolean englishOnly, int maxBytes) {
        public static Options defaults() {
            return new Options(Optional.empty(), 1_000_000, true, 5 << 20);
        }
    }

    /**
     * Where a document came from.
     *
     * @param where the file and position ("crawl.warc.gz#12", "feed.xml:3"), the {@code path} of the document
     * @param url   the URL it was fetched from, or ""
     * @param id    its id, when the input gives one
     * @param date  the date the feed or crawl gives it
     */
    public record Origin(String where, String url, Optional<String> id, Optional<LocalDate> date) {
        public static Origin of(String where, String url) {
            return new Origin(where, url, Optional.empty(), Optional.empty());
        }
    }

    private final Options options;
    private final NearDuplicates duplicates;

    public WebDocuments(Options options, NearDuplicates duplicates) {
        this.options = options;
        this.duplicates = duplicates;
    }

    public Options options() {
        return options;
    }

    public NearDuplicates duplicates() {
        return duplicates;
    }

    /** A page from its bytes (charset from the HTTP header if known). */
    public Item html(byte[] bytes, int length, Optional<String> charset, Origin origin) {
        String id = origin.id().orElse(origin.where());
        if (length == 0) {
            return new Item.Problem(id, origin.where(), "empty", "empty page: nothing to read");
        }
        int n = Math.min(length, 8192);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return new Item.Problem(id, origin.where(), "binary", "binary data (NUL bytes), not a web page");
            }
        }
        Markup.Decoded d = Markup.decode(bytes, length, options.maxBytes(), charset);
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("charset", d.charset());
        if (d.truncated()) {
            extra.put("truncated_at_bytes", options.maxBytes());
            extra.put("bytes", d.bytes());
        }
        return page(HtmlExtractor.extract(d.html(), origin.url()), origin, extra);
    }

    /** An extracted page. */
    public Item page(HtmlExtractor.Page page, Origin origin, Map<String, Object> extra) {
        String main = page.mainText();
        String url = page.meta().url().isEmpty() ? origin.url() : page.meta().url();
        String id = origin.id().orElseGet(() -> stableId(url, main));
        if (main.isBlank()) {
            return new Item.Problem(id, origin.where(), "empty", "no main text found on the page");
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("url", url);
        meta.put("outlet", page.meta().outlet());
        meta.put("title", page.meta().title());
        Optional<LocalDate> date = page.meta().published();
        String source = "page";
        if (date.isEmpty() && origin.date().isPresent()) {
            date = origin.date();
            source = "feed-or-record";
        } else if (date.isEmpty() && options.date().isPresent()) {
            date = options.date();
            source = "option";
        } else if (date.isEmpty()) {
            source = "unknown";
        }
        meta.put("date_source", source);
        meta.putAll(extra);
        return document(id, origin.where(), page.text(), page.dropped(), main, date, meta);
    }

    /** A plain-text document (a JSON Lines record with {@code text}): nothing dropped, all of it main text. */
    public Item text(String id, String where, String text, Optional<LocalDate> date, Map<String, Object> extra) {
        if (text.isBlank()) {
            return new Item.Problem(id, where, "empty", "empty document: nothing to code");
        }
        Map<String, Object> meta = new LinkedHashMap<>(extra);
        return document(id, where, text, List.of(), text, date.or(options::date), meta);
    }

    private Item document(String id, String where, String text, List<DroppedRegion> dropped, String main,
                          Optional<LocalDate> date, Map<String, Object> meta) {
        if (text.length() > options.maxChars()) {
            return new Item.Problem(id, where, "too-large", "visible text of " + text.length()
                    + " characters is over the limit of " + options.maxChars() + " (--max-chars)");
        }
        String lang = LanguageGuess.of(main);
        if (lang.equals("und") && !Language.looksEnglish(main)) {
            lang = "xx";
        } else if (lang.equals("und")) {
            lang = "en";
        }
        meta.put("language", lang);
        if (options.englishOnly() && !lang.equals("en")) {
            return new Item.Problem(id, where, "language", "language '" + lang + "', not English: skipped, not coded");
        }
        meta.put("path", where);
        meta.put("dup_cluster", duplicates.cluster(id, main));
        return new Item.Doc(new Document(id, text, date, meta, dropped), where);
    }

    /** A stable id from URL and main text: "web-" and 16 hex digits. */
    static String stableId(String url, String main) {
        long h = Hashing.komihash5_0().hashCharsToLong(url + "\n" + main);
        return String.format("web-%016x", h);
    }
}
