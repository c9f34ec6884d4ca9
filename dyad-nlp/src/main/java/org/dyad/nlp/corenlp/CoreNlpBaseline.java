package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's default English pipeline (tokenize, ssplit, pos, lemma, ner, depparse), for benchmarks: what
 * Dyad's speed is compared with, on the same text, in the same run.
 */
public final class CoreNlpBaseline {

    /** Sentences and tokens one annotation produced. */
    public record Counts(int sentences, int tokens) {
    }

    private final StanfordCoreNLP pipeline;

    public CoreNlpBaseline() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        this.pipeline = new StanfordCoreNLP(props);
    }

    public Counts annotate(String text) {
        Annotation a = new Annotation(text);
        pipeline.annotate(a);
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        int tokens = a.get(CoreAnnotations.TokensAnnotation.class).size();
        return new Counts(sentences.size(), tokens);
    }
}
