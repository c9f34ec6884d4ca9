package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.dyad.ingest.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds and pages served from 127.0.0.1; no other network. */
class FeedWatcherTest {

    private HttpServer server;
    private ExecutorService pool;
    private String base;
    private final Map<String, Integer> hits = new ConcurrentHashMap<>();
    private final List<String> conditional = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        hits.merge(path, 1, Integer::sum);
        times.add(System.nanoTime());
        switch (path) {
            case "/robots.txt" -> send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
            case "/feed.xml" -> {
                if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                    conditional.add(path);
                    send(x, 304, "application/rss+xml", "");
                    return;
                }
                x.getResponseHeaders().add("ETag", "\"v1\"");
                send(x, 200, "application/rss+xml", feed());
            }
            case "/a1" -> send(x, 200, "text/html; charset=utf-8", MainTextTest.PAGE);
            case "/private/a2" -> send(x, 200, "text/html", MainTextTest.PAGE.replace("Damascus", "Aleppo"));
            case "/garbage.xml" -> send(x, 200, "application/xml", "<html><body>no feed here");
            case "/down.xml" -> send(x, 503, "text/plain", "down");
            case "/slow.xml" -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(x, 200, "application/rss+xml", feed());
            }
            default -> send(x, 404, "text/plain", "not found");
        }
    }

    private String feed() {
        return "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>News</title>"
                + item("Envoy meets Assad", base + "/a1", "")
                + item("Aleppo", base + "/private/a2", "&lt;p&gt;" + MainTextTest.STORY.replace("Damascus", "Aleppo")
                + " More follows from the region today.&lt;/p&gt;")
                + item("Gone", base + "/gone", "")
                + "</channel></rss>";
    }

    private static String item(String title, String link, String description) {
        return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>Thu, 05 Jun 2014 10:00:00 GMT"
                + "</pubDate><description>" + description + "</description></item>";
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, status == 304 || b.length == 0 ? -1 : b.length);
        try (OutputStream o = x.getResponseBody()) {
            o.write(b);
        }
    }

    private FeedWatcher watcher(Duration perHost) {
        WebDocuments docs = new WebDocuments(WebDocuments.Options.defaults(), new NearDuplicates(100));
        return new FeedWatcher(HttpClient.newHttpClient(), docs,
                new FeedWatcher.Options(Duration.ofMillis(800), perHost, "dyad-watch-test", 1000));
    }

    @Test
    void fetchesNewArticlesOnceAndAsksOnlyForWhatChanged() {
        FeedWatcher w = watcher(Duration.ZERO);
        List<URI> feeds = List.of(URI.create(base + "/feed.xml"));
        List<Item> first = w.poll(feeds);
        Map<String, Item> byWhere = first.stream().collect(Collectors.toMap(Item::where, i -> i));
        Item.Doc a1 = (Item.Doc) byWhere.get(base + "/a1");
        assertTrue(HtmlExtractor.kept(a1.document().text(), a1.document().dropped()).contains("Damascus"));
        assertEquals(Optional.of(java.time.LocalDate.of(2014, 6, 5)), a1.document().published());
        Item.Doc a2 = (Item.Doc) byWhere.get(base + "/private/a2");
        assertEquals("robots.txt disallows the article", a2.document().metadata().get("fetch_problem"));
        assertTrue(a2.document().text().contains("Aleppo"), "falls back to the entry's own text");
        assertEquals(null, hits.get("/private/a2"), "a disallowed page is never fetched");
        assertTrue(byWhere.get(base + "/gone") instanceof Item.Problem p && p.kind().equals("fetch"));

        List<Item> second = w.poll(feeds);
        assertEquals(List.of(), second);
        assertEquals(List.of("/feed.xml"), conditional, "the second poll sends If-None-Match and gets 304");
        assertEquals(1, hits.get("/a1"));
    }

    @Test
    void survivesFeedsThatAreDownSlowOrGarbage() {
        FeedWatcher w = watcher(Duration.ZERO);
        List<Item> items = w.poll(List.of(URI.create(base + "/down.xml"), URI.create(base + "/slow.xml"),
                URI.create(base + "/garbage.xml"), URI.create(base + "/feed.xml"), URI.create("http://127.0.0.1:1/x.xml")));
        Map<String, String> problems = items.stream().filter(i -> i instanceof Item.Problem)
                .collect(Collectors.toMap(Item::where, i -> ((Item.Problem) i).kind()));
        assertEquals("http", problems.get(base + "/down.xml"));
        assertEquals("fetch", problems.get(base + "/slow.xml"));
        assertEquals("feed", problems.get(base + "/garbage.xml"));
        assertEquals("fetch", problems.get("http://127.0.0.1:1/x.xml"));
        assertTrue(items.stream().anyMatch(i -> i instanceof Item.Doc d && i.where().endsWith("/a1")));
    }

    @Test
    void waitsBetweenRequestsToTheSameHost() {
        FeedWatcher w = watcher(Duration.ofMillis(100));
        w.poll(List.of(URI.create(base + "/feed.xml")));
        assertTrue(times.size() >= 4, "robots, feed, articles: " + times.size());
        // requests leave at least 100 ms apart; arrival times may jitter by a connection set-up
        long span = times.get(times.size() - 1) - times.get(0);
        assertTrue(span >= (times.size() - 1) * 100_000_000L - 60_000_000L, "span " + span + " for " + times.size());
    }
}
