package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A predicate's frame read off the dependency tree: subject (its own, or inherited through control,
 * coordination or a relative clause), voice, object, prepositional arguments, particle, clausal
 * complement, negation and modality.
 *
 * @param subjectRule how the subject was found: "subject", "control", "conj", "acl", "relcl", "advcl"
 */
public record Frame(Sentence sentence, int predicate, Optional<Integer> subject, String subjectRule,
                   boolean passive, Optional<Integer> agent, Optional<Integer> object, Optional<Integer> indirect,
                   List<Argument> arguments, Optional<String> particle, Optional<Integer> xcomp,
                   boolean negated, Optional<String> modal) {

    /** A prepositional argument: "to Assad" is ("to", index of Assad). */
    public record Argument(String prep, int token) {
    }

    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nor");
    private static final Set<String> MODALS = Set.of("will", "would", "shall", "may", "might", "could", "should",
            "must", "can", "'ll", "'d", "wo", "ca");

    public Frame {
        arguments = List.copyOf(arguments);
    }

    public Token token() {
        return sentence.token(predicate);
    }

    /** The source slot: the by-agent of a passive, else the subject. */
    public Optional<Integer> actor() {
        return passive ? agent : subject;
    }

    /** The patient slot of a passive is its subject; of an active verb, its object. */
    public Optional<Integer> patient() {
        return passive ? subject : object;
    }

    public Optional<Integer> argument(String prep) {
        for (Argument a : arguments) {
            if (a.prep().equals(prep)) {
                return Optional.of(a.token());
            }
        }
        return Optional.empty();
    }

    /** Builds the frame of predicate {@code p}. */
    public static Frame of(Sentence s, int p) {
        return of(s, p, 0);
    }

    private static Frame of(Sentence s, int p, int depth) {
        Token t = s.token(p);
        Optional<Integer> subject = Optional.empty();
        String rule = "subject";
        boolean passive = false;
        Optional<Integer> agent = Optional.empty();
        Optional<Integer> object = Optional.empty();
        Optional<Integer> indirect = Optional.empty();
        List<Argument> args = new ArrayList<>();
        Optional<String> particle = Optional.empty();
        Optional<Integer> xcomp = Optional.empty();
        boolean negated = false;
        Optional<String> modal = Optional.empty();
        for (Token c : s.children(p)) {
            String rel = c.rel();
            String lower = c.text().toLowerCase();
            switch (c.baseRel()) {
                case "nsubj", "csubj" -> {
                    if (subject.isEmpty()) {
                        subject = Optional.of(c.index());
                    }
                    passive |= rel.endsWith(":pass");
                }
                case "obj" -> object = object.or(() -> Optional.of(c.index()));
                case "iobj" -> indirect = Optional.of(c.index());
                case "obl", "nmod" -> {
                    if (rel.equals("nmod:poss") || rel.equals("obl:tmod") || rel.equals("nmod:tmod")
                            || rel.equals("obl:npmod")) {
                        break;
                    }
                    String prep = s.caseMarker(c.index());
                    if (rel.endsWith(":agent") || prep.equals("by")) {
                        agent = agent.or(() -> Optional.of(c.index()));
                    }
                    if (!prep.isEmpty()) {
                        args.add(new Argument(prep, c.index()));
                    }
                }
                case "compound" -> {
                    if (rel.equals("compound:prt")) {
                        particle = Optional.of(lower);
                    }
                }
                case "xcomp" -> xcomp = Optional.of(c.index());
                case "aux" -> {
                    if (rel.equals("aux:pass")) {
                        passive = true;
                    } else if (MODALS.contains(lower)) {
                        modal = Optional.of(normaliseModal(lower));
                    }
                }
                case "advmod", "neg", "det" -> negated |= NEGATORS.contains(lower);
                default -> {
                }
            }
        }
        if (object.isPresent()) {
            object = Optional.of(measured(s, object.get()));
        }
        if (subject.isEmpty() && depth < 6) {
            Inherited in = inherit(s, p, depth);
            subject = in.subject;
            rule = in.rule;
            if (in.passiveHead) {
                passive = true;
            }
        }
        if (!passive && t.pos().equals("VBN") && t.rel().startsWith("acl") && !s.child(p, "aux").isPresent()) {
            passive = true;
        }
        return new Frame(s, p, subject, rule, passive, agent, object, indirect, args, particle, xcomp, negated,
                modal);
    }

    /**
     * Words that measure or count what their "of" phrase names: the object of "gave 5 million dollars of aid",
     * "handed over 700 kg of medicine", "held a round of talks" is the aid, the medicine, the talks.
     */
    private static final Set<String> MEASURES = Set.of("dollar", "euro", "pound", "yen", "yuan", "ruble", "rouble",
            "rupee", "million", "billion", "thousand", "hundred", "ton", "tonne", "kg", "kilogram", "gram", "litre",
            "liter", "barrel", "gallon", "worth", "amount", "quantity", "number", "lot", "package", "batch", "series",
            "wave", "round", "set", "kind", "type", "part", "portion", "share", "percent", "cache", "dozen", "load");

    static int measured(Sentence s, int n) {
        int k = n;
        for (int steps = 0; steps < 3; steps++) {
            Token t = s.token(k);
            if (!MEASURES.contains(t.lemma().toLowerCase()) && !t.pos().equals("CD") && !t.text().equals("$")) {
                return k;
            }
            Optional<Token> of = s.children(k, "nmod").stream().filter(c -> s.caseMarker(c.index()).equals("of")).findFirst();
            if (of.isEmpty()) {
                return k;
            }
            k = of.get().index();
        }
        return k;
    }

    private static String normaliseModal(String m) {
        return switch (m) {
            case "'ll", "wo" -> "will";
            case "'d" -> "would";
            case "ca" -> "can";
            default -> m;
        };
    }

    private record Inherited(Optional<Integer> subject, String rule, boolean passiveHead) {
    }

    /**
     * A subject from the governing structure: the object (else subject) of the verb an xcomp depends on,
     * the subject of the first conjunct, the noun an acl or relative clause modifies, the subject (or,
     * after "for", the object) of the clause an adverbial gerund depends on.
     */
    private static Inherited inherit(Sentence s, int p, int depth) {
        Token t = s.token(p);
        if (t.head() < 0) {
            return new Inherited(Optional.empty(), "none", false);
        }
        Token gov = s.token(t.head());
        String rel = t.rel();
        if (rel.equals("xcomp")) {
            Optional<Integer> obj = s.child(gov.index(), "obj").map(Token::index);
            if (obj.isPresent()) {
                return new Inherited(obj, "control:object", false);
            }
            Frame g = of(s, gov.index(), depth + 1);
            // "Gollum was seen to break in": the subject of a passive controls its complement, agent or not
            return new Inherited(g.passive() ? g.subject() : g.actor(), "control:subject", false);
        }
        if (rel.equals("conj") && (gov.isVerb() || s.child(gov.index(), "cop").isPresent())) {
            Frame g = of(s, gov.index(), depth + 1);
            return new Inherited(g.subject(), "conj", g.passive());
        }
        if (rel.equals("acl")) {
            boolean passive = t.pos().equals("VBN");
            return new Inherited(Optional.of(gov.index()), "acl", passive);
        }
        if (rel.equals("advcl")) {
            String mark = s.child(p, "mark").map(m -> m.text().toLowerCase()).orElse("");
            Frame g = of(s, gov.index(), depth + 1);
            if (mark.equals("for") || mark.equals("of")) {
                if (g.object().isPresent()) {
                    return new Inherited(g.object(), "advcl:object", false);
                }
            }
            if (t.pos().equals("VBG") || t.pos().equals("VB") || t.pos().equals("VBN")) {
                return new Inherited(g.actor(), "advcl", false);
            }
        }
        return new Inherited(Optional.empty(), "none", false);
    }

    /** The same frame read as active voice: PETRARCH reads a passive with no "by" phrase that way. */
    Frame asActive() {
        return new Frame(sentence, predicate, subject, subjectRule, false, Optional.empty(), object, indirect,
                arguments, particle, xcomp, negated, modal);
    }

    /** True if the predicate is a copular adjective or noun ("are subject to", "is a critic of"). */
    public static boolean isCopular(Sentence s, int p) {
        return s.child(p, "cop").isPresent();
    }
}
