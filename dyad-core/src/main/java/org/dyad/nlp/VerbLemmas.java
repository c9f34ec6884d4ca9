package org.dyad.nlp;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The lemmas a verb form written in a dictionary may stand for. Users' PETRARCH dictionaries name verbs
 * by form ("SAID", "MET", "KILLED"), Dyad's lexicon by lemma; an importer files an entry under every lemma
 * the form may have. Extra candidates that are not words cost nothing: no token has them as its lemma.
 */
@FunctionalInterface
public interface VerbLemmas {

    /** The candidate lemmas of a form, lower case, the form itself first. */
    Set<String> lemmas(String form);

    /**
     * English regular morphology only: the form itself, and what stripping "-s", "-es", "-ies", "-ed",
     * "-ied", "-ing" (with a final "e" restored or a doubled consonant undone) leaves. Irregular forms
     * ("said", "met") need a lemmatiser such as the NLP adapter's.
     */
    VerbLemmas REGULAR = form -> {
        String f = form.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(f);
        if (f.length() < 4) {
            return out;
        }
        if (f.endsWith("ies")) {
            out.add(f.substring(0, f.length() - 3) + "y");
        } else if (f.endsWith("es")) {
            out.add(f.substring(0, f.length() - 2));
            out.add(f.substring(0, f.length() - 1));
        } else if (f.endsWith("s") && !f.endsWith("ss")) {
            out.add(f.substring(0, f.length() - 1));
        }
        String stem = null;
        if (f.endsWith("ied")) {
            out.add(f.substring(0, f.length() - 3) + "y");
        } else if (f.endsWith("ed")) {
            stem = f.substring(0, f.length() - 2);
        } else if (f.endsWith("ing") && f.length() > 5) {
            stem = f.substring(0, f.length() - 3);
        }
        if (stem != null) {
            out.add(stem);
            out.add(stem + "e");
            int n = stem.length();
            if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2)) {
                out.add(stem.substring(0, n - 1));
            }
        }
        return out;
    };
}
