package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * CoreNLP's named-entity recogniser on Dyad's sentences, for measuring the dictionaries: which people
 * and organisations the text names, so that a report can say how many of them Dyad's actor stage
 * resolves. Not used for coding (Dyad's dictionaries do that job, and NER is most of CoreNLP's cost).
 */
public final class CoreNlpEntities {

    /** A named entity over tokens {@code first..last} of a sentence. */
    public record Entity(int first, int last, String type, String text) {
    }

    private static final Set<String> WANTED = Set.of("PERSON", "ORGANIZATION");

    private final NERCombinerAnnotator ner;

    public CoreNlpEntities() {
        Properties props = new Properties();
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        try {
            this.ner = new NERCombinerAnnotator(props);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load CoreNLP's NER models", e);
        }
    }

    /** The people and organisations a sentence names. */
    public List<Entity> people(Sentence s) {
        CoreMap sentence = CoreNlpParser.coreSentence(s, 0);
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        Annotation doc = new Annotation(s.text());
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
        doc.set(CoreAnnotations.TokensAnnotation.class, labels);
        ner.annotate(doc);
        List<Entity> out = new ArrayList<>();
        int i = 0;
        while (i < labels.size()) {
            String type = labels.get(i).ner();
            if (type == null || !WANTED.contains(type)) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < labels.size() && type.equals(labels.get(j + 1).ner())) {
                j++;
            }
            out.add(new Entity(i, j, type, s.span(i, j)));
            i = j + 1;
        }
        return out;
    }
}
