package org.dyad.coding;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.resources.DataFile;

/**
 * Reported speech: the saying verb whose complement holds a predicate ("KCNA said [Kim sent...]",
 * "“...,” Assad wrote"), its speaker, and "according to X". Verbs come from
 * {@code dyad/lexicon/speech-verbs.tsv}.
 */
final class Speech {

    /** Who reports an event, and whether the report is an allegation ("claimed that..."). */
    record Report(int verb, Optional<Integer> speaker, boolean allegation) {
    }

    private final Map<String, String> verbs;

    private Speech(Map<String, String> verbs) {
        this.verbs = Map.copyOf(verbs);
    }

    static Speech load() {
        Map<String, String> verbs = new HashMap<>();
        for (DataFile.Row r : DataFile.resource("dyad/lexicon/speech-verbs.tsv")) {
            verbs.put(r.get(0), r.get(1));
        }
        return new Speech(verbs);
    }

    boolean isSpeechVerb(Token t) {
        return t.isVerb() && verbs.containsKey(t.lemma().toLowerCase());
    }

    /** True for a saying verb whose report is an allegation ("alleged", "claimed"): what it reports is accused. */
    boolean alleges(Token t) {
        return isSpeechVerb(t) && "allege".equals(verbs.get(t.lemma().toLowerCase()));
    }

    /**
     * True if token {@code p} is a saying verb that introduces reported speech (a clausal complement, a
     * quotation it is hung on): then it is the report, not an event. "warned Iran" or "charged him with
     * murder" are events.
     */
    boolean introducesReport(Sentence s, int p) {
        Token t = s.token(p);
        if (!isSpeechVerb(t)) {
            return false;
        }
        if (t.rel().equals("parataxis") || !s.children(p, "ccomp").isEmpty() || !s.children(p, "parataxis").isEmpty()) {
            return true;
        }
        return s.children(p).stream().anyMatch(c -> c.baseRel().equals("obj") && c.pos().startsWith("''"));
    }

    /** The report enclosing predicate {@code p}, if any. */
    Optional<Report> enclosing(Sentence s, int p) {
        int k = p;
        for (int steps = 0; steps < s.size() && k >= 0; steps++) {
            Optional<Integer> according = according(s, k);
            if (according.isPresent()) {
                return Optional.of(new Report(k, according, false));
            }
            Optional<Report> aside = parenthetical(s, k);
            if (aside.isPresent()) {
                return aside;
            }
            Token t = s.token(k);
            if (t.head() < 0) {
                break;
            }
            Token head = s.token(t.head());
            String rel = t.baseRel();
            boolean complement = rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("xcomp")
                    && isSpeechVerb(head);
            if (complement && isSpeechVerb(head)) {
                Frame f = Frame.of(s, head.index());
                boolean allege = alleges(head);
                return Optional.of(new Report(head.index(), f.actor(), allege));
            }
            if (rel.equals("ccomp") || rel.equals("parataxis")) {
                // a complement of a non-saying verb ("believe", "decide") is not reported speech
                k = t.head();
                continue;
            }
            k = t.head();
        }
        return Optional.empty();
    }

    /** A saying verb hung on the clause as a parenthetical: "“Kim sent ...,” KCNA said." */
    private Optional<Report> parenthetical(Sentence s, int k) {
        for (Token c : s.children(k, "parataxis")) {
            if (isSpeechVerb(c)) {
                Frame f = Frame.of(s, c.index());
                boolean allege = "allege".equals(verbs.get(c.lemma().toLowerCase()));
                return Optional.of(new Report(c.index(), f.actor(), allege));
            }
        }
        return Optional.empty();
    }

    /** "according to X" attached to token {@code k}. */
    private static Optional<Integer> according(Sentence s, int k) {
        for (Token c : s.children(k)) {
            if ((c.baseRel().equals("obl") || c.baseRel().equals("nmod") || c.baseRel().equals("advcl"))
                    && s.caseMarker(c.index()).equals("according_to")) {
                return Optional.of(c.index());
            }
        }
        return Optional.empty();
    }
}
