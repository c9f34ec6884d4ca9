package org.dyad.cli;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.dyad.ingest.Item;
import org.dyad.model.DroppedRegion;
import org.dyad.pipeline.Pipeline;

/**
 * Runs the pipeline over a stream of input items on {@code threads} threads, in input order: each coded
 * document goes to {@code sink}, each problem is reported on stderr as it happens, and a summary (counts,
 * problems by kind, dropped regions by kind, speed) ends the run.
 */
final class Batch {

    /** What a run did. */
    record Summary(int documents, int coded, int events, int sentences, List<Item.Problem> problems,
                   Map<String, Integer> dropped, double seconds) {
    }

    private final Pipeline pipeline;
    private final int threads;
    private final PrintStream err;
    private final boolean progress;

    Batch(Pipeline pipeline, int threads, PrintStream err, boolean progress) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.err = err;
        this.progress = progress;
    }

    Summary run(Iterator<Item> items, Consumer<Pipeline.Result> sink) {
        long t0 = System.nanoTime();
        int documents = 0;
        int coded = 0;
        int events = 0;
        int sentences = 0;
        List<Item.Problem> problems = new ArrayList<>();
        Map<String, Integer> dropped = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Object>> window = new ArrayDeque<>();
        long lastProgress = System.nanoTime();
        try {
            while (items.hasNext() || !window.isEmpty()) {
                while (items.hasNext() && window.size() < threads * 4) {
                    Item item = items.next();
                    documents++;
                    if (item instanceof Item.Doc d) {
                        window.add(pool.submit(() -> {
                            try {
                                return pipeline.code(d.document());
                            } catch (RuntimeException e) {
                                return new Item.Problem(d.document().id(), d.where(), "internal",
                                        e.getClass().getSimpleName() + ": " + e.getMessage() + where(e));
                            }
                        }));
                    } else {
                        window.add(java.util.concurrent.CompletableFuture.<Object>completedFuture(item));
                    }
                }
                Object done = window.removeFirst().get();
                if (done instanceof Pipeline.Result r) {
                    coded++;
                    events += r.events().size();
                    sentences += r.parsed().sentences().size();
                    for (DroppedRegion d : r.document().dropped()) {
                        dropped.merge(d.kind(), 1, Integer::sum);
                    }
                    sink.accept(r);
                } else if (done instanceof Item.Problem p) {
                    problems.add(p);
                    err.println("dyad: " + p.where() + ": " + p.kind() + ": " + p.message());
                }
                if (progress && System.nanoTime() - lastProgress > 1_000_000_000L) {
                    lastProgress = System.nanoTime();
                    double s = (lastProgress - t0) / 1e9;
                    err.printf("\r%,d documents, %,d coded, %,d events, %.1f docs/s   ", documents, coded, events,
                            coded / s);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        if (progress) {
            err.print("\r");
        }
        return new Summary(documents, coded, events, sentences, problems, dropped, (System.nanoTime() - t0) / 1e9);
    }

    static void print(Summary s, PrintStream err) {
        err.printf("dyad: %,d documents read, %,d coded, %,d events, %,d sentences in %.1f s (%.1f docs/s)%n",
                s.documents(), s.coded(), s.events(), s.sentences(), s.seconds(), s.coded() / Math.max(s.seconds(), 1e-9));
        if (!s.dropped().isEmpty()) {
            err.println("dyad: dropped regions: " + s.dropped());
        }
        if (!s.problems().isEmpty()) {
            Map<String, Integer> kinds = new TreeMap<>();
            s.problems().forEach(p -> kinds.merge(p.kind(), 1, Integer::sum));
            err.println("dyad: " + s.problems().size() + " documents not coded: " + kinds);
            for (Item.Problem p : s.problems()) {
                err.println("  " + p.where() + " [" + p.id() + "] " + p.kind() + ": " + p.message());
            }
        }
    }

    /** Where in Dyad's own code an unexpected failure happened, for the bug report: " (at Coder.emit:271)". */
    static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("org.dyad.")) {
                String c = f.getClassName();
                return " (at " + c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber() + ")";
            }
        }
        return "";
    }
}
