package org.dyad.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.Item;
import org.dyad.model.Document;
import org.dyad.model.Sentence;
import org.dyad.nlp.corenlp.CoreNlpBaseline;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dyad bench}: Dyad end to end against CoreNLP's default English pipeline, on the same documents, in
 * the same JVM run, one thread each: sentences/s, tokens/s, their ratio, Dyad's time per stage and its
 * peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Speed and memory: Dyad end to end vs. CoreNLP's default English pipeline",
            "(tokenize,ssplit,pos,lemma,ner,depparse) on the same sample of news, one thread."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines corpus (default: ${DEFAULT-VALUE}).",
            defaultValue = "../shared/corpora/news/allsides-intl-2k.jsonl.gz")
    Path corpus;

    @Option(names = "--docs", defaultValue = "60", description = "Documents to time (default: ${DEFAULT-VALUE}).")
    int docs;

    @Option(names = "--skip", defaultValue = "0", description = "Documents to skip first (default: ${DEFAULT-VALUE}).")
    int skip;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed documents first (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-baseline", description = "Time Dyad only.")
    boolean noBaseline;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        List<Document> sample = sample();
        if (sample.size() <= warmup) {
            System.err.println("dyad bench: not enough documents in " + corpus);
            return 1;
        }
        List<Document> warm = sample.subList(0, warmup);
        List<Document> timed = sample.subList(warmup, sample.size());
        long chars = timed.stream().mapToLong(d -> d.text().length()).sum();
        out.printf("sample: %d documents (%,d characters) from %s, after %d warm-up documents%n", timed.size(), chars,
                corpus, warm.size());

        System.gc();
        resetPeaks();
        long l0 = System.nanoTime();
        Pipeline pipeline = Engine.pipeline();
        double load = (System.nanoTime() - l0) / 1e9;
        warm.forEach(pipeline::code);
        pipeline.timings().reset();
        long d0 = System.nanoTime();
        int sentences = 0;
        long tokens = 0;
        int events = 0;
        int parsedSentences = 0;
        for (Document d : timed) {
            Pipeline.Result r = pipeline.code(d);
            sentences += r.parsed().sentences().size();
            for (Sentence s : r.parsed().sentences()) {
                tokens += s.size();
                if (s.tokens().stream().anyMatch(x -> x.head() >= 0)) {
                    parsedSentences++;
                }
            }
            events += r.events().size();
        }
        double dyad = (System.nanoTime() - d0) / 1e9;
        long peak = peakHeap();
        Pipeline.Timings t = pipeline.timings();
        out.printf("%-28s %10s %12s %12s %10s%n", "", "seconds", "sentences/s", "tokens/s", "docs/s");
        out.printf("%-28s %10.2f %12.1f %12.0f %10.2f   (%d sentences, %d tokens, %d events)%n",
                "dyad end-to-end", dyad, sentences / dyad, tokens / dyad, timed.size() / dyad, sentences, tokens, events);
        double total = t.hygiene() + t.parse() + t.actors() + t.coding();
        out.printf("  stages: hygiene %.1f%%, nlp %.1f%% (of which dating %.1f%%), actor mentions %.1f%%, "
                + "coding %.1f%% (of which actor resolution %.1f%%)%n", 100 * t.hygiene() / total,
                100 * t.parse() / total, 100 * t.dating() / total, 100 * t.actors() / total,
                100 * t.coding() / total, 100 * t.resolution() / total);
        out.printf("  actors (mentions and resolution) %.1f%% of end-to-end time%n",
                100 * (t.actors() + t.resolution()) / total);
        out.printf("  %d of %d sentences (%.0f%%) could hold an event and got the dependency parse%n",
                parsedSentences, sentences, 100.0 * parsedSentences / sentences);
        out.printf("  dyad load time %.1f s; peak heap %.0f MiB (max heap %.0f MiB)%n", load, peak / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
        if (noBaseline) {
            return 0;
        }
        long b0 = System.nanoTime();
        CoreNlpBaseline baseline = new CoreNlpBaseline();
        double bload = (System.nanoTime() - b0) / 1e9;
        warm.forEach(d -> baseline.annotate(d.text()));
        long c0 = System.nanoTime();
        int bs = 0;
        long bt = 0;
        for (Document d : timed) {
            CoreNlpBaseline.Counts c = baseline.annotate(d.text());
            bs += c.sentences();
            bt += c.tokens();
        }
        double core = (System.nanoTime() - c0) / 1e9;
        out.printf("%-28s %10.2f %12.1f %12.0f %10.2f   (%d sentences, %d tokens; load %.1f s)%n",
                "corenlp default pipeline", core, bs / core, bt / core, timed.size() / core, bs, bt, bload);
        out.printf("ratio dyad/corenlp: sentences/s %.2fx, tokens/s %.2fx, docs/s %.2fx%n",
                (sentences / dyad) / (bs / core), (tokens / dyad) / (bt / core), core / dyad);
        return 0;
    }

    private List<Document> sample() {
        Inputs in = Inputs.of(List.of(corpus), new Inputs.Options(Optional.empty(), 1_000_000, true));
        List<Document> out = new ArrayList<>();
        int seen = 0;
        while (in.hasNext() && out.size() < docs + warmup) {
            Item i = in.next();
            if (i instanceof Item.Doc d && seen++ >= skip) {
                out.add(d.document());
            }
        }
        return out;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
