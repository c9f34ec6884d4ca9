package org.dyad.ingest.web;

import java.util.List;
import org.dyad.model.DroppedRegion;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML to a {@link Page}: parse (jsoup, which repairs broken markup as browsers do), read the metadata,
 * lay out the visible text, and mark all but the main text dropped ({@link MainText}).
 */
public final class HtmlExtractor {

    /**
     * An extracted page.
     *
     * @param text    the page's whole visible text (blocks separated by blank lines)
     * @param dropped the regions of {@code text} that are not the article's main text
     * @param meta    title, URL, outlet, date, declared language
     */
    public record Page(String text, List<DroppedRegion> dropped, PageMeta meta) {
        public Page {
            dropped = List.copyOf(dropped);
        }

        /** The main text: the kept parts of {@link #text()}, joined by blank lines. */
        public String mainText() {
            return kept(text, dropped);
        }
    }

    private HtmlExtractor() {
    }

    public static Page extract(String html, String url) {
        return extract(Jsoup.parse(html, url == null ? "" : url), url == null ? "" : url);
    }

    public static Page extract(Document doc, String url) {
        PageMeta meta = PageMeta.of(doc, url);
        Element body = doc.body();
        PageText text = PageText.of(body == null ? doc : body);
        MainText.Result r = MainText.extract(text, meta.title());
        return new Page(text.text(), r.dropped(), meta);
    }

    /**
     * A fragment whose whole text is main text: a feed entry's content or description. Its title, URL and
     * date come from the feed.
     */
    public static Page fragment(String html, String url, String title, java.util.Optional<java.time.LocalDate> date) {
        Document doc = Jsoup.parseBodyFragment(html, url == null ? "" : url);
        PageText text = PageText.of(doc.body());
        PageMeta meta = new PageMeta(title, url == null ? "" : url, PageMeta.host(url == null ? "" : url), date,
                java.util.Optional.empty());
        return new Page(text.text(), List.of(), meta);
    }

    /** The parts of {@code text} outside the dropped regions, stripped and joined by blank lines. */
    public static String kept(String text, List<DroppedRegion> dropped) {
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (DroppedRegion d : dropped) {
            if (d.start() > at) {
                add(sb, text.substring(at, d.start()));
            }
            at = Math.max(at, d.end());
        }
        if (at < text.length()) {
            add(sb, text.substring(at));
        }
        return sb.toString();
    }

    private static void add(StringBuilder sb, String part) {
        String p = part.strip();
        if (!p.isEmpty()) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(p);
        }
    }
}
