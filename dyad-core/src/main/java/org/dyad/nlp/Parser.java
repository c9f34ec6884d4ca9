package org.dyad.nlp;

import org.dyad.model.Document;
import org.dyad.model.ParsedDocument;

/**
 * The NLP stage: splits a document into sentences and parses them (tokens, lemmas, POS, Universal
 * Dependencies, time expressions resolved against the publication date). Implementations skip the
 * document's dropped regions and keep offsets in the original text. Implementations must be safe to call
 * from several threads, or say otherwise.
 */
public interface Parser {
    ParsedDocument parse(Document doc);
}
