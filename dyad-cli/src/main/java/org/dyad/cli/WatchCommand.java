package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.export.EventJson;
import org.dyad.ingest.Item;
import org.dyad.ingest.web.FeedWatcher;
import org.dyad.ingest.web.NearDuplicates;
import org.dyad.ingest.web.WebDocuments;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad watch}: polls news feeds, fetches new articles, codes them and writes their events. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds (one URL a line in FEEDS; # comments), fetch new articles and code them.",
            "Honours ETag/Last-Modified and robots.txt, waits --per-host between requests to one host, and survives "
                + "feeds that are down, slow or garbage (reported on stderr). Events go to stdout or are appended to --out."})
final class WatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FEEDS", description = "File with one feed URL a line.")
    Path feeds;

    @Option(names = "--every", defaultValue = "15m", description = "Time between polls: 30s, 15m, 1h (default: ${DEFAULT-VALUE}).")
    String every;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Append events to this JSON Lines file.")
    Path out;

    @Option(names = "--rounds", defaultValue = "0", description = "Stop after this many polls (default: 0, never).")
    int rounds;

    @Option(names = "--per-host", defaultValue = "1s", description = "Pause between two requests to one host (default: ${DEFAULT-VALUE}).")
    String perHost;

    @Option(names = "--timeout", defaultValue = "20s", description = "Longest wait for one answer (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--any-language", description = "Code articles that are not in English.")
    boolean anyLanguage;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintStream err = System.err;
        List<URI> urls = new ArrayList<>();
        for (String line : Files.readAllLines(feeds, StandardCharsets.UTF_8)) {
            String s = line.replaceFirst("#.*", "").trim();
            if (!s.isEmpty()) {
                try {
                    urls.add(URI.create(s));
                } catch (IllegalArgumentException e) {
                    err.println("dyad: " + feeds + ": not a URL, skipped: " + s);
                }
            }
        }
        if (urls.isEmpty()) {
            err.println("dyad: no feed URLs in " + feeds);
            return 2;
        }
        WebDocuments docs = new WebDocuments(new WebDocuments.Options(Optional.empty(), 1_000_000, !anyLanguage,
                WebDocuments.Options.defaults().maxBytes()), new NearDuplicates(WebReading.DUPLICATE_MEMORY));
        FeedWatcher.Options defaults = FeedWatcher.Options.defaults();
        FeedWatcher watcher = new FeedWatcher(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(duration(timeout)).build(), docs,
                new FeedWatcher.Options(duration(timeout), duration(perHost), defaults.userAgent(), defaults.memory()));
        Pipeline pipeline = Engine.pipeline();
        Duration pause = duration(every);
        for (int round = 1; rounds == 0 || round <= rounds; round++) {
            long t0 = System.nanoTime();
            List<Item> items = watcher.poll(urls);
            try (Writer w = out == null ? new java.io.OutputStreamWriter(new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush(); // stdout stays open between rounds
                }
            }, StandardCharsets.UTF_8) : Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                Batch.Summary s = new Batch(pipeline, 1, err, false).run(items.iterator(), r -> {
                    try {
                        for (Event e : r.events()) {
                            w.write(EventJson.line(e));
                            w.write('\n');
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                err.printf("dyad: watch round %d at %s: %d new items, %d coded, %d events, %d problems%n", round,
                        LocalDateTime.now().withNano(0), s.documents(), s.coded(), s.events(), s.problems().size());
            }
            if (rounds != 0 && round == rounds) {
                break;
            }
            long left = pause.toNanos() - (System.nanoTime() - t0);
            if (left > 0) {
                Thread.sleep(left / 1_000_000);
            }
        }
        return 0;
    }

    /** "30s", "15m", "1h", "500ms" or an ISO-8601 duration. */
    static Duration duration(String s) {
        String t = s.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> Duration.parse(s);
            };
        } catch (RuntimeException e) {
            return Duration.parse(s.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
