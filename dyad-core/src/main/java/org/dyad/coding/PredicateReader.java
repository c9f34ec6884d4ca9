package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.CameoCode;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.ontology.Derivations;

/**
 * Applies the lexicon to predicates: finds the most specific entry whose pattern the frame meets, and
 * follows operators into the predicate they govern ("promised to [send aid]", "stepped up [backing]").
 */
final class PredicateReader {

    /** Prepositions whose object may be a target, in order of preference. */
    static final List<String> TARGET_PREPS = List.of("to", "with", "against", "on", "toward", "towards", "at",
            "between", "among", "for", "into", "upon", "over", "from", "of", "about");
    private static final Set<String> NOUN_TARGET_PREPS = Set.of("to", "with", "against", "on", "toward",
            "towards", "for", "over", "upon", "at", "into", "of", "from", "between", "among");
    private static final int MAX_DEPTH = 4;
    /** Acts whose noun may say whom they are about in a clause: accusations, threats. */
    private static final Set<String> CLAUSE_TARGET_ROOTS = Set.of("11", "13");
    /** Participles that make a weapon noun an act: "[tank] shelling", "[mortar] fire" as the parser heads them. */
    private static final Set<String> WEAPON_ACTS = Set.of("shell", "shelling", "fire", "firing", "strike", "bombing",
            "attack", "raid");

    private final Lexicon lexicon;
    private final Derivations derivations;

    PredicateReader(Lexicon lexicon, Derivations derivations) {
        this.lexicon = lexicon;
        this.derivations = derivations;
    }

    /** The reading of a verb, a copular adjective ("subject to") or a copular noun ("a critic of"). */
    Optional<Reading> predicate(Frame frame, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        Frame f = frame.passive() && frame.agent().isEmpty() && lexicon.conventions().passiveNeedsAgent()
                ? frame.asActive() : frame;
        Token t = f.token();
        List<LexiconEntry> entries = t.isNoun() ? lexicon.noun(t.lemma()) : lexicon.verb(t.lemma());
        if (entries.isEmpty() && t.lemma().toLowerCase().startsWith("re-")) {
            // "re-examine", "re-impose": the act again
            String bare = t.lemma().substring(3);
            entries = t.isNoun() ? lexicon.noun(bare) : lexicon.verb(bare);
        }
        // a particle no entry names does not change the verb: "handed over aid to" reads as "hand"
        boolean known = f.particle().isEmpty() || entries.stream().anyMatch(e -> e.particle().equals(f.particle()));
        for (LexiconEntry e : entries) {
            boolean fits = known ? matches(e, f, t.isNoun()) : e.particle().isEmpty() && matchesIgnoringParticle(e, f);
            if (!fits) {
                continue;
            }
            Optional<Reading> r = apply(e, f, depth);
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    /** The reading of an eventive noun on its own: its code, and the source and target its phrase names. */
    Optional<Reading> noun(Sentence s, int n, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        Token t = s.token(n);
        for (LexiconEntry e : lexicon.noun(t.lemma())) {
            if (!nounMatches(e, s, n)) {
                continue;
            }
            List<Integer> sources = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (Token c : s.children(n)) {
                if (c.rel().equals("nmod:poss")) {
                    sources.add(c.index());
                } else if ((c.baseRel().equals("compound") || c.baseRel().equals("amod")) && named(c)) {
                    sources.add(c.index());
                }
            }
            for (Token c : s.children(n, "nmod")) {
                String prep = s.caseMarker(c.index());
                if (prep.equals("by")) {
                    sources.add(c.index());
                } else if (e.prep().map(prep::equals).orElse(NOUN_TARGET_PREPS.contains(prep))) {
                    targets.add(c.index());
                }
            }
            if (e.code().isPresent()) {
                if (targets.isEmpty() && CLAUSE_TARGET_ROOTS.contains(e.code().get().root())) {
                    // "allegations by Rwanda that it [France] had played a role": whom a charge or a threat is
                    // about is its clause's subject
                    s.children(n).stream()
                            .filter(c -> (c.baseRel().equals("ccomp") || c.baseRel().equals("acl")) && c.isVerb())
                            .findFirst().flatMap(c -> Frame.of(s, c.index()).subject()).ifPresent(targets::add);
                }
                return Optional.of(new Reading(e.code().get(), sources, targets, List.of(n), List.of(e.describe()),
                        List.of()));
            }
            Optional<Token> inner = s.children(n).stream()
                    .filter(c -> (c.baseRel().equals("acl") || c.baseRel().equals("ccomp")) && c.isVerb()).findFirst();
            if (inner.isPresent()) {
                Frame clause = Frame.of(s, inner.get().index());
                Optional<Reading> r = predicate(clause, depth + 1);
                Operator op = e.operator().get();
                boolean asking = op == Operator.DEMAND || op == Operator.APPEAL;
                // "its demand that Israel ease restrictions": the party asked is the clause's subject
                List<Integer> asked = new ArrayList<>();
                if (asking && !clause.subjectRule().equals("acl")) {
                    clause.subject().ifPresent(asked::add);
                }
                if (r.isPresent()) {
                    CameoCode c = transform(op, r.get().code());
                    asked.addAll(r.get().targets());
                    return Optional.of(r.get().under(n, c, sources, asking ? asked : r.get().targets(), e.describe()));
                }
                if (asking && !asked.isEmpty()) {
                    CameoCode generic = CameoCode.parse(op == Operator.DEMAND ? "100" : "020");
                    return Optional.of(new Reading(generic, sources, asked, List.of(n), List.of(e.describe()),
                            List.of()));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Reading> apply(LexiconEntry e, Frame f, int depth) {
        Sentence s = f.sentence();
        int p = f.predicate();
        if (e.code().isPresent()) {
            // an object the pattern names is part of the trigger: "withdraw [their peacekeeping force]" is one
            // act, not also a peacekeeping event; unless the object names a doer of its own: "rejected
            // [allegations by Rwanda that France ...]" is also Rwanda's accusation
            List<Integer> triggers = new ArrayList<>(List.of(p));
            if (!e.objects().isEmpty()) {
                f.patient().filter(k -> !namesOwnDoer(s, k)).ifPresent(triggers::add);
            }
            return Optional.of(new Reading(e.code().get(), source(e, f), targets(e, f, -1), triggers,
                    List.of(e.describe()), List.of(p)));
        }
        Operator op = e.operator().get();
        if (op == Operator.EXTEND) {
            return Optional.empty(); // needs the document's earlier events: the Coder handles it
        }
        // the embedded predicate: the named preposition's object; else the xcomp verb, then the object noun
        if (e.prep().isEmpty() && f.xcomp().isPresent() && op != Operator.REVERSE) {
            Optional<Reading> r = viaXcomp(e, op, f, depth);
            if (r.isPresent() || e.xcomp()) {
                return r;
            }
        }
        Optional<Token> clause = f.sentence().child(p, "ccomp");
        if (e.prep().isEmpty() && clause.isPresent() && (op == Operator.DEMAND || op == Operator.APPEAL)) {
            return viaClause(e, op, f, clause.get().index(), depth);
        }
        if (e.xcomp()) {
            return Optional.empty();
        }
        Optional<Integer> n = e.prep().isPresent() ? f.argument(e.prep().get()) : f.object();
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Optional<Reading> inner = noun(s, n.get(), depth + 1);
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        CameoCode c = transform(op, inner.get().code());
        if (op == Operator.REVERSE) {
            List<Integer> sources = new ArrayList<>(inner.get().sources());
            f.argument("from").ifPresent(sources::add);
            f.argument("by").ifPresent(sources::add);
            // "received assurances from the government": the giver may hang on the noun
            for (Token giver : s.children(n.get(), "nmod")) {
                if (Set.of("from", "by").contains(s.caseMarker(giver.index()))) {
                    sources.add(giver.index());
                }
            }
            List<Integer> targets = new ArrayList<>();
            f.subject().ifPresent(targets::add);
            return Optional.of(inner.get().under(p, c, sources, targets, e.describe()));
        }
        List<Integer> targets = new ArrayList<>(inner.get().targets());
        f.indirect().ifPresent(targets::add);
        targets.addAll(targets(e, f, n.get()));
        // "rejected a U.S. request", "accepted Iran's offer": whose the noun is, is whom it answers
        inner.get().sources().stream().filter(k -> !targets.contains(k) && !s.token(k).pos().startsWith("PRP"))
                .forEach(targets::add);
        return Optional.of(inner.get().under(p, c, source(e, f), targets, e.describe()));
    }

    /**
     * "demanded that Hamas renounce its armed struggle": a demand or appeal to the subject of the clause,
     * for what the clause says, or a generic one if the clause says nothing codable.
     */
    private Optional<Reading> viaClause(LexiconEntry e, Operator op, Frame f, int q, int depth) {
        Frame inner = Frame.of(f.sentence(), q);
        List<Integer> targets = inner.subject().map(List::of).orElse(List.of());
        Optional<Reading> r = predicate(inner, depth + 1);
        if (r.isPresent()) {
            return Optional.of(r.get().under(f.predicate(), transform(op, r.get().code()), source(e, f), targets,
                    e.describe()));
        }
        CameoCode generic = CameoCode.parse(op == Operator.DEMAND ? "100" : "020");
        return Optional.of(new Reading(generic, source(e, f), targets, List.of(f.predicate()), List.of(e.describe()),
                List.of(f.predicate())));
    }

    private Optional<Reading> viaXcomp(LexiconEntry e, Operator op, Frame f, int depth) {
        int q = f.xcomp().get();
        Optional<Reading> inner = predicate(Frame.of(f.sentence(), q), depth + 1);
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        if (op == Operator.INTENT && f.object().isPresent()) {
            op = Operator.APPEAL; // "Obama wants Putin to attack": wanting someone else to act is an appeal to them
        }
        CameoCode c = transform(op, inner.get().code());
        List<Integer> targets = inner.get().targets();
        if (op == Operator.APPEAL || op == Operator.DEMAND && f.object().isPresent()) {
            // "urged Iran to ...", "ordered La Prensa to ...": the party asked is the target
            targets = new ArrayList<>();
            f.object().ifPresent(targets::add);
            f.argument("on").ifPresent(targets::add);
            f.argument("to").ifPresent(targets::add);
        }
        // "Obama is scheduled to attend": a passive with no agent raises its subject to the act's doer
        List<Integer> doers = f.passive() && f.agent().isEmpty() && e.source().isEmpty()
                ? f.subject().map(List::of).orElse(List.of()) : source(e, f);
        return Optional.of(inner.get().under(f.predicate(), c, doers, targets,
                e.describe() + (op != e.operator().get() ? " (object control: appeal)" : "")));
    }

    private CameoCode transform(Operator op, CameoCode code) {
        Optional<Derivations.Form> form = op.form();
        if (form.isEmpty()) {
            return code;
        }
        Optional<CameoCode> d = derivations.derive(code, form.get());
        if (d.isPresent()) {
            return d.get();
        }
        return switch (form.get()) {
            case INTENT -> code;
            case APPEAL -> CameoCode.parse("020");
            case DEMAND -> CameoCode.parse("100");
            case REJECT -> CameoCode.parse("120");
        };
    }

    private List<Integer> source(LexiconEntry e, Frame f) {
        if (e.source().isPresent()) {
            return role(e.source().get(), f).map(List::of).orElse(List.of());
        }
        if (f.passive() && f.agent().isEmpty()) {
            List<Integer> out = instrumentSource(f);
            out.addAll(complementOwner(f));
            return out;
        }
        return f.actor().map(List::of).orElse(List.of());
    }

    /**
     * A passive with no agent may name its doer as the owner of what it was made: "were designated part of
     * [President Bush's] Axis of Evil".
     */
    private static List<Integer> complementOwner(Frame f) {
        List<Integer> out = new ArrayList<>();
        Sentence s = f.sentence();
        Optional<Integer> k = f.object().or(f::xcomp);
        for (int steps = 0; k.isPresent() && steps < 3; steps++) {
            int n = k.get();
            s.children(n, "nmod:poss").forEach(c -> out.add(c.index()));
            k = s.children(n, "nmod").stream().filter(c -> s.caseMarker(c.index()).equals("of")).map(Token::index)
                    .findFirst();
        }
        return out;
    }

    /**
     * A passive with no agent may name its doer through the act that did it: "were killed in Israeli tank
     * shelling", "died in a U.S. drone strike" give the shelling's and the strike's owners.
     */
    private List<Integer> instrumentSource(Frame f) {
        List<Integer> out = new ArrayList<>();
        Sentence s = f.sentence();
        for (Frame.Argument a : f.arguments()) {
            boolean instrument = Set.of("in", "by", "during", "after", "from", "under").contains(a.prep());
            boolean act = !lexicon.noun(s.token(a.token()).lemma()).isEmpty();
            boolean weapon = s.children(a.token()).stream().anyMatch(c -> WEAPON_ACTS.contains(c.lemma().toLowerCase()));
            if (!instrument || !act && !weapon) {
                continue;
            }
            for (Token c : s.children(a.token())) {
                boolean named = (c.baseRel().equals("compound") || c.baseRel().equals("amod")) && named(c);
                // (the noun heads the instrument: "killed in [Israeli tank] shelling" as the parser has it)
                boolean by = c.baseRel().equals("nmod") && s.caseMarker(c.index()).equals("by");
                if (named || by || c.rel().equals("nmod:poss")) {
                    out.add(c.index());
                }
            }
        }
        return out;
    }

    /**
     * Target candidates, in order of preference: a role override alone; else the patient ("thanked Qatar
     * for its mediation"), the pattern's preposition ("called for [his removal]"), what the patient's own
     * phrase names ("condemned the voices from the West", "rejected a U.S. request", "rejected a
     * Senegalese peace plan"), the usual prepositions and what their nouns name ("in protest against the
     * violations by ..."), the targets of an open complement, purpose or participle clause ("threatened to
     * cut off electricity to Nakhichevan", "blocked a road to show disapproval for the U.S. policies"), and
     * the subject of a condition ("... unless Israel rescinded ...").
     */
    private static List<Integer> targets(LexiconEntry e, Frame f, int except) {
        List<Integer> out = new ArrayList<>();
        if (e.target().isPresent()) {
            role(e.target().get(), f).ifPresent(out::add);
            return out;
        }
        f.patient().filter(k -> k != except).ifPresent(out::add);
        f.indirect().filter(k -> !out.contains(k)).ifPresent(out::add);
        e.prep().flatMap(f::argument).filter(k -> k != except && !out.contains(k)).ifPresent(out::add);
        slots(f, except, out);
        Sentence s = f.sentence();
        // a clause's targets stand for the act's target only when the act is against someone ("blocked
        // roads to protest X", "demonstrated calling for independence from Iraq"), not for visits or praise
        boolean against = e.code().map(c -> c.rootNumber() >= 9).orElse(true);
        for (Token c : against ? s.children(f.predicate()) : List.<Token>of()) {
            Optional<String> mark = s.child(c.index(), "mark").map(m -> m.text().toLowerCase());
            boolean clause = c.rel().equals("xcomp") || (c.rel().equals("advcl") || c.rel().equals("dep"))
                    && (mark.filter("to"::equals).isPresent() || mark.isEmpty() && c.pos().equals("VBG"));
            if (clause && c.isVerb()) {
                Frame inner = Frame.of(s, c.index());
                if (c.rel().equals("xcomp") && inner.subjectRule().equals("subject")) {
                    // a small clause: "released [the mayor jailed a year ago]"
                    inner.subject().filter(k -> !out.contains(k)).ifPresent(out::add);
                }
                inner.patient().filter(k -> !out.contains(k)).ifPresent(out::add);
                slots(inner, except, out);
            }
        }
        for (Token c : s.children(f.predicate(), "advcl")) {
            boolean condition = s.child(c.index(), "mark")
                    .filter(m -> Set.of("unless", "if").contains(m.text().toLowerCase())).isPresent();
            if (condition) {
                Frame.of(s, c.index()).subject().filter(k -> !out.contains(k)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** What the patient's phrase names, then the usual prepositional arguments and what their nouns name. */
    private static void slots(Frame f, int except, List<Integer> out) {
        f.patient().filter(k -> k != except).ifPresent(obj -> modifiers(f.sentence(), obj, out));
        for (String prep : TARGET_PREPS) {
            Optional<Integer> a = f.argument(prep).filter(k -> k != except && !out.contains(k));
            a.ifPresent(out::add);
        }
        for (Frame.Argument a : f.arguments()) {
            if (a.token() != except && f.sentence().token(a.token()).isNoun()) {
                modifiers(f.sentence(), a.token(), out);
            }
        }
    }

    /**
     * What a non-actor noun's phrase names: a named possessor (not "its", "their": those are the doer), a
     * name or country adjective, its by/from/of/against... phrase.
     */
    static void modifiers(Sentence s, int n, List<Integer> out) {
        for (Token c : s.children(n)) {
            String b = c.baseRel();
            boolean possessor = c.rel().equals("nmod:poss") && !c.pos().startsWith("PRP");
            // "hostage-takers demands", "opposition demands": a noun compound may name the owner too
            boolean name = b.equals("compound") && c.isNoun() || (b.equals("compound") || b.equals("amod")) && named(c);
            boolean phrase = b.equals("nmod") && !c.rel().equals("nmod:poss")
                    && (NOUN_TARGET_PREPS.contains(s.caseMarker(c.index())) || s.caseMarker(c.index()).equals("by"));
            if ((possessor || name || phrase) && !out.contains(c.index())) {
                out.add(c.index());
            }
        }
    }

    /** True if a noun names who did it: "Rwanda's allegations", "allegations by Rwanda", "a U.S. request". */
    private static boolean namesOwnDoer(Sentence s, int n) {
        for (Token c : s.children(n)) {
            String b = c.baseRel();
            if (c.rel().equals("nmod:poss") && !c.pos().startsWith("PRP")
                    || b.equals("nmod") && s.caseMarker(c.index()).equals("by")
                    || (b.equals("compound") || b.equals("amod")) && named(c)) {
                return true;
            }
        }
        return false;
    }

    /** A proper noun or a capitalised adjective ("U.S. sanctions", "a Senegalese plan"). */
    static boolean named(Token c) {
        return c.isProperNoun() || c.pos().startsWith("JJ") && !c.text().isEmpty()
                && Character.isUpperCase(c.text().codePointAt(0));
    }

    /** Stands in a source list for "the speaker of the reported speech this clause is in". */
    static final int SPEAKER = -1;

    private static Optional<Integer> role(String role, Frame f) {
        return switch (role) {
            case "speaker" -> Optional.of(SPEAKER);
            case "subj" -> f.subject();
            case "obj" -> f.object();
            case "iobj" -> f.indirect();
            default -> f.argument(role);
        };
    }

    private static boolean matchesIgnoringParticle(LexiconEntry e, Frame f) {
        Frame bare = new Frame(f.sentence(), f.predicate(), f.subject(), f.subjectRule(), f.passive(), f.agent(),
                f.object(), f.indirect(), f.arguments(), Optional.empty(), f.xcomp(), f.negated(), f.modal());
        return matches(e, bare, false);
    }

    private static boolean matches(LexiconEntry e, Frame f, boolean noun) {
        Sentence s = f.sentence();
        if (noun) {
            if (!e.mods().isEmpty() && !hasModifier(s, f.predicate(), e.mods())) {
                return false;
            }
        } else if (!e.particle().equals(f.particle())) {
            return false;
        }
        // the object a pattern names is the patient: the subject of a passive ("Evidence ... was presented")
        Optional<Integer> patient = noun ? f.object() : f.patient();
        if (!e.objects().isEmpty()) {
            if (patient.isEmpty() || !Lexicon.anyForm(e.objects(), s.token(patient.get()))) {
                return false;
            }
        }
        if (!e.objMods().isEmpty() && (patient.isEmpty() || !hasModifier(s, patient.get(), e.objMods()))) {
            return false;
        }
        if (e.prep().isPresent() && f.argument(e.prep().get()).isEmpty()
                && !(f.object().isPresent() && nounHasPrep(s, f.object().get(), e.prep().get()))) {
            return false;
        }
        if (!e.has().isEmpty() && !complementsHave(f, e.has())) {
            return false;
        }
        return (!e.xcomp() || f.xcomp().isPresent()) && e.words().matches(f);
    }

    /** True if a word of the predicate's complements (not its subject) is one of {@code words}. */
    private static boolean complementsHave(Frame f, Set<String> words) {
        Sentence s = f.sentence();
        for (Token c : s.children(f.predicate())) {
            String b = c.baseRel();
            if (b.equals("nsubj") || b.equals("csubj") || b.equals("punct") || b.equals("aux") || b.equals("mark")) {
                continue;
            }
            int[] span = s.subtreeSpan(c.index());
            for (int k = span[0]; k <= span[1]; k++) {
                if (Lexicon.anyForm(words, s.token(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nounMatches(LexiconEntry e, Sentence s, int n) {
        if (!e.mods().isEmpty() && !hasModifier(s, n, e.mods())) {
            return false;
        }
        return e.prep().isEmpty() || nounHasPrep(s, n, e.prep().get());
    }

    private static boolean nounHasPrep(Sentence s, int n, String prep) {
        for (Token c : s.children(n, "nmod")) {
            if (s.caseMarker(c.index()).equals(prep)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasModifier(Sentence s, int n, Set<String> lemmas) {
        for (Token c : s.children(n)) {
            String b = c.baseRel();
            if ((b.equals("amod") || b.equals("compound")) && Lexicon.anyForm(lemmas, c)) {
                return true;
            }
        }
        return false;
    }
}
