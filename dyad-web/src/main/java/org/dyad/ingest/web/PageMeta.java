package org.dyad.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's metadata: title, canonical URL, outlet, publication date and declared language. The date comes
 * from JSON-LD ({@code datePublished}), then article/OpenGraph and other publication-date meta tags, then
 * {@code itemprop=datePublished} and {@code <time>} elements, then a date in the URL
 * ({@code /2019/11/19/}, {@code 2019-11-19}, {@code 20191119}).
 *
 * @param title     the headline, without a trailing " | Site name"
 * @param url       canonical URL when the page gives one, else the URL it was read from
 * @param outlet    og:site_name or the publisher's name, else the host name
 * @param published publication date, if any source gives one
 * @param lang      the page's declared language ({@code <html lang>}), if any
 */
public record PageMeta(String title, String url, String outlet, Optional<LocalDate> published, Optional<String> lang) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d\\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "published_time",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.created", "sailthru.date", "parsely-pub-date", "datepublished", "article.published",
        "citation_publication_date", "originalpublicationdate", "displaydate", "dc.date.created", "og:updated_time",
        "article:modified_time", "last-modified"};
    private static final DateTimeFormatter[] TEXT_DATES = {DateTimeFormatter.RFC_1123_DATE_TIME,
        DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
        DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)};

    /** Reads the metadata of a parsed page fetched from {@code url} (may be empty). */
    public static PageMeta of(Document doc, String url) {
        java.util.Map<String, String> metas = metas(doc);
        JsonNode ld = jsonLd(doc);
        String title = first(meta(metas, "og:title"), meta(metas, "twitter:title"), text(ld, "headline"),
                cleanTitle(doc.title()), h1(doc));
        String canonical = first(attr(doc, "link[rel=canonical]", "href"), meta(metas, "og:url"), url);
        if (!canonical.startsWith("http") && !url.isEmpty()) {
            canonical = url;
        }
        String outlet = first(meta(metas, "og:site_name"), publisher(ld), host(canonical), host(url));
        Optional<LocalDate> date = date(text(ld, "datePublished"));
        for (int i = 0; i < DATE_META.length && date.isEmpty(); i++) {
            date = date(meta(metas, DATE_META[i]));
        }
        if (date.isEmpty()) {
            Element e = doc.selectFirst("[itemprop=datePublished]");
            if (e != null) {
                date = date(first(e.attr("content"), e.attr("datetime"), e.text()));
            }
        }
        if (date.isEmpty()) {
            Element e = doc.selectFirst("time[datetime]");
            if (e != null) {
                date = date(e.attr("datetime"));
            }
        }
        if (date.isEmpty()) {
            date = urlDate(canonical).or(() -> urlDate(url));
        }
        Element html = doc.firstElementChild();
        String lang = html == null ? "" : html.attr("lang");
        return new PageMeta(title, canonical, outlet, date,
                lang.isBlank() ? Optional.empty() : Optional.of(lang.trim().toLowerCase(Locale.ROOT)));
    }

    /** A date in any of the usual forms: ISO 8601 (with or without time), RFC 1123, "November 19, 2019". */
    static Optional<LocalDate> date(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return ymd(m.group(1), m.group(2), m.group(3));
        }
        String t = s.trim();
        for (DateTimeFormatter f : TEXT_DATES) {
            try {
                return Optional.of(f == DateTimeFormatter.RFC_1123_DATE_TIME ? ZonedDateTime.parse(t, f).toLocalDate()
                        : LocalDate.parse(t, f));
            } catch (java.time.format.DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDate> urlDate(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? ymd(m.group(1), m.group(2), m.group(3)) : Optional.empty();
    }

    private static Optional<LocalDate> ymd(String y, String mo, String d) {
        try {
            LocalDate v = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
            return v.getYear() >= 1990 && v.isBefore(LocalDate.now().plusDays(2)) ? Optional.of(v) : Optional.empty();
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static String host(String url) {
        try {
            String h = URI.create(url.trim()).getHost();
            return h == null ? "" : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String cleanTitle(String t) {
        String s = t.strip();
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " « "}) {
            int i = s.lastIndexOf(sep);
            if (i > 15) {
                s = s.substring(0, i);
            }
        }
        return s;
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst("h1");
        return h == null ? "" : h.text();
    }

    private static String meta(java.util.Map<String, String> metas, String name) {
        return metas.getOrDefault(name, "");
    }

    /** The page's meta tags: lower-cased property, name, itemprop or http-equiv to content; the first wins. */
    private static java.util.Map<String, String> metas(Document doc) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name")
                    : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
            String c = m.attr("content").strip();
            if (!key.isEmpty() && !c.isEmpty()) {
                out.putIfAbsent(key.toLowerCase(Locale.ROOT), c);
            }
        }
        return out;
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null ? "" : e.absUrl(attr).isEmpty() ? e.attr(attr) : e.absUrl(attr);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** The first JSON-LD object that looks like an article (or the first object), else null. */
    private static JsonNode jsonLd(Document doc) {
        JsonNode any = null;
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(s.data());
                JsonNode a = article(n);
                if (a != null) {
                    return a;
                }
                if (any == null && n != null && n.isObject()) {
                    any = n;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // broken JSON-LD is common: the page's other metadata still counts
            }
        }
        return any;
    }

    private static JsonNode article(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                JsonNode a = article(x);
                if (a != null) {
                    return a;
                }
            }
            return null;
        }
        if (n.has("@graph")) {
            return article(n.get("@graph"));
        }
        return n.isObject() && (n.has("datePublished") || n.has("headline")) ? n : null;
    }

    private static String text(JsonNode n, String field) {
        if (n == null || !n.has(field)) {
            return "";
        }
        JsonNode v = n.get(field);
        return v.isTextual() ? v.asText() : v.isArray() && v.size() > 0 ? v.get(0).asText() : "";
    }

    private static String publisher(JsonNode n) {
        if (n == null || !n.has("publisher")) {
            return "";
        }
        JsonNode p = n.get("publisher");
        if (p.isArray() && p.size() > 0) {
            p = p.get(0);
        }
        return p.isObject() ? text(p, "name") : p.isTextual() ? p.asText() : "";
    }
}
