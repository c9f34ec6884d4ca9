package org.dyad.eval.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.dyad.ingest.web.HtmlExtractor;
import org.dyad.ingest.web.Markup;

/**
 * Scores main-text extraction on the article-extraction-benchmark (html/*.html.gz and ground-truth.json) the
 * way its authors do: per page, true and false positives and negatives over word shingles, normalised so
 * that each page weighs the same; precision is the mean over pages with any predicted or true-positive
 * shingle, recall the mean over pages with any true shingle, and F1 their harmonic mean.
 */
public final class ArticleBenchmark {

    /** Scores, and the pages that did worst. */
    public record Result(int pages, double precision, double recall, double f1, List<String> worst) {
    }

    private ArticleBenchmark() {
    }

    public static Result run(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<double[]> scores = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Path html = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            String predicted = extract(html, e.getValue().path("url").asText(""));
            scores.add(tpFpFn(e.getValue().path("articleBody").asText(""), predicted));
            names.add(e.getKey());
        }
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            double[] s = scores.get(i);
            order.add(i);
            if (s[0] + s[1] > 0) {
                p += precision(s);
                np++;
            }
            if (s[0] + s[2] > 0) {
                r += recall(s);
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        order.sort((a, b) -> Double.compare(f1(scores.get(a)), f1(scores.get(b))));
        List<String> worst = new ArrayList<>();
        for (int i = 0; i < Math.min(10, order.size()); i++) {
            double[] s = scores.get(order.get(i));
            worst.add(String.format("%s P=%.2f R=%.2f", names.get(order.get(i)), precision(s), recall(s)));
        }
        return new Result(scores.size(), precision, recall, 2 * precision * recall / Math.max(1e-9, precision + recall),
                worst);
    }

    /** The main text Dyad extracts from one gzipped page. */
    public static String extract(Path htmlGz, String url) throws IOException {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(htmlGz))) {
            bytes = in.readAllBytes();
        }
        Markup.Decoded d = Markup.decode(bytes, bytes.length, 8 << 20, Optional.empty());
        return HtmlExtractor.extract(d.html(), url).mainText();
    }

    /** Normalised [tp, fp, fn] of predicted against true shingles. */
    public static double[] tpFpFn(String truth, String predicted) {
        Map<String, Integer> t = Shingles.of(truth);
        Map<String, Integer> p = Shingles.of(predicted);
        double tp = Shingles.overlap(t, p);
        double fp = Shingles.size(p) - tp;
        double fn = Shingles.size(t) - tp;
        double s = tp + fp + fn;
        return s > 0 ? new double[] {tp / s, fp / s, fn / s} : new double[] {0, 0, 0};
    }

    private static double precision(double[] s) {
        if (s[1] == 0 && s[2] == 0) {
            return 1;
        }
        return s[0] + s[1] == 0 ? 0 : s[0] / (s[0] + s[1]);
    }

    private static double recall(double[] s) {
        if (s[1] == 0 && s[2] == 0) {
            return 1;
        }
        return s[0] + s[2] == 0 ? 0 : s[0] / (s[0] + s[2]);
    }

    private static double f1(double[] s) {
        double p = precision(s);
        double r = recall(s);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
