package org.dyad.model;

import java.util.List;
import java.util.Objects;

/** A document with its sentences parsed; the output of the NLP stage. */
public record ParsedDocument(Document document, List<Sentence> sentences) {
    public ParsedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
    }
}
