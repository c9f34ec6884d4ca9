package org.dyad.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.dyad.ingest.Item;
import org.dyad.ingest.ReadAhead;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC or ARC file (gzipped or not), read with jwarc, lazily: each response record whose HTTP payload is
 * HTML becomes a document (HTTP and content encodings undone; the record's date is the fallback
 * publication date). Other records are skipped; a record that cannot be parsed is a problem, and a file
 * that breaks off ends with a problem after every record read before the break.
 */
public final class WarcFile extends ReadAhead<Item> {

    /** What a reading saw: records in all, responses, HTML responses. */
    public static final class Counts {
        public int records;
        public int responses;
        public int html;
    }

    private final Path file;
    private final WebDocuments docs;
    private final Counts counts = new Counts();
    private WarcReader reader;

    WarcFile(Path file, WebDocuments docs) {
        this.file = file;
        this.docs = docs;
    }

    public static WarcFile of(Path file, WebDocuments docs) {
        return new WarcFile(file, docs);
    }

    public Counts counts() {
        return counts;
    }

    /** The next item, or null to read on (a record that is not an HTML response), or null once ended. */
    @Override
    protected Item read() {
        String where = file + "#" + (counts.records + 1);
        WarcRecord record;
        try {
            if (reader == null) {
                reader = new WarcReader(file);
                reader.setLenient(true);
            }
            Optional<WarcRecord> r = reader.next();
            if (r.isEmpty()) {
                close();
                return null;
            }
            record = r.get();
        } catch (IOException | RuntimeException e) {
            close();
            return new Item.Problem(where, where, "warc", "cannot read further (" + e.getClass().getSimpleName() + ": "
                    + FeedFile.firstLine(e.getMessage()) + "); " + counts.records + " records read before");
        }
        counts.records++;
        if (!(record instanceof WarcResponse resp)) {
            return null;
        }
        counts.responses++;
        if (!resp.target().regionMatches(true, 0, "http", 0, 4)) {
            return null; // dns:, ftp:, whois: records hold no web page
        }
        try {
            HttpResponse http = resp.http();
            String type = http.headers().first("Content-Type").orElse("");
            MediaType media = MediaType.parseLeniently(type.isEmpty() ? "application/octet-stream" : type);
            String base = media.base().toString().toLowerCase(Locale.ROOT);
            if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
                return null;
            }
            counts.html++;
            if (http.status() < 200 || http.status() >= 300) {
                return new Item.Problem(where, where, "http", "HTTP status " + http.status() + " for " + resp.target());
            }
            int limit = docs.options().maxBytes();
            byte[] body;
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes(limit + 1);
            }
            LocalDate date = resp.date().atZone(ZoneOffset.UTC).toLocalDate();
            return docs.html(body, body.length, Markup.charsetOf(type),
                    new WebDocuments.Origin(where, resp.target(), Optional.empty(), Optional.of(date)));
        } catch (IOException | RuntimeException e) {
            return new Item.Problem(where, where, "warc", "bad response record (" + e.getClass().getSimpleName() + ": "
                    + FeedFile.firstLine(e.getMessage()) + ")");
        }
    }

    private void close() {
        end();
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (IOException ignored) {
            // the records read so far stand
        }
    }
}
