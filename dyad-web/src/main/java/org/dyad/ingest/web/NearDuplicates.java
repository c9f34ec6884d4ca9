package org.dyad.ingest.web;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;
import com.dynatrace.hash4j.similarity.ElementHashProvider;
import com.dynatrace.hash4j.similarity.SimilarityHashPolicy;
import com.dynatrace.hash4j.similarity.SimilarityHasher;
import com.dynatrace.hash4j.similarity.SimilarityHashing;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Near-duplicate articles (wire copy syndicated across outlets, the same story fetched twice): each text
 * gets a MinHash signature (hash4j) over its word 5-shingles; locality-sensitive hashing (20 bands of 5
 * components) finds earlier texts that may be similar, and those whose signatures agree on at least
 * {@value #THRESHOLD} of their components (an estimate of the shingles' Jaccard similarity) are the same
 * story. A story's cluster id is the id of its first document, its representative. Remembers the last
 * {@code capacity} documents. Thread-safe.
 */
public final class NearDuplicates {

    static final double THRESHOLD = 0.7;
    private static final int BANDS = 20;
    private static final int ROWS = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Hasher64 HASH = Hashing.komihash5_0();

    private final SimilarityHashPolicy policy = SimilarityHashing.superMinHash(BANDS * ROWS, 32);
    private final SimilarityHasher hasher = policy.createHasher();
    private final List<Map<Long, List<Entry>>> buckets = new ArrayList<>();
    private final ArrayDeque<Entry> order = new ArrayDeque<>();
    private final int capacity;

    private record Entry(String cluster, byte[] signature, long[] keys) {
    }

    public NearDuplicates(int capacity) {
        this.capacity = capacity;
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /**
     * The cluster of a document: that of the earlier document it nearly duplicates, else its own id.
     * Texts of fewer than 5 words form no shingles and are each their own cluster.
     */
    public synchronized String cluster(String id, String text) {
        long[] shingles = shingles(text);
        if (shingles.length == 0) {
            return id;
        }
        byte[] sig = hasher.compute(ElementHashProvider.ofValues(shingles));
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long k = b;
            for (int r = 0; r < ROWS; r++) {
                k = k * 0x9E3779B97F4A7C15L + policy.getComponent(sig, b * ROWS + r);
            }
            keys[b] = k;
        }
        String cluster = null;
        for (int b = 0; b < BANDS && cluster == null; b++) {
            for (Entry e : buckets.get(b).getOrDefault(keys[b], List.of())) {
                if (policy.getFractionOfEqualComponents(sig, e.signature()) >= THRESHOLD) {
                    cluster = e.cluster();
                    break;
                }
            }
        }
        Entry entry = new Entry(cluster == null ? id : cluster, sig, keys);
        for (int b = 0; b < BANDS; b++) {
            buckets.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>(1)).add(entry);
        }
        order.add(entry);
        if (order.size() > capacity) {
            Entry old = order.removeFirst();
            for (int b = 0; b < BANDS; b++) {
                List<Entry> l = buckets.get(b).get(old.keys()[b]);
                if (l != null) {
                    l.remove(old);
                    if (l.isEmpty()) {
                        buckets.get(b).remove(old.keys()[b]);
                    }
                }
            }
        }
        return entry.cluster();
    }

    /** Hashes of the text's word 5-shingles, case folded. */
    static long[] shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (words.size() < 5) {
            return new long[0];
        }
        long[] out = new long[words.size() - 4];
        for (int i = 0; i < out.length; i++) {
            out[i] = HASH.hashCharsToLong(String.join(" ", words.subList(i, i + 5)));
        }
        return out;
    }
}
