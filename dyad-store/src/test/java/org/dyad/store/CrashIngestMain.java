package org.dyad.store;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.dyad.ingest.Item;
import org.dyad.ontology.Ontology;

/**
 * A separate JVM for the store's process tests. {@code ingest DB N SLEEP_MS}: ingests synthetic documents
 * 0..N-1 through the same path as dyad ingest (filter, code, accept; 5 documents a transaction), printing
 * "committed K" after each transaction and "done" at the end; coding takes SLEEP_MS per document.
 * {@code hold DB SECONDS}: opens the store for writing and holds it.
 */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        if (args[0].equals("hold")) {
            try (Store store = Store.openForWriting(db)) {
                System.out.println("holding " + store.file());
                System.out.flush();
                Thread.sleep(Long.parseLong(args[2]) * 1000);
            }
            return;
        }
        int n = Integer.parseInt(args[2]);
        long sleep = Long.parseLong(args[3]);
        SyntheticCorpus corpus = new SyntheticCorpus(Ontology.load(), 3, "crash-coder");
        try (Store store = Store.openForWriting(db)) {
            Ingestion in = Ingestion.start(store, Docs.V1, List.of("synthetic"), new Ingestion.Options(5, false));
            Iterator<Item> items = new Iterator<>() {
                int i;

                @Override
                public boolean hasNext() {
                    return i < n;
                }

                @Override
                public Item next() {
                    int k = i++;
                    return new Item.Doc(corpus.document(k).document(), "synthetic:" + (k + 1));
                }
            };
            int batches = 0;
            for (Iterator<Item> todo = in.filter(items); todo.hasNext(); ) {
                Item.Doc d = (Item.Doc) todo.next();
                Thread.sleep(sleep);
                int index = Integer.parseInt(d.document().id().substring(4));
                in.accept(corpus.document(index));
                if (in.stats().batches() > batches) {
                    batches = in.stats().batches();
                    System.out.println("committed " + batches);
                    System.out.flush();
                }
            }
            Ingestion.Stats s = in.finish(n, 0);
            System.out.println("done stored=" + s.stored() + " skipped=" + s.skipped());
        }
    }
}
