package org.dyad.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

/** The figures, with floors a little under what Dyad reaches (see README: bench-extract). */
class ExtractionFiguresTest {

    private static final Path EXTRACTION = Shared.path("corpora/extraction");

    @Test
    void articleExtractionBenchmarkF1IsAtLeast095() throws Exception {
        ArticleBenchmark.Result r = ArticleBenchmark.run(EXTRACTION.resolve("article-extraction-benchmark"));
        assertEquals(181, r.pages());
        assertTrue(r.f1() >= 0.955, "F1 " + r.f1());
    }

    @Test
    void l3sMainTextRecallIsAtLeast095AndCommentsDoNotLeak() throws Exception {
        L3sBenchmark.Result r = L3sBenchmark.run(EXTRACTION.resolve("l3s-gn1"));
        assertEquals(621, r.pages());
        assertTrue(r.recallMean() >= 0.97, "recall " + r.recallMean());
        assertTrue(r.pagesWithComments() >= 70, "pages with comments " + r.pagesWithComments());
        assertTrue(r.leakPooled() <= 0.01, "comment leakage " + r.leakPooled());
        assertTrue(r.leakMean() <= 0.02, "comment leakage per page " + r.leakMean());
    }

    @Test
    void everyHtmlResponseOfTheWarcSamplesIsReadOrReported() throws Exception {
        List<WarcCensus.FileCounts> counts = WarcCensus.run(Shared.path("corpora/warc"));
        int html = 0;
        for (WarcCensus.FileCounts c : counts) {
            int problems = c.problems().values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(c.html(), c.documents() + problems, c.file());
            assertTrue(!c.problems().containsKey("warc"), c.file() + " " + c.problems());
            html += c.html();
        }
        assertEquals(4, counts.size());
        assertEquals(140 + 140 + 6, html);
    }

    @Test
    void shinglesCountLikeTheBenchmark() {
        double[] s = ArticleBenchmark.tpFpFn("one two three four five", "one two three four six");
        // true shingles: (1234) (2345); predicted: (1234) (2346): 1 tp, 1 fp, 1 fn, normalised
        assertEquals(1.0 / 3, s[0], 1e-9);
        assertEquals(1.0 / 3, s[1], 1e-9);
        assertEquals(1.0 / 3, s[2], 1e-9);
    }
}
