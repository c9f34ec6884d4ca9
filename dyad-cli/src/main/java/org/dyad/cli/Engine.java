package org.dyad.cli;

import org.dyad.nlp.corenlp.CoreNlpParser;
import org.dyad.pipeline.Pipeline;
import org.dyad.resources.Resources;

/** Loads resources and the parser once per JVM, on first use, and builds the pipeline from them. */
final class Engine {

    private static Resources resources;
    private static Pipeline pipeline;
    private static CoreNlpParser parser;

    private Engine() {
    }

    static synchronized Resources resources() {
        if (resources == null) {
            resources = Resources.load();
        }
        return resources;
    }

    static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            pipeline = new Pipeline(resources(), parser());
        }
        return pipeline;
    }

    /** The CoreNLP parser, loaded once and shared by every pipeline of the JVM. */
    static synchronized CoreNlpParser parser() {
        if (parser == null) {
            parser = new CoreNlpParser();
        }
        return parser;
    }
}
