package org.dyad.coding;

import java.util.Optional;
import org.dyad.ontology.Derivations;

/**
 * What a lexicon entry does with the predicate it governs (the xcomp verb, or the object noun) when its
 * code is an operator rather than a CAMEO code. See docs/data-formats.md.
 */
public enum Operator {
    /** Take the embedded code unchanged: "launched [an attack]". */
    SAME(null),
    /** The intent form: "promised to [send aid]" 033, "threatened to [attack]" 138. */
    INTENT(Derivations.Form.INTENT),
    /** An appeal to the verb's object: "urged Iran to [release...]" 025x. */
    APPEAL(Derivations.Form.APPEAL),
    /** A demand: "called for [his removal]" 104x. */
    DEMAND(Derivations.Form.DEMAND),
    /** A refusal: "refused to [meet]" 125. */
    REJECT(Derivations.Form.REJECT),
    /** The embedded event with roles turned round: "received [aid] from Iran". */
    REVERSE(null),
    /**
     * The event a list or measure already in the text stands for, extended to new targets: "This [the
     * Axis of Evil designation] was expanded by Bolton to [include] Syria".
     */
    EXTEND(null);

    private final Derivations.Form form;

    Operator(Derivations.Form form) {
        this.form = form;
    }

    public Optional<Derivations.Form> form() {
        return Optional.ofNullable(form);
    }

    public static Optional<Operator> parse(String code) {
        if (!code.startsWith("@")) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.substring(1).toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
