package org.dyad.eval.web;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.dyad.ingest.web.HtmlExtractor;
import org.dyad.ingest.web.Markup;

/**
 * Reading plus extraction speed on one thread: each round reads every {@code .html.gz} page of a folder
 * from disk, gunzips, decodes, parses, extracts its metadata and main text. The first rounds warm the JIT;
 * the best later round counts. Reports wall-clock and thread CPU pages per second (CPU time is what one
 * core can do whatever else the machine runs).
 */
public final class ExtractionSpeed {

    public record Result(int pages, long bytes, double seconds, double pagesPerSecond, double cpuSeconds,
                         double pagesPerCpuSecond) {
    }

    private ExtractionSpeed() {
    }

    public static Result run(Path dir, int warmup, int rounds) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Result best = null;
        for (int r = 0; r < warmup + rounds; r++) {
            long bytes = 0;
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (Path f : files) {
                byte[] b;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
                    b = in.readAllBytes();
                }
                bytes += b.length;
                HtmlExtractor.extract(Markup.decode(b, b.length, 5 << 20, Optional.empty()).html(), "").mainText();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
            Result res = new Result(files.size(), bytes, s, files.size() / s, cpu, files.size() / Math.max(cpu, 1e-9));
            if (r >= warmup && (best == null || res.pagesPerSecond() > best.pagesPerSecond())) {
                best = res;
            }
        }
        return best;
    }
}
