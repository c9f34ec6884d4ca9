package org.dyad.ingest.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.Item;

/**
 * Reads any mix of news inputs, lazily, one {@link Item} at a time, choosing the reader by file name:
 * HTML ({@code .html}, {@code .htm}, {@code .xhtml}, and gzipped), feeds ({@code .xml}, {@code .rss},
 * {@code .atom}), crawl archives ({@code .warc}, {@code .warc.gz}, {@code .arc}, {@code .arc.gz}), JSON Lines
 * with {@code text} or {@code html} ({@code .jsonl}, {@code .jsonl.gz}, {@code .json}) and plain text
 * ({@code .txt}, read by {@link Inputs}). Directories are walked in name order; arguments with {@code *},
 * {@code ?} or {@code [} are globs. Every document passes through one {@link NearDuplicates}, so its
 * {@code dup_cluster} is known across all inputs of the run.
 */
public final class WebInputs implements Iterator<Item> {

    private final Iterator<Path> files;
    private final WebDocuments docs;
    private final Inputs.Options textOptions;
    private Iterator<Item> current = Collections.emptyIterator();

    private WebInputs(List<Path> files, WebDocuments docs) {
        this.files = files.iterator();
        this.docs = docs;
        WebDocuments.Options o = docs.options();
        this.textOptions = new Inputs.Options(o.date(), o.maxChars(), o.englishOnly());
    }

    public static WebInputs of(List<String> args, WebDocuments docs) {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            files.addAll(expand(a));
        }
        return new WebInputs(files, docs);
    }

    /** The files an argument names: itself, the readable files under a directory, or a glob's matches. */
    static List<Path> expand(String arg) {
        List<Path> out = new ArrayList<>();
        if (arg.contains("*") || arg.contains("?") || arg.contains("[")) {
            Path root = globRoot(arg);
            String pattern = arg.startsWith("./") ? arg.substring(2) : arg;
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> m.matches(root.equals(Paths.get(".")) ? root.relativize(p) : p))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("listing " + root, e);
            }
            return out;
        }
        Path p = Paths.get(arg);
        if (Files.isDirectory(p)) {
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> kind(f) != Kind.UNKNOWN).sorted().forEach(out::add);
            } catch (IOException e) {
                throw new UncheckedIOException("listing " + p, e);
            }
        } else {
            out.add(p);
        }
        return out;
    }

    private static Path globRoot(String glob) {
        Path root = Paths.get(".");
        String[] parts = glob.split("/", -1);
        StringBuilder fixed = new StringBuilder(glob.startsWith("/") ? "/" : "");
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].matches(".*[*?\\[{].*")) {
                break;
            }
            if (!parts[i].isEmpty()) {
                fixed.append(parts[i]).append('/');
            }
        }
        return fixed.length() == 0 ? root : Paths.get(fixed.toString());
    }

    enum Kind { HTML, FEED, WARC, JSONL, TEXT, UNKNOWN }

    static Kind kind(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return Kind.HTML;
        }
        if (n.endsWith(".xml") || n.endsWith(".rss") || n.endsWith(".atom")) {
            return Kind.FEED;
        }
        if (n.endsWith(".warc") || n.endsWith(".arc")) {
            return Kind.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".json")) {
            return Kind.JSONL;
        }
        if (n.endsWith(".txt")) {
            return Kind.TEXT;
        }
        return Kind.UNKNOWN;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && files.hasNext()) {
            current = open(files.next());
        }
        return current.hasNext();
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    /** Plain-text documents join the run's near-duplicate clusters too. */
    private Iterator<Item> withCluster(Iterator<Item> items) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return items.hasNext();
            }

            @Override
            public Item next() {
                Item i = items.next();
                if (!(i instanceof Item.Doc d)) {
                    return i;
                }
                org.dyad.model.Document x = d.document();
                java.util.Map<String, Object> meta = new java.util.LinkedHashMap<>(x.metadata());
                meta.put("path", d.where());
                meta.put("dup_cluster", docs.duplicates().cluster(x.id(), x.text()));
                return new Item.Doc(new org.dyad.model.Document(x.id(), x.text(), x.published(), meta, x.dropped()),
                        d.where());
            }
        };
    }

    private Iterator<Item> open(Path file) {
        String where = file.toString();
        if (!Files.isRegularFile(file)) {
            return List.<Item>of(new Item.Problem(where, where, "io", "no such file")).iterator();
        }
        return switch (kind(file)) {
            case HTML -> List.of(HtmlFile.read(file, docs)).iterator();
            case FEED -> FeedFile.read(file, docs).iterator();
            case WARC -> new WarcFile(file, docs);
            case JSONL -> new WebJsonLines(file, docs);
            case TEXT -> withCluster(Inputs.of(List.of(file), textOptions));
            case UNKNOWN -> List.<Item>of(new Item.Problem(where, where, "format",
                    "unknown input format (expected .html, .xml/.rss/.atom, .warc/.arc, .jsonl or .txt)")).iterator();
        };
    }
}
