package org.dyad.coding;

/**
 * What the coder does with a lexicon entry's code beyond the entry itself, where Dyad's CAMEO practice and
 * the practice a TABARI/PETRARCH dictionary was written for differ. A lexicon carries one convention:
 * Dyad's own lexicon {@link #DYAD}; a lexicon made only of a user's PETRARCH verb dictionary
 * {@link #PETRARCH} (set by the import, {@code org.dyad.resources.UserDictionaries}, never guessed from the
 * text coded).
 *
 * <p>Under {@link #DYAD} the coder derives CAMEO forms the lexicon does not write: a future modal makes an
 * act an intent ("will send aid" 033), a negation drops an act or makes a future cooperation a refusal, a
 * condition makes a threat, an obligation or an allegation in reported speech becomes the speaker's demand
 * or accusation, and joint acts (040, 041, 046) are coded both ways. Under {@link #PETRARCH} none of
 * that: the dictionary's patterns say what auxiliaries, negations and joint actors mean ({@code
 * &NEGATVAUXVRB * [904]}, {@code % * [030:030]}, paired codes), its codes are often WEIS codes on which
 * CAMEO derivations make no sense (041 is not "discuss by telephone" there), and an event is coded as the
 * matching pattern gives it.
 */
public enum Conventions {
    /** Dyad's CAMEO practice, for Dyad's own lexicon (and a user's verbs added to it). */
    DYAD(true, true),
    /** PETRARCH's: the pattern's code as written, for a lexicon made of a user's PETRARCH verbs only. */
    PETRARCH(false, false);

    private final boolean modality;
    private final boolean bothWays;

    Conventions(boolean modality, boolean bothWays) {
        this.modality = modality;
        this.bothWays = bothWays;
    }

    /**
     * Whether negation, modals, conditions, obligations and allegations change or drop the entry's code
     * (Dyad); under PETRARCH's conventions only the patterns do ({@code pre:} conditions).
     */
    public boolean readsModality() {
        return modality;
    }

    /**
     * Whether a joint act (040, 041, 046) with a target is also coded from the target back to the source,
     * and coordinated sources of a cooperative act with no target act on each other ("the US and Russia
     * met"). PETRARCH's dictionaries say so where they mean it: paired codes ({@code [031:032]}) and
     * compound-subject patterns ({@code % * [030:030]}).
     */
    public boolean jointActsBothWays() {
        return bothWays;
    }

    /**
     * Whether a saying verb that introduces a report is coded as the lexicon codes it ("said" 023), as
     * PETRARCH does; under Dyad's conventions it only attributes what it reports.
     */
    public boolean codesSayingVerbs() {
        return this == PETRARCH;
    }

    /** Whether a verb inside the phrase of a verb that matched the lexicon is passed over ({@link VerbPhrases}). */
    public boolean oneEventPerPhrase() {
        return this == PETRARCH;
    }

    /**
     * Whether a passive is read as one only with a "by" phrase; without one its subject is the source, as
     * PETRARCH reads "The Philippines was criticized over its dispute with Eriador" (PHL ERI).
     */
    public boolean passiveNeedsAgent() {
        return this == PETRARCH;
    }

    /**
     * Whether, when the frame names no source or no target, the nearest actor named before the verb is the
     * source and the first named after it in its phrase the target (PETRARCH's rule; {@link ActorsAroundVerb}).
     */
    public boolean actorsAroundVerb() {
        return this == PETRARCH;
    }

    /**
     * Whether an event of any code is coded with no target when none is found. Under Dyad's conventions
     * only roots that stand without a recipient are (intents, appeals, demands...); PETRARCH codes every
     * event and leaves it to its {@code require_dyad} option to drop those without one
     * ({@code org.dyad.pipeline.ImportedRules}).
     */
    public boolean anyCodeWithoutTarget() {
        return this == PETRARCH;
    }
}
