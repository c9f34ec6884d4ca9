package org.dyad.ingest.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.ingest.Item;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, read with Rome, as one document per entry: the entry's content
 * (else its description) is the text, with the entry's title, link and date. Nothing is fetched. A feed
 * that is not a feed (HTML, garbage, truncated XML) is one problem.
 */
public final class FeedFile {

    /** A feed entry: its link, title, date and the HTML of its content or description. */
    public record Entry(String link, String title, Optional<LocalDate> date, String html) {
    }

    private FeedFile() {
    }

    /** The entries of a feed document. */
    public static List<Entry> entries(byte[] xml) throws FeedException {
        SyndFeed feed;
        try (Reader r = reader(xml)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(r);
        } catch (IOException e) {
            throw new FeedException("cannot read feed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new FeedException("not a feed: " + e.getMessage(), e);
        }
        List<Entry> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            StringBuilder html = new StringBuilder();
            for (SyndContent c : e.getContents()) {
                if (c.getValue() != null) {
                    html.append(c.getValue()).append('\n');
                }
            }
            if (html.toString().isBlank() && e.getDescription() != null && e.getDescription().getValue() != null) {
                html.append(e.getDescription().getValue());
            }
            Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Optional<LocalDate> date = d == null ? Optional.empty()
                    : Optional.of(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
            String link = e.getLink() != null ? e.getLink().trim() : e.getUri() != null ? e.getUri().trim() : "";
            out.add(new Entry(link, e.getTitle() == null ? "" : e.getTitle().trim(), date, html.toString()));
        }
        return out;
    }

    static List<Item> read(java.nio.file.Path file, WebDocuments docs) {
        String where = file.toString();
        byte[] bytes;
        try (InputStream in = Gz.open(file)) {
            bytes = in.readNBytes(docs.options().maxBytes());
        } catch (IOException e) {
            return List.of(new Item.Problem(where, where, "io", "cannot read feed (" + e.getMessage() + ")"));
        }
        List<Entry> entries;
        try {
            entries = entries(bytes);
        } catch (FeedException e) {
            return List.of(new Item.Problem(where, where, "feed", "not a readable RSS or Atom feed: "
                    + firstLine(e.getMessage())));
        }
        List<Item> items = new ArrayList<>();
        int i = 0;
        for (Entry e : entries) {
            i++;
            String at = where + ":" + i;
            if (e.html().isBlank()) {
                items.add(new Item.Problem(at, at, "empty", "feed entry without content or description"));
                continue;
            }
            HtmlExtractor.Page page = HtmlExtractor.fragment(e.html(), e.link(), e.title(), e.date());
            items.add(docs.page(page, new WebDocuments.Origin(at, e.link(), Optional.empty(), e.date()),
                    Map.of("from", "feed")));
        }
        return items;
    }

    private static Reader reader(byte[] xml) {
        // Rome's XmlReader sniffs the encoding from the BOM and the XML declaration
        try {
            return new com.rometools.rome.io.XmlReader(new ByteArrayInputStream(xml), true);
        } catch (IOException e) {
            return new InputStreamReader(new ByteArrayInputStream(xml), StandardCharsets.UTF_8);
        }
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
