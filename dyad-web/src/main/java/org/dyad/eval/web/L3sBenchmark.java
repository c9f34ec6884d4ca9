package org.dyad.eval.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.ingest.web.HtmlExtractor;
import org.dyad.ingest.web.Markup;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Scores main-text extraction on L3S-GN1 (annotated/*.html.gz): each page's annotation spans give the
 * gold text by class (x-nc-sel1 headline, sel2 full text, sel3 supplemental, sel4 related, sel5 comments).
 * The annotation is stripped (spans unwrapped, the annotator's style sheet and classes removed) to get back
 * the page, which Dyad then extracts. Texts are compared as multisets of word shingles
 * ({@link Shingles}):
 * <ul>
 * <li>main-text recall: the share of the full text's shingles (sel2) found in the extracted main text, as the
 *     mean over pages and over all shingles pooled;</li>
 * <li>comment leakage: on pages with comments, the share of the comments' shingles found in the main text
 *     beyond what the article's own text (sel1-sel3) accounts for (a comment quoting the article does not
 *     count), pooled over pages and as the mean over pages.</li>
 * </ul>
 */
public final class L3sBenchmark {

    public record Result(int pages, double recallMean, double recallPooled, int pagesWithComments,
                         double leakPooled, double leakMean, List<String> worst) {
    }

    private L3sBenchmark() {
    }

    public static Result run(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("annotated"))) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        double recallSum = 0;
        long goldAll = 0;
        long foundAll = 0;
        int withComments = 0;
        long commentAll = 0;
        long leakedAll = 0;
        double leakSum = 0;
        List<double[]> per = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            Document doc = Jsoup.parse(read(f), "");
            String main = gold(doc, "x-nc-sel2");
            String article = gold(doc, "x-nc-sel1") + "\n" + main + "\n" + gold(doc, "x-nc-sel3");
            String comments = gold(doc, "x-nc-sel5");
            strip(doc);
            String kept = HtmlExtractor.extract(doc.outerHtml(), "").mainText();
            Map<String, Integer> k = Shingles.of(kept);
            Map<String, Integer> g = Shingles.of(main);
            long gs = Shingles.size(g);
            long found = Shingles.overlap(g, k);
            double recall = gs == 0 ? 1 : (double) found / gs;
            recallSum += recall;
            goldAll += gs;
            foundAll += found;
            double leak = 0;
            if (!comments.isBlank()) {
                Map<String, Integer> c = Shingles.of(comments);
                Map<String, Integer> a = Shingles.of(article);
                long leaked = 0;
                for (Map.Entry<String, Integer> e : c.entrySet()) {
                    int inKept = k.getOrDefault(e.getKey(), 0) - a.getOrDefault(e.getKey(), 0);
                    leaked += Math.max(0, Math.min(e.getValue(), inKept));
                }
                long cs = Shingles.size(c);
                withComments++;
                commentAll += cs;
                leakedAll += leaked;
                leak = cs == 0 ? 0 : (double) leaked / cs;
                leakSum += leak;
            }
            per.add(new double[] {recall, leak});
            names.add(f.getFileName().toString());
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < per.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(per.get(a)[0] - per.get(a)[1], per.get(b)[0] - per.get(b)[1]));
        List<String> worst = new ArrayList<>();
        for (int i = 0; i < Math.min(10, order.size()); i++) {
            double[] s = per.get(order.get(i));
            worst.add(String.format("%s recall=%.2f leak=%.2f", names.get(order.get(i)), s[0], s[1]));
        }
        int n = files.size();
        return new Result(n, n == 0 ? 0 : recallSum / n, goldAll == 0 ? 0 : (double) foundAll / goldAll, withComments,
                commentAll == 0 ? 0 : (double) leakedAll / commentAll, withComments == 0 ? 0 : leakSum / withComments,
                worst);
    }

    /** The text of the outermost spans of an annotation class, one span a line. */
    static String gold(Document doc, String cls) {
        StringBuilder sb = new StringBuilder();
        for (Element e : doc.getElementsByClass(cls)) {
            boolean nested = false;
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (p.hasClass(cls)) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                sb.append(e.text()).append('\n');
            }
        }
        return sb.toString();
    }

    /** Removes the annotation: unwraps its spans, drops its style sheet and its classes. */
    static void strip(Document doc) {
        for (Element s : doc.getElementsByTag("style")) {
            if (s.data().contains("x-nc-sel")) {
                s.remove();
            }
        }
        for (Element e : doc.select("span[class~=^x-nc-sel\\d]")) {
            e.unwrap();
        }
        for (Element e : doc.select("[class~=x-nc-]")) {
            for (String c : new ArrayList<>(e.classNames())) {
                if (c.startsWith("x-nc-")) {
                    e.removeClass(c);
                }
            }
            if (e.className().isBlank()) {
                e.removeAttr("class");
            }
        }
    }

    private static String read(Path f) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            byte[] b = in.readAllBytes();
            return Markup.decode(b, b.length, 8 << 20, Optional.empty()).html();
        }
    }
}
