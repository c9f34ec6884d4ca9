package org.dyad.nlp.corenlp;

import edu.stanford.nlp.process.Morphology;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.nlp.VerbLemmas;

/**
 * Verb lemmas from CoreNLP's morphology: a dictionary form such as "SAID" or "MET" read as each verb tag
 * (VB, VBD, VBN, VBG, VBZ, VBP) gives every lemma it may have ("said", "say"). The same lemmatiser tags
 * the text Dyad codes, so an imported entry meets the lemma a token will carry.
 */
public final class CoreNlpVerbLemmas implements VerbLemmas {

    private static final List<String> TAGS = List.of("VB", "VBD", "VBN", "VBG", "VBZ", "VBP");

    @Override
    public Set<String> lemmas(String form) {
        String f = form.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(f);
        for (String tag : TAGS) {
            String lemma = Morphology.lemmaStatic(f, tag);
            if (lemma != null && !lemma.isBlank()) {
                out.add(lemma.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
