package org.dyad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.dyad.coding.Coder;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.Item;
import org.dyad.pipeline.Pipeline;
import org.dyad.store.CodingVersion;
import org.dyad.store.DocumentTexts;
import org.dyad.store.Ingestion;
import org.dyad.store.Store;

/**
 * The demo corpus ({@code dyad/demo/reports.jsonl}: short reports the project wrote about well-known
 * international events) coded into a store, with the documents' texts, as {@code dyad ingest} would: a store
 * that already holds the corpus coded by this coder is left as it is, and the pipeline is not even loaded.
 */
public final class DemoCorpus {

    /** What {@link #code} did. */
    public record Result(int read, int coded, int skipped, int events, int problems, double seconds) {
    }

    static final String RESOURCE = "/dyad/demo/reports.jsonl";

    private DemoCorpus() {
    }

    /** Copies the corpus to {@code file} (a JSON Lines file), for reading and for users. */
    public static Path copyTo(Path file) {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo corpus " + RESOURCE + " is missing from the classpath");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Codes the corpus into {@code db} (created if missing) on {@code threads} threads.
     *
     * @param pipeline loads the pipeline, called only if a document needs coding
     */
    public static Result code(Path db, Supplier<Pipeline> pipeline, int threads, PrintStream err) {
        long t0 = System.nanoTime();
        Path tmp = null;
        try {
            tmp = copyTo(Files.createTempFile("dyad-demo", ".jsonl"));
            Map<String, String> texts = new LinkedHashMap<>();
            List<Item.Problem> problems = new ArrayList<>();
            int read = 0;
            int coded = 0;
            int events = 0;
            try (Store store = Store.openForWriting(db)) {
                CodingVersion version = new CodingVersion(Coder.VERSION, CodingVersion.fingerprintResources());
                Ingestion in = Ingestion.start(store, version, List.of("dyad demo corpus"), Ingestion.Options.defaults());
                List<Item.Doc> todo = new ArrayList<>();
                Iterator<Item> items = in.filter(Inputs.of(List.of(tmp), new Inputs.Options(Optional.empty(), 1_000_000, true)));
                while (items.hasNext()) {
                    Item item = items.next();
                    if (item instanceof Item.Doc d) {
                        todo.add(d);
                    } else if (item instanceof Item.Problem p) {
                        problems.add(p);
                    }
                }
                // every document's text, the stored ones' too: a run killed before the texts were written resumes here
                Inputs.of(List.of(tmp), new Inputs.Options(Optional.empty(), 1_000_000, true)).forEachRemaining(i -> {
                    if (i instanceof Item.Doc d) {
                        texts.put(d.document().id(), d.document().text());
                    }
                });
                read = texts.size() + problems.size();
                if (!todo.isEmpty()) {
                    err.printf("dyad demo: coding %d demo reports into %s...%n", todo.size(), db);
                    Pipeline p = pipeline.get();
                    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
                    try {
                        List<Future<Pipeline.Result>> done = new ArrayList<>();
                        for (Item.Doc d : todo) {
                            done.add(pool.submit(() -> p.code(d.document())));
                        }
                        for (int i = 0; i < done.size(); i++) {
                            try {
                                Pipeline.Result r = done.get(i).get();
                                in.accept(r);
                                coded++;
                                events += r.events().size();
                            } catch (ExecutionException e) {
                                Item.Doc d = todo.get(i);
                                problems.add(new Item.Problem(d.document().id(), d.where(), "internal",
                                        String.valueOf(e.getCause())));
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while coding the demo corpus", e);
                    } finally {
                        pool.shutdownNow();
                    }
                }
                in.finish(read, problems.size());
                DocumentTexts.write(store, texts);
                store.checkpoint();
            }
            for (Item.Problem p : problems) {
                err.println("dyad demo: " + p.where() + ": " + p.kind() + ": " + p.message());
            }
            return new Result(read, coded, read - coded - problems.size(), events, problems.size(),
                    (System.nanoTime() - t0) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary copy left in the temp folder
                }
            }
        }
    }
}
