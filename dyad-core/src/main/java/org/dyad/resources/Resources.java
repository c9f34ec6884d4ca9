package org.dyad.resources;

import org.dyad.actors.ActorDictionary;
import org.dyad.coding.Lexicon;
import org.dyad.ontology.Ontology;

/**
 * Everything Dyad loads once per JVM: the ontology, the actor dictionaries and the lexicon. Immutable
 * after loading, so one instance serves every thread.
 */
public record Resources(Ontology ontology, ActorDictionary actors, Lexicon lexicon) {

    /** Dyad's own data files. */
    public static Resources load() {
        Ontology ontology = Ontology.load();
        return new Resources(ontology, ActorDictionary.load(), Lexicon.load(ontology.cameo()));
    }
}
