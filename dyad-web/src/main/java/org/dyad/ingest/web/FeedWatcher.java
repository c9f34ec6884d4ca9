package org.dyad.ingest.web;

import com.rometools.rome.io.FeedException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dyad.ingest.Item;

/**
 * Polls news feeds and fetches their new articles. Each poll asks every feed for what changed (conditional
 * GET with the ETag and Last-Modified the feed last gave), reads its entries, and fetches each entry's page
 * once (a page that cannot be fetched falls back to the entry's own content). It obeys each host's
 * robots.txt (read once per host), waits {@code perHost} between two requests to the same host, and gives
 * every request {@code timeout}: a feed that is down, slow or garbage is a problem of that poll, and the
 * others go on. Remembers the last {@code memory} article URLs it has seen.
 */
public final class FeedWatcher {

    /** Polling options. */
    public record Options(Duration timeout, Duration perHost, String userAgent, int memory) {
        public static Options defaults() {
            return new Options(Duration.ofSeconds(20), Duration.ofSeconds(1), "dyad-watch/0.1 (+news event coding)",
                    200_000);
        }
    }

    private record Validators(Optional<String> etag, Optional<String> lastModified) {
    }

    private final HttpClient client;
    private final WebDocuments docs;
    private final Options options;
    private final Map<String, Validators> validators = new HashMap<>();
    private final Map<String, Robots> robots = new HashMap<>();
    private final Map<String, Long> nextAllowed = new HashMap<>();
    private final Set<String> seen = new LinkedHashSet<>();

    public FeedWatcher(HttpClient client, WebDocuments docs, Options options) {
        this.client = client;
        this.docs = docs;
        this.options = options;
    }

    /** One round over the feeds: the new articles as documents, and the problems met. */
    public List<Item> poll(List<URI> feeds) {
        robots.clear(); // read again each round: rules change, and a site in trouble may have recovered
        List<Item> out = new ArrayList<>();
        for (URI feed : feeds) {
            try {
                pollFeed(feed, out);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return out;
            } catch (IOException | RuntimeException e) {
                out.add(new Item.Problem(feed.toString(), feed.toString(), "fetch", "feed unreachable: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
            }
        }
        return out;
    }

    private void pollFeed(URI feed, List<Item> out) throws IOException, InterruptedException {
        String where = feed.toString();
        if (!allowed(feed)) {
            out.add(new Item.Problem(where, where, "robots", "robots.txt disallows this feed"));
            return;
        }
        HttpRequest.Builder req = request(feed);
        Validators v = validators.get(where);
        if (v != null) {
            v.etag().ifPresent(e -> req.header("If-None-Match", e));
            v.lastModified().ifPresent(m -> req.header("If-Modified-Since", m));
        }
        HttpResponse<byte[]> resp = send(feed, req.build());
        byte[] body = resp.body();
        if (resp.statusCode() == 304) {
            return;
        }
        if (resp.statusCode() != 200) {
            out.add(new Item.Problem(where, where, "http", "feed answered HTTP " + resp.statusCode()));
            return;
        }
        List<FeedFile.Entry> entries;
        try {
            entries = FeedFile.entries(body);
        } catch (FeedException e) {
            out.add(new Item.Problem(where, where, "feed", "not a readable RSS or Atom feed: "
                    + FeedFile.firstLine(e.getMessage())));
            return;
        }
        validators.put(where, new Validators(resp.headers().firstValue("ETag"),
                resp.headers().firstValue("Last-Modified")));
        for (FeedFile.Entry e : entries) {
            String key = e.link().isEmpty() ? e.title() + "|" + e.html().hashCode() : e.link();
            if (!seen.add(key)) {
                continue;
            }
            if (seen.size() > options.memory()) {
                seen.remove(seen.iterator().next());
            }
            out.add(article(feed, e));
        }
    }

    private Item article(URI feed, FeedFile.Entry e) throws InterruptedException {
        String where = e.link().isEmpty() ? feed + "#" + e.title() : e.link();
        WebDocuments.Origin origin = new WebDocuments.Origin(where, e.link(), Optional.empty(), e.date());
        String failure = null;
        if (!e.link().isEmpty()) {
            try {
                URI uri = feed.resolve(e.link());
                if (!allowed(uri)) {
                    failure = "robots.txt disallows the article";
                } else {
                    HttpResponse<byte[]> resp = send(uri, request(uri).build());
                    byte[] body = resp.body();
                    String type = resp.headers().firstValue("Content-Type").orElse("text/html");
                    if (resp.statusCode() == 200 && type.toLowerCase(Locale.ROOT).contains("html")) {
                        Item item = docs.html(body, body.length, Markup.charsetOf(type), origin);
                        if (item instanceof Item.Doc || e.html().isBlank()) {
                            return item;
                        }
                        failure = ((Item.Problem) item).message();
                    } else {
                        failure = "article answered HTTP " + resp.statusCode() + " " + type;
                    }
                }
            } catch (IOException | IllegalArgumentException x) {
                failure = "article unreachable: " + x.getClass().getSimpleName();
            }
        }
        if (!e.html().isBlank()) {
            Map<String, Object> extra = new HashMap<>();
            extra.put("from", "feed");
            if (failure != null) {
                extra.put("fetch_problem", failure);
            }
            return docs.page(HtmlExtractor.fragment(e.html(), e.link(), e.title(), e.date()), origin, extra);
        }
        return new Item.Problem(where, where, "fetch", failure == null ? "entry without link or content" : failure);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(options.timeout()).header("User-Agent", options.userAgent())
                .header("Accept-Encoding", "identity").GET();
    }

    /** Sends after the host's pause; the whole answer, body included, must arrive within the timeout. */
    private HttpResponse<byte[]> send(URI uri, HttpRequest req) throws IOException, InterruptedException {
        String host = uri.getScheme() + "://" + uri.getAuthority();
        long now = System.nanoTime();
        long at = nextAllowed.getOrDefault(host, now);
        if (at > now) {
            Thread.sleep((at - now) / 1_000_000, (int) ((at - now) % 1_000_000));
        }
        nextAllowed.put(host, System.nanoTime() + options.perHost().toNanos());
        java.util.concurrent.CompletableFuture<HttpResponse<byte[]>> f =
                client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return f.get(options.timeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            f.cancel(true);
            throw new java.net.http.HttpTimeoutException("no complete answer within " + options.timeout());
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    private boolean allowed(URI uri) throws InterruptedException {
        String host = uri.getScheme() + "://" + uri.getAuthority();
        Robots r = robots.get(host);
        if (r == null) {
            r = fetchRobots(URI.create(host + "/robots.txt"));
            robots.put(host, r);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return r.allows(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    private Robots fetchRobots(URI uri) throws InterruptedException {
        try {
            HttpResponse<byte[]> resp = send(uri, request(uri).build());
            byte[] body = resp.body();
            if (resp.statusCode() == 200) {
                return Robots.parse(new String(body, java.nio.charset.StandardCharsets.UTF_8), options.userAgent());
            }
            // 4xx: no rules; 5xx: the site is in trouble, so leave it alone this time (RFC 9309)
            return resp.statusCode() >= 500 ? Robots.disallowAll() : Robots.allowAll();
        } catch (IOException e) {
            return Robots.allowAll();
        }
    }

    /** Forgets the robots.txt rules, so that they are read again on the next poll. */
    public void forgetRobots() {
        robots.clear();
    }
}
