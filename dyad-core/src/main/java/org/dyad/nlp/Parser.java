package org.dyad.nlp;

import org.dyad.model.Document;
import org.dyad.model.ParsedDocument;
import org.dyad.model.Sentence;

/**
 * The NLP stage: splits a document into sentences and parses them (tokens, lemmas, POS, Universal
 * Dependencies, time expressions resolved against the publication date). Implementations skip the
 * document's dropped regions and keep offsets in the original text. Implementations must be safe to call
 * from several threads, or say otherwise.
 */
public interface Parser {

    /**
     * Which sentences deserve the dependency parse, judged on tokens, lemmas and POS alone. Sentences it
     * turns down keep their tokens, lemmas and tags with no dependency tree (every head -1, relation
     * "dep"), and no time expressions.
     */
    @FunctionalInterface
    interface SentenceFilter {
        SentenceFilter ALL = s -> true;

        boolean wanted(Sentence tagged);
    }

    ParsedDocument parse(Document doc, SentenceFilter filter);

    default ParsedDocument parse(Document doc) {
        return parse(doc, SentenceFilter.ALL);
    }
}
