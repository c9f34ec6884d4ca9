package org.dyad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.eval.web.ArticleBenchmark;
import org.dyad.eval.web.ExtractionSpeed;
import org.dyad.eval.web.L3sBenchmark;
import org.dyad.eval.web.WarcCensus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench-extract}: main-text extraction quality and speed on the corpora in ../shared:
 * article-extraction-benchmark F1, L3S-GN1 main-text recall and comment leakage, WARC record counts, and
 * reading plus extraction pages per second on one thread.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = "Extraction figures: article-extraction-benchmark F1, L3S-GN1 recall and comment leakage, "
            + "WARC counts, pages/s on one thread.")
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--shared", defaultValue = "../shared", description = "The shared folder (default: ${DEFAULT-VALUE}).")
    Path shared;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed rounds for speed, after 3 warm-up rounds.")
    int rounds;

    @Option(names = "--worst", description = "List the pages that did worst.")
    boolean worst;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        Path extraction = shared.resolve("corpora/extraction");
        ArticleBenchmark.Result a = ArticleBenchmark.run(extraction.resolve("article-extraction-benchmark"));
        out.printf("article-extraction-benchmark: %d pages, F1 %.4f (precision %.4f, recall %.4f)%n", a.pages(), a.f1(),
                a.precision(), a.recall());
        if (worst) {
            a.worst().forEach(w -> out.println("  " + w));
        }
        L3sBenchmark.Result l = L3sBenchmark.run(extraction.resolve("l3s-gn1"));
        out.printf("L3S-GN1: %d pages, main-text recall %.4f (mean over pages; %.4f pooled); "
                + "%d pages with comments, comment leakage %.4f pooled (%.4f mean over pages)%n", l.pages(), l.recallMean(),
                l.recallPooled(), l.pagesWithComments(), l.leakPooled(), l.leakMean());
        if (worst) {
            l.worst().forEach(w -> out.println("  " + w));
        }
        for (WarcCensus.FileCounts c : WarcCensus.run(shared.resolve("corpora/warc"))) {
            out.printf("WARC %s: %d records, %d responses, %d HTML responses -> %d documents, problems %s%n", c.file(),
                    c.records(), c.responses(), c.html(), c.documents(), c.problems());
        }
        for (String corpus : new String[] {"article-extraction-benchmark/html", "l3s-gn1/original"}) {
            ExtractionSpeed.Result s = ExtractionSpeed.run(extraction.resolve(corpus), 3, rounds);
            out.printf("speed %s: %d pages (%.1f MB), read+extract on one thread: %.1f pages/s wall (%.2f s), "
                    + "%.1f pages per CPU second%n", corpus, s.pages(), s.bytes() / 1e6, s.pagesPerSecond(), s.seconds(),
                    s.pagesPerCpuSecond());
        }
        return 0;
    }
}
