package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.dyad.ingest.Item;
import org.dyad.model.Document;
import org.dyad.pipeline.Pipeline;

/**
 * One ingest run into a store: decides which input documents need coding, collects coded documents and
 * writes them in batches, one transaction each, and records the run.
 *
 * <p>A document is stored under its id. It is skipped when a document of that id is stored with the same
 * input hash (text, date, metadata), coder version and resources fingerprint; otherwise it is coded and
 * replaces what was stored. So a second run over the same input adds nothing, a run killed part-way
 * resumes where its last committed batch ended, and a run after a dictionary change re-codes and
 * replaces. Not thread-safe: the caller feeds it from one thread.
 */
public final class Ingestion {

    /**
     * @param commitEvery documents per transaction
     * @param force       code and replace every document, stored or not
     */
    public record Options(int commitEvery, boolean force) {
        public Options {
            if (commitEvery < 1) {
                throw new IllegalArgumentException("commitEvery must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(25, false);
        }
    }

    /**
     * What the run did so far. {@code storageNanos} is the wall-clock time spent in the store on the caller's
     * thread, {@code storageCpuNanos} that thread's CPU time in it (which other processes' load does not inflate).
     */
    public record Stats(int run, int stored, int replaced, int skipped, int duplicates, int events, int batches,
                        long storageNanos, long storageCpuNanos) {
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Store store;
    private final CodingVersion version;
    private final Options options;
    private final int run;
    private final BatchWriter writer;
    /** Stored documents: id to "input hash|coder|resources". */
    private final Map<String, String> stored = new HashMap<>();
    private final Map<String, DocumentFacts> facts = new HashMap<>();
    private final Map<String, String> origins = new HashMap<>();
    private final LinkedHashMap<String, BatchWriter.Pending> pending = new LinkedHashMap<>();
    private int storedCount;
    private int replaced;
    private int skipped;
    private int duplicates;
    private int events;
    private int batches;
    private long nanos;
    private long cpuNanos;
    private long wall0;
    private long cpu0;

    private Ingestion(Store store, CodingVersion version, Options options, int run) {
        this.store = store;
        this.version = version;
        this.options = options;
        this.run = run;
        this.writer = new BatchWriter(store, version, run);
    }

    /** Starts a run: records it and loads the keys of the stored documents. */
    public static Ingestion start(Store store, CodingVersion version, List<String> inputs, Options options) {
        if (store.isReadOnly()) {
            throw new StoreException("cannot ingest into " + store.file() + ": it is open read-only");
        }
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        int run;
        try (Statement st = store.connection().createStatement()) {
            // committed batches are safe in the write-ahead log; fold it into the file once, at the end,
            // rather than every 16 MB (DuckDB's default), which costs a checkpoint every few batches
            st.execute("SET checkpoint_threshold = '1GB'");
            // this process holds the file's write lock, so a run still marked running died without ending
            st.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'");
            try (ResultSet r = st.executeQuery("SELECT coalesce(max(run), 0) + 1 FROM runs")) {
                r.next();
                run = r.getInt(1);
            }
        } catch (SQLException e) {
            throw store.failure("reading the runs of", e);
        }
        try (PreparedStatement ps = store.connection().prepareStatement(
                "INSERT INTO runs (run, started, status, coder, resources, inputs) VALUES (?, ?, 'running', ?, ?, ?)")) {
            ps.setInt(1, run);
            ps.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
            ps.setString(3, version.coder());
            ps.setString(4, version.resources());
            ps.setString(5, String.join(" ", inputs));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw store.failure("recording the run in", e);
        }
        Ingestion in = new Ingestion(store, version, options, run);
        try (Statement st = store.connection().createStatement();
             ResultSet r = st.executeQuery("SELECT id, input_hash, coder, resources FROM documents")) {
            while (r.next()) {
                in.stored.put(r.getString(1), r.getString(2) + "|" + r.getString(3) + "|" + r.getString(4));
            }
        } catch (SQLException e) {
            throw store.failure("reading the documents of", e);
        }
        in.nanos += System.nanoTime() - t0;
        in.cpuNanos += CPU.getCurrentThreadCpuTime() - c0;
        return in;
    }

    /** The input items that need coding: documents already stored as they are, under this coder, are left out. */
    public Iterator<Item> filter(Iterator<Item> items) {
        return new Iterator<>() {
            private Item next;

            @Override
            public boolean hasNext() {
                while (next == null && items.hasNext()) {
                    Item i = items.next();
                    if (i instanceof Item.Doc d && !needed(d)) {
                        continue;
                    }
                    next = i;
                }
                return next != null;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Item i = next;
                next = null;
                return i;
            }
        };
    }

    private boolean needed(Item.Doc d) {
        begin();
        Document doc = d.document();
        DocumentFacts f = DocumentFacts.of(doc);
        boolean needed = options.force() || !key(f).equals(stored.get(doc.id()));
        if (needed) {
            facts.put(doc.id(), f);
            origins.put(doc.id(), d.where());
        } else {
            skipped++;
        }
        end();
        return needed;
    }

    private String key(DocumentFacts f) {
        return f.inputHash() + "|" + version.coder() + "|" + version.resources();
    }

    /** Takes a document as the pipeline coded it (the conversion counts as storage time). */
    public void accept(Pipeline.Result result) {
        begin();
        CodedDocument coded = CodedDocument.of(result);
        end();
        accept(coded);
    }

    /** Takes a coded document; writes a batch when enough have gathered. */
    public void accept(CodedDocument coded) {
        begin();
        try {
            String id = coded.id();
            DocumentFacts f = facts.remove(id);
            if (f == null) {
                f = DocumentFacts.of(coded.document());
            }
            Optional<String> origin = Optional.ofNullable(origins.remove(id));
            if (pending.containsKey(id) || key(f).equals(stored.get(id)) && !options.force()) {
                duplicates++;
                if (!pending.containsKey(id)) {
                    return;
                }
                pending.remove(id);
            }
            pending.put(id, new BatchWriter.Pending(coded, f, origin));
            if (pending.size() >= options.commitEvery()) {
                flush();
            }
        } finally {
            end();
        }
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<BatchWriter.Pending> batch = new ArrayList<>(pending.values());
        List<String> replace = new ArrayList<>();
        for (String id : pending.keySet()) {
            if (stored.containsKey(id)) {
                replace.add(id);
            }
        }
        pending.clear();
        events += writer.write(batch, replace);
        batches++;
        replaced += replace.size();
        storedCount += batch.size();
        for (BatchWriter.Pending p : batch) {
            stored.put(p.coded().id(), key(p.facts()));
        }
    }

    /** Writes what is left, marks the run done with its counts, and checkpoints the file. */
    public Stats finish(int read, int problems) {
        begin();
        flush();
        endRun("done", read, problems, null);
        store.checkpoint();
        end();
        return stats();
    }

    /** Marks the run failed (best effort: the store may be what failed). */
    public void fail(int read, int problems, String message) {
        try {
            endRun("failed", read, problems, message);
        } catch (StoreException ignored) {
            // the failure being recorded is already reported to the user
        }
    }

    private void endRun(String status, int read, int problems, String message) {
        try (PreparedStatement ps = store.connection().prepareStatement("UPDATE runs SET finished = ?, status = ?, "
                + "read = ?, stored = ?, replaced = ?, skipped = ?, problems = ?, events = ?, message = ? WHERE run = ?")) {
            ps.setObject(1, LocalDateTime.now(ZoneOffset.UTC));
            ps.setString(2, status);
            ps.setInt(3, read);
            ps.setInt(4, storedCount);
            ps.setInt(5, replaced);
            ps.setInt(6, skipped);
            ps.setInt(7, problems);
            ps.setInt(8, events);
            ps.setString(9, message);
            ps.setInt(10, run);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw store.failure("recording the end of the run in", e);
        }
    }

    public Stats stats() {
        return new Stats(run, storedCount, replaced, skipped, duplicates, events, batches, nanos, cpuNanos);
    }

    private void begin() {
        wall0 = System.nanoTime();
        cpu0 = CPU.getCurrentThreadCpuTime();
    }

    private void end() {
        nanos += System.nanoTime() - wall0;
        cpuNanos += CPU.getCurrentThreadCpuTime() - cpu0;
    }
}
