package org.dyad.ingest;

import java.util.Objects;
import org.dyad.model.Document;

/** What reading an input yields: a document, or a problem with one document that the run reports and skips. */
public sealed interface Item permits Item.Doc, Item.Problem {

    /** Where the item came from: "dir/a.txt", "corpus.jsonl:17". */
    String where();

    /** A document ready for coding. */
    record Doc(Document document, String where) implements Item {
        public Doc {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * A document that could not be read.
     *
     * @param id      the document id where known, else the location
     * @param kind    short category: empty, binary, encoding, too-large, json, missing-text, language, io
     * @param message what went wrong, in words a user can act on
     */
    record Problem(String id, String where, String kind, String message) implements Item {
        public Problem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
        }
    }
}
