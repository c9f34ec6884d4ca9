package org.dyad.eval.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dyad.ingest.Item;
import org.dyad.ingest.web.NearDuplicates;
import org.dyad.ingest.web.WarcFile;
import org.dyad.ingest.web.WebDocuments;

/**
 * Reads every WARC/ARC file under a folder and counts: records, response records, HTML responses, and
 * what became of the HTML responses (documents, or problems by kind), so that every HTML response is
 * accounted for. Reads all languages.
 */
public final class WarcCensus {

    /** Counts for one file. */
    public record FileCounts(String file, int records, int responses, int html, int documents,
                             Map<String, Integer> problems) {
    }

    private WarcCensus() {
    }

    public static List<FileCounts> run(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.w?arc(\\.gz)?$"))
                    .sorted().toList();
        }
        List<FileCounts> out = new ArrayList<>();
        for (Path f : files) {
            WebDocuments docs = new WebDocuments(new WebDocuments.Options(Optional.empty(), 5_000_000, false, 5 << 20),
                    new NearDuplicates(10_000));
            WarcFile w = WarcFile.of(f, docs);
            int documents = 0;
            Map<String, Integer> problems = new TreeMap<>();
            while (w.hasNext()) {
                Item i = w.next();
                if (i instanceof Item.Doc) {
                    documents++;
                } else {
                    problems.merge(((Item.Problem) i).kind(), 1, Integer::sum);
                }
            }
            out.add(new FileCounts(dir.relativize(f).toString(), w.counts().records, w.counts().responses,
                    w.counts().html, documents, problems));
        }
        return out;
    }
}
