package org.dyad.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.dyad.ingest.Item;
import org.dyad.ingest.web.NearDuplicates;
import org.dyad.ingest.web.WebDocuments;
import org.dyad.ingest.web.WebInputs;

/** The readers of every input command: text, JSON Lines, HTML, feeds and crawl archives, mixed. */
final class WebReading {

    /** Documents remembered for near-duplicate clustering within one run. */
    static final int DUPLICATE_MEMORY = 200_000;

    private WebReading() {
    }

    static Iterator<Item> items(List<Path> inputs, Optional<LocalDate> date, int maxChars, boolean englishOnly) {
        WebDocuments docs = new WebDocuments(new WebDocuments.Options(date, maxChars, englishOnly,
                WebDocuments.Options.defaults().maxBytes()), new NearDuplicates(DUPLICATE_MEMORY));
        return WebInputs.of(inputs.stream().map(Path::toString).toList(), docs);
    }
}
