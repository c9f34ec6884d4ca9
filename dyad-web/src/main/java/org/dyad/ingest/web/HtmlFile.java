package org.dyad.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dyad.ingest.Item;

/**
 * One HTML file ({@code .html}, {@code .htm}, {@code .xhtml}, gzipped or not) as a document. At most the
 * byte limit is read. A gzip stream that breaks off keeps what was read before the break (the document
 * says so in {@code read_error}); one that yields nothing is a problem.
 */
final class HtmlFile {

    private HtmlFile() {
    }

    static Item read(Path file, WebDocuments docs) {
        String where = file.toString();
        int limit = docs.options().maxBytes();
        byte[] buf = new byte[0];
        int n = 0;
        String error = null;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().toLowerCase().endsWith(".gz")
                     ? new GZIPInputStream(raw, 1 << 16) : raw) {
            buf = new byte[1 << 16];
            int r;
            while (n <= limit && (r = in.read(buf, n, Math.min(buf.length - n, limit + 1 - n))) > 0) {
                n += r;
                if (n == buf.length && n <= limit) {
                    buf = java.util.Arrays.copyOf(buf, Math.min(buf.length * 2, limit + 1));
                }
            }
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (n == 0) {
            return new Item.Problem(where, where, error == null ? "empty" : "io",
                    error == null ? "empty file" : "cannot read (" + error + ")");
        }
        Item item = docs.html(buf, n, Optional.empty(), WebDocuments.Origin.of(where, ""));
        if (error != null && item instanceof Item.Doc d) {
            Map<String, Object> meta = new java.util.LinkedHashMap<>(d.document().metadata());
            meta.put("read_error", error + " after " + n + " bytes");
            org.dyad.model.Document x = d.document();
            return new Item.Doc(new org.dyad.model.Document(x.id(), x.text(), x.published(), meta, x.dropped()), where);
        }
        return item;
    }
}
