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

    /** Sentences, tokens, tags and (for the sentences the filter wants) dependency trees; no dates yet. */
    ParsedDocument parse(Document doc, SentenceFilter filter);

    /**
     * The same document with time expressions, resolved against its publication date, in the listed
     * sentences. Dating is a separate step so that only sentences that hold events pay for it.
     */
    default ParsedDocument date(ParsedDocument parsed, java.util.Set<Integer> sentences) {
        return parsed;
    }

    /** Parses and dates every sentence. */
    default ParsedDocument parse(Document doc) {
        ParsedDocument p = parse(doc, SentenceFilter.ALL);
        java.util.Set<Integer> all = new java.util.HashSet<>();
        for (Sentence s : p.sentences()) {
            all.add(s.index());
        }
        return date(p, all);
    }
}
