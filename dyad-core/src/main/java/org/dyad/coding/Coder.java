package org.dyad.coding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dyad.actors.DocumentActors;
import org.dyad.model.Actor;
import org.dyad.model.ActorCode;
import org.dyad.model.CameoCode;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.ontology.Derivations;
import org.dyad.ontology.Ontology;

/**
 * The event coder: reads each sentence's predicates through the lexicon, resolves their source and target
 * slots to actors at the event date, applies negation, modality, conditionals and reported speech, and
 * merges an event stated twice in a document into one with two mentions. Thread-safe: it holds only
 * read-only resources.
 */
public final class Coder {

    /** The coder version recorded in every event's evidence. */
    public static final String VERSION = "dyad-coder-0.1";

    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "may", "might", "could", "can");
    private static final Set<String> OBLIGATION = Set.of("must", "should");
    /** Roots that are already statements of intent or words: "will" adds nothing to them. A future refusal is a threat. */
    private static final Set<String> VERBAL_ROOTS = Set.of("01", "02", "03", "10", "11", "13");
    /**
     * Roots whose events stand without a recipient: intents and agreements ("X and Y agreed"),
     * concessions and retreats ("resigned", "surrendered"), appeals and demands ("demanded elections"),
     * refusals, and mobilisation. The others (praise, aid, accusation, protest, sanction, force...) are
     * done to someone: with no recipient the text names, they are not coded.
     */
    /**
     * Joint cooperation with no named recipient is done with each other: "the US, Russia and Switzerland
     * met", "Brazil and the US seek to deepen a partnership". Force is not: "Syria and Iran continue the
     * fight against oppression" are on one side.
     */
    private static final Set<String> RECIPROCAL_ROOTS = Set.of("03", "04", "05", "06", "08");
    /**
     * Codes of those roots done by joint actors to a third party, never to each other: "Qatar and Egypt
     * mediated", "China and Russia voted for it", "Britain and France regretted the decision".
     */
    private static final Set<String> NOT_RECIPROCAL = Set.of("042", "043", "045", "051", "052", "053", "054",
            "055", "056");
    /**
     * Roots whose act done in a country is done to it when no one else is named: material help and
     * concessions ("contribute troops to a force in Liberia"), protest against its authorities
     * ("demonstrated in Beijing"), force and its threat ("strengthened its forces in Lebanon", "threatened
     * to impose a curfew in Algiers"). Words and
     * agreements in a place are not done to it ("signed an agreement in Doha", "condemned it in Geneva").
     */
    private static final Set<String> PLACE_TARGET_ROOTS = Set.of("06", "07", "08", "09", "13", "14", "15", "16",
            "17", "18", "19", "20");
    /** Prepositions of where an act happens ("signed in Doha", "met at the Kremlin"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "within");
    private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
    /** Devices that kill or destroy with no doer named: the doer is an unidentified armed force (UAF). */
    private static final Set<String> DEVICES = Set.of("bomb", "bombing", "explosion", "blast", "explosive", "device",
            "ied", "mine", "minefield", "landmine", "rocket", "missile", "mortar", "shell", "grenade", "car-bomb",
            "roadside", "gunfire", "shooting", "gunman", "gunmen", "sniper", "attacker", "assailant");

    /**
     * "Three US servicemen were killed by an improvised explosive device outside the Iraqi city of Basra",
     * "A minefield explosion near Samarra killed two Iraqi youths": force done by a device, with no doer
     * named, is done by unidentified armed forces (UAF) of the place it happens in, else of the victims.
     */
    private List<Actor> unidentified(DocumentActors actors, Sentence s, Reading r, DateRange at, List<Actor> targets) {
        List<Integer> carriers = new ArrayList<>(r.sources());
        for (int a : r.anchors()) {
            for (Token c : s.children(a)) {
                if (c.baseRel().equals("obl") || c.baseRel().equals("nsubj")) {
                    carriers.add(c.index());
                }
            }
        }
        boolean device = false;
        int where = -1;
        for (int k : carriers) {
            if (k >= 0 && DEVICES.contains(s.token(k).lemma().toLowerCase())) {
                device = true;
                where = k;
            }
        }
        if (!device) {
            return List.of();
        }
        Optional<String> country = place(actors, s, r, at).flatMap(Actor::code).flatMap(c -> c.country());
        if (country.isEmpty()) {
            country = targets.stream().flatMap(t -> t.code().flatMap(c -> c.country()).stream()).findFirst();
        }
        if (country.isEmpty()) {
            return List.of();
        }
        Token t = s.token(where);
        return List.of(new Actor(Optional.of(ActorCode.of(country.get(), "UAF")), t.text(), t.start(), t.end(),
                t.text(), "unidentified", "device with no doer named"));
    }

    /** Acts two parties do together: "held talks with", "met", "negotiated with". Coded both ways. */
    private static final Set<String> SYMMETRIC = Set.of("040", "041", "046");
    private static final Set<String> PLACE_PREPS = Set.of("in", "inside", "within", "throughout", "across", "into",
            "near", "outside", "around", "at");
    private static final Set<String> TARGETLESS_ROOTS = Set.of("02", "03", "08", "10", "12", "15");

    private final Lexicon lexicon;
    private final PredicateReader reader;
    private final Ontology ontology;
    private final Speech speech;
    private final LocalDate referenceDate;

    /**
     * @param referenceDate the date roles are resolved at when a document has no date at all
     */
    public Coder(Lexicon lexicon, Ontology ontology, LocalDate referenceDate) {
        this.lexicon = lexicon;
        this.reader = new PredicateReader(lexicon, ontology.derivations());
        this.ontology = ontology;
        this.speech = Speech.load();
        this.referenceDate = referenceDate;
    }

    /** True if some coded lexicon entry could fire on the sentence's words: a sentence without one holds no event. */
    public boolean hasTrigger(Sentence s) {
        return lexicon.mayFire(s);
    }

    /** Codes every sentence of the document that text hygiene kept. */
    public List<Event> code(DocumentActors actors) {
        Document doc = actors.document().document();
        Map<String, Event> merged = new LinkedHashMap<>();
        for (Sentence s : actors.document().sentences()) {
            List<Event> earlier = new ArrayList<>(merged.values());
            for (Event e : codeSentence(actors, s, earlier)) {
                String key = e.source().codeOr("") + "|" + e.target().map(t -> t.codeOr("")).orElse("") + "|"
                        + e.cameo() + "|" + e.date().map(DateRange::toString).orElse("");
                Event first = merged.get(key);
                merged.put(key, first == null ? e : first.withMentions(first.mentions() + 1));
            }
        }
        return List.copyOf(merged.values());
    }

    private List<Event> codeSentence(DocumentActors actors, Sentence s, List<Event> earlier) {
        List<Event> out = new ArrayList<>();
        List<Integer> anchors = new ArrayList<>();
        boolean[] used = new boolean[s.size()];
        for (int p = 0; p < s.size(); p++) {
            if (s.token(p).isVerb() && extends_(s.token(p))) {
                Optional<Extension.Found> x = Extension.find(s, p, earlier);
                if (x.isPresent()) {
                    used[p] = true;
                    used[x.get().governor()] = true;
                    for (Event e : extension(actors, s, p, x.get())) {
                        out.add(e);
                        anchors.add(p);
                    }
                }
            }
        }
        VerbPhrases phrases = new VerbPhrases(s, lexicon.conventions().oneEventPerPhrase());
        for (int p = 0; p < s.size(); p++) {
            Token t = s.token(p);
            boolean prenominal = (t.pos().equals("VBG") || t.pos().equals("VBN")) && t.head() > p
                    && (t.baseRel().equals("amod") || t.baseRel().equals("acl") || t.baseRel().equals("compound"));
            boolean predicate = (t.isVerb() && !prenominal) || Frame.isCopular(s, p);
            boolean reports = speech.introducesReport(s, p) && !lexicon.conventions().codesSayingVerbs();
            if (used[p] || !predicate || reports || phrases.inside(p)) {
                continue;
            }
            Frame f = Frame.of(s, p);
            Optional<Reading> r = reader.predicate(f, 0);
            if (r.isPresent()) {
                phrases.matched(p);
                r.get().triggers().forEach(k -> used[k] = true);
                List<Event> found = new ArrayList<>();
                emit(actors, s, f, r.get(), found);
                int at = p;
                if (found.stream().noneMatch(e -> aspectOf(s, at, e, out, anchors))) {
                    for (Event e : found) {
                        out.add(e);
                        anchors.add(p);
                    }
                }
            }
        }
        for (int n = 0; n < s.size(); n++) {
            if (used[n] || !s.token(n).isNoun()) {
                continue;
            }
            Optional<Reading> r = reader.noun(s, n, 0);
            if (r.isPresent() && !r.get().sources().isEmpty() && !r.get().targets().isEmpty()
                    && !negatedNoun(s, n)) {
                r.get().triggers().forEach(k -> used[k] = true);
                int gov = s.token(n).head();
                Reading anchored = new Reading(r.get().code(), r.get().sources(), r.get().targets(),
                        r.get().triggers(), r.get().rules(), gov >= 0 ? List.of(gov) : List.of());
                List<Event> found = new ArrayList<>();
                emit(actors, s, null, anchored, found);
                if (gov < 0 || found.stream().noneMatch(e -> aspectOf(s, gov, e, out, anchors))) {
                    for (Event e : found) {
                        out.add(e);
                        anchors.add(gov);
                    }
                }
            }
        }
        return out;
    }

    private boolean extends_(Token t) {
        return lexicon.verb(t.lemma()).stream().anyMatch(e -> e.operator().filter(o -> o == Operator.EXTEND).isPresent());
    }

    /** The earlier act, by the extension's agent (or its own source), on each new target. */
    private List<Event> extension(DocumentActors actors, Sentence s, int p, Extension.Found x) {
        Document doc = actors.document().document();
        List<Integer> anchors = List.of(x.governor(), p);
        Optional<DateRange> date = EventDates.date(s, anchors, doc.published().map(DateRange::day));
        DateRange at = date.orElse(DateRange.day(referenceDate));
        Actor source = x.agent().flatMap(a -> actors.resolve(s.index(), a, at)).filter(Coder::isActor)
                .orElse(x.act().source());
        List<Actor> targets = firstSlot(actors, s, x.targets(), at, List.of(source));
        List<String> rules = List.of("extends the act of sentence " + x.act().sentence() + " ("
                + x.act().evidence().rule() + ")");
        Reading r = new Reading(x.act().cameo(), List.of(), x.targets(), List.of(x.governor(), p), rules, anchors);
        List<Event> out = new ArrayList<>();
        for (Actor t : targets) {
            if (t.code().isPresent() && !t.code().equals(source.code())) {
                out.add(event(doc, s, date, source, Optional.of(t), x.act().cameo(), Optional.empty(), r, rules));
            }
        }
        return out;
    }

    /**
     * What a protest is for, in its purpose clause, is part of the protest, as CAMEO's 141x-145x codes fold
     * it in: "staged demonstrations to demand reforms", "blocked a road to show their disapproval".
     */
    private static final Set<String> PROTEST_AIMS = Set.of("10", "11", "12");

    /**
     * True if the event only restates, in a purpose or complement clause, an event by the same source
     * already coded from the clause it hangs on, of the same kind or a consultation: "met with Assad [to
     * discuss efforts ...]", "will meet in Zurich [to discuss ...]"; or says what a protest so coded is for.
     */
    private static boolean aspectOf(Sentence s, int p, Event e, List<Event> coded, List<Integer> anchors) {
        for (int i = 0; i < coded.size(); i++) {
            Event c = coded.get(i);
            int a = anchors.get(i);
            Token t = s.token(p);
            boolean clause = t.head() == a && (t.rel().equals("xcomp") || t.rel().equals("advcl"));
            boolean kind = c.cameo().root().equals(e.cameo().root()) || e.cameo().root().equals("04")
                    || c.cameo().root().equals("14") && PROTEST_AIMS.contains(e.cameo().root());
            if (clause && c.source().code().equals(e.source().code()) && kind) {
                return true;
            }
        }
        return false;
    }

    private void emit(DocumentActors actors, Sentence s, Frame outer, Reading r, List<Event> out) {
        Document doc = actors.document().document();
        Optional<DateRange> published = doc.published().map(DateRange::day);
        Optional<DateRange> date = EventDates.date(s, r.anchors(), published);
        DateRange at = date.orElse(DateRange.day(referenceDate));
        CameoCode code = r.code();
        List<String> rules = new ArrayList<>(r.rules());
        int anchor = r.anchors().isEmpty() ? r.triggers().get(0) : r.anchors().get(0);
        boolean modality = lexicon.conventions().readsModality();
        if (outer != null && modality) {
            if (negated(s, r)) {
                boolean future = outer.modal().filter(FUTURE::contains).isPresent();
                if (!future || !code.isCooperative()) {
                    return;
                }
                code = derive(code, Derivations.Form.REJECT);
                rules.add("negated with a modal: refusal");
            } else if (outer.modal().filter(FUTURE::contains).isPresent() && !VERBAL_ROOTS.contains(code.root())) {
                code = derive(code, Derivations.Form.INTENT);
                rules.add("modal '" + outer.modal().get() + "': intent");
            }
            if (conditional(s, outer.predicate()) && !code.root().equals("13")) {
                code = code.rootNumber() >= 14 ? derive(code, Derivations.Form.INTENT) : CameoCode.parse("130");
                rules.add("conditional: threat");
            }
        }
        if (nonFactual(s, anchor)) {
            return;
        }
        Optional<Speech.Report> report = speech.enclosing(s, anchor);
        Optional<Actor> attribution = report.flatMap(rep -> rep.speaker())
                .flatMap(k -> actors.resolve(s.index(), k, at).or(() -> author(actors, s, k, at)));
        List<Actor> sources = r.sources().contains(PredicateReader.SPEAKER)
                ? attribution.map(List::of).orElse(List.of())
                : sourceSlot(actors, s, r.sources().stream().filter(k -> !mishap(s, k)).map(k -> doerOf(s, k)).toList(),
                        at);
        if (sources.isEmpty() && lexicon.conventions().actorsAroundVerb() && s.token(anchor).isVerb()) {
            sources = ActorsAroundVerb.before(actors, s, anchor, at);
        }
        CameoCode acted = code;
        List<Integer> targetHeads = r.targets().stream().filter(k -> !weapon(s, k)).toList();
        List<Actor> targets = firstSlot(actors, s, targetHeads, at, sources, k -> onlyWhere(actors, s, k, acted, at));
        if (targets.isEmpty() && modality && !Set.of("01", "04").contains(code.root())) {
            // not for talks or statements: "discussed a deal for the US to accept refugees" is no talk with the US
            targets = firstSlot(actors, s, clauseSubjects(s, r), at, sources);
            if (!targets.isEmpty()) {
                rules.add("recipient: subject of a 'for/to X to ...' clause");
            }
        }
        if (targets.isEmpty() && lexicon.conventions().actorsAroundVerb() && s.token(anchor).isVerb()) {
            targets = ActorsAroundVerb.after(actors, s, anchor, at, sources);
        }
        if (sources.isEmpty() && FORCE_ROOTS.contains(code.root())) {
            sources = unidentified(actors, s, r, at, targets);
            if (!sources.isEmpty()) {
                rules.add("done by a device, no doer named: unidentified armed forces of the place");
            }
        }
        if (modality && outer != null && outer.modal().filter(OBLIGATION::contains).isPresent()) {
            if (attribution.isEmpty()) {
                return;
            }
            targets = sources;
            sources = List.of(attribution.get());
            code = ontology.derivations().derive(code, Derivations.Form.DEMAND).orElse(CameoCode.parse("100"));
            rules.add("obligation in reported speech: demand by the speaker");
        } else if (modality && report.isPresent() && report.get().allegation() && code.rootNumber() >= 14
                && attribution.isPresent()) {
            targets = sources;
            sources = List.of(attribution.get());
            code = CameoCode.parse("112");
            rules.add("alleged act: accusation by the speaker");
        }
        Optional<Actor> place = place(actors, s, r, at);
        boolean placeIsTarget = false;
        List<Actor> bySource = sources;
        boolean weak = targets.stream().noneMatch(t -> distinct(t, bySource));
        targets = targets.stream().map(t -> located(t, place)).filter(t -> t.code().isPresent()).toList();
        // a lone visitor's talks in a country are with it ("Kerry held talks in Beijing"); joint actors meet
        // each other there ("Iran and Russia met in Moscow")
        boolean placeTarget = PLACE_TARGET_ROOTS.contains(code.root()) || code.root().equals("04") && sources.size() == 1;
        if (place.isPresent() && placeTarget && (targets.isEmpty() || weak && distinct(place.get(), sources))) {
            // "strengthened its forces in Lebanon", "contribute troops to a force in Liberia": the place
            // says more than the source's own forces or an agent of no country
            targets = List.of(code.root().equals("04") ? place.get() : asPlace(place.get()));
            placeIsTarget = !targets.get(0).role().equals("country seat");
        } else if (targets.isEmpty() && !placeTarget) {
            // words about a happening somewhere are about that country: "expressed sorrow for the shootings
            // in South Carolina", "claimed responsibility for an attack at a mall in Kenya's capital"
            Optional<Actor> topic = place(actors, s, r, at, false)
                    .filter(p -> bySource.stream().noneMatch(b -> b.code().equals(asPlace(p).code())));
            if (topic.isPresent()) {
                targets = List.of(asPlace(topic.get()));
                rules.add("recipient: the place of what the act is about");
            }
        }
        Set<String> ofTargets = countries(targets);
        Set<String> ofSources = countries(sources);
        sources = sources.stream().map(a -> domestic(actors, s, a, DOMESTIC, ofTargets)).toList();
        targets = targets.stream().map(a -> domestic(actors, s, a, DOMESTIC_TARGETS, ofSources)).toList();
        if (targets.isEmpty() && code.root().equals("14") && !lexicon.conventions().anyCodeWithoutTarget()) {
            Optional<Actor> authorities = ownGovernment(s, anchor, sources);
            if (authorities.isPresent()) {
                targets = List.of(authorities.get());
                rules.add("protest with no target named: against its own country's government");
            }
        }
        if (targets.isEmpty() && sources.size() > 1 && RECIPROCAL_ROOTS.contains(code.root())
                && !NOT_RECIPROCAL.contains(code.value().length() >= 3 ? code.value().substring(0, 3) : code.value())
                && lexicon.conventions().jointActsBothWays()) {
            reciprocal(doc, s, date, sources, code, attribution, r, rules, out);
            return;
        }
        for (Actor src : sources) {
            if (!isActor(src)) {
                continue;
            }
            if (targets.isEmpty() && (TARGETLESS_ROOTS.contains(code.root()) || lexicon.conventions().anyCodeWithoutTarget())) {
                out.add(event(doc, s, date, src, Optional.empty(), code, attribution, r, rules));
            }
            for (Actor tgt : targets) {
                if (tgt.code().equals(src.code()) || tgt.code().isEmpty()) {
                    continue;
                }
                out.add(event(doc, s, date, src, Optional.of(tgt), code, attribution, r, rules));
                // talks held in a city or region are not its talks with the visitor; in a capital they are
                // the government's ("met in Damascus")
                if (SYMMETRIC.contains(code.value()) && lexicon.conventions().jointActsBothWays() && !placeIsTarget
                        && !tgt.role().equals("country place")) {
                    List<String> mutual = new ArrayList<>(rules);
                    mutual.add("joint act: both ways");
                    out.add(event(doc, s, date, tgt, Optional.of(src), code, attribution, r, mutual));
                }
            }
        }
    }

    /**
     * Accidents and disasters do nothing to anyone in CAMEO's sense, whoever's name is on them: "victims
     * killed by the Malaysia Airlines flight MH17 crash", "the Nepal earthquake killed thousands".
     */
    private static final Set<String> MISHAPS = Set.of("crash", "accident", "collision", "derailment", "earthquake",
            "quake", "tremor", "flood", "flooding", "storm", "hurricane", "typhoon", "cyclone", "tornado", "blaze",
            "wildfire", "landslide", "mudslide", "avalanche", "tsunami", "eruption", "drought", "famine", "heatwave",
            "outbreak", "epidemic", "pandemic", "disease", "stampede", "shipwreck", "capsizing", "sinking");

    /** What is fired, thrown or planted: the means of an act, never its recipient ("fired rockets at Israel"). */
    private static final Set<String> WEAPONS = Set.of("missile", "rocket", "projectile", "katyusha", "grad", "salvo",
            "bomb", "shell", "mortar", "grenade", "explosive", "device", "ied", "mine", "landmine", "round", "bullet",
            "munition", "warhead", "barrel-bomb", "car-bomb");

    private static boolean weapon(Sentence s, int k) {
        // a common noun only: "fined Shell" is the company
        return k >= 0 && k < s.size() && !s.token(k).isProperNoun()
                && WEAPONS.contains(s.token(k).lemma().toLowerCase());
    }

    /**
     * A weapon whose own clause names who used it stands for them: "blown up by a missile [believed to be
     * fired by pro-Russia rebels]", "killed by a bomb [planted by militants]".
     */
    private static int doerOf(Sentence s, int k) {
        if (!weapon(s, k)) {
            return k;
        }
        List<Integer> clauses = new ArrayList<>();
        for (Token c : s.children(k)) {
            if (c.baseRel().equals("acl") && c.isVerb()) {
                clauses.add(c.index());
            }
        }
        for (int i = 0; i < clauses.size(); i++) {
            for (Token c : s.children(clauses.get(i))) {
                if (c.rel().equals("obl:agent") || c.baseRel().equals("obl") && s.caseMarker(c.index()).equals("by")) {
                    return c.index();
                }
                if ((c.rel().equals("xcomp") || c.rel().equals("ccomp")) && c.isVerb() && clauses.size() < 4) {
                    clauses.add(c.index()); // "believed [to be fired by ...]"
                }
            }
        }
        return k;
    }

    private static boolean mishap(Sentence s, int k) {
        return k >= 0 && k < s.size() && MISHAPS.contains(s.token(k).lemma().toLowerCase());
    }

    /**
     * "gave permission to Russia to help Israel", "called for Israel to withdraw": the one the act is
     * for is the subject of an infinitive clause that a "to" or "for" opens, on the predicate or its object.
     */
    private static List<Integer> clauseSubjects(Sentence s, Reading r) {
        List<Integer> hosts = new ArrayList<>(r.anchors());
        for (int a : r.anchors()) {
            s.children(a, "obj").forEach(o -> hosts.add(o.index()));
        }
        List<Integer> out = new ArrayList<>();
        for (int h : hosts) {
            for (Token c : s.children(h)) {
                if (!Set.of("acl", "advcl", "ccomp", "xcomp").contains(c.baseRel()) || !c.isVerb()) {
                    continue;
                }
                for (Token subj : s.children(c.index(), "nsubj")) {
                    boolean opened = s.children(c.index(), "mark").stream().anyMatch(m -> m.index() < subj.index()
                            && Set.of("for", "to").contains(m.text().toLowerCase()));
                    if (opened && subj.index() < c.index()) {
                        out.add(subj.index());
                    }
                }
            }
        }
        return out;
    }

    /** Papers that speak for whoever issued them. */
    private static final Set<String> DOCUMENTS = Set.of("report", "statement", "communique", "communiqué", "document",
            "study", "dossier", "paper", "memo", "memorandum", "letter", "declaration", "resolution", "indictment");

    /**
     * "A report released by the commission alleged ...", "a report released in the Rwandan capital alleged
     * ...": a paper speaks for who issued it, else for the country it was issued in.
     */
    private static Optional<Actor> author(DocumentActors actors, Sentence s, int k, DateRange at) {
        if (k < 0 || !DOCUMENTS.contains(s.token(k).lemma().toLowerCase())) {
            return Optional.empty();
        }
        for (Token clause : s.children(k, "acl")) {
            for (Token c : s.children(clause.index())) {
                if (c.rel().equals("obl:agent")) {
                    Optional<Actor> by = actors.resolve(s.index(), c.index(), at).filter(Coder::isActor);
                    if (by.isPresent()) {
                        return by;
                    }
                }
            }
            for (Token c : s.children(clause.index())) {
                if (c.baseRel().equals("obl") && PLACE_PREPS.contains(firstWord(s.caseMarker(c.index())))) {
                    Optional<Actor> where = placeNamedAt(actors, s, c.index(), at).map(Coder::asPlace);
                    if (where.isPresent()) {
                        return where;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Sectors that are almost always of the country a story is about: rebels, opposition, police, gunmen. */
    private static final Set<String> DOMESTIC = Set.of("REB", "OPP", "UAF", "COP", "CRM");
    /** As a recipient, a people of no country named ("villagers", "civilians") too. */
    private static final Set<String> DOMESTIC_TARGETS = Set.of("REB", "OPP", "UAF", "COP", "CRM", "CVL");

    /**
     * "The Mozambique government accepted demands from Shona rebels": a domestic actor of no country named
     * is of the country the document names most, up to this sentence; on a tie, of the state it faces.
     */
    private static Actor domestic(DocumentActors actors, Sentence s, Actor a, Set<String> sectors,
                                  Set<String> otherSide) {
        if (a.code().isEmpty() || !a.code().get().root().equals("---")
                || a.code().get().sector().filter(sectors::contains).isEmpty()) {
            return a;
        }
        Optional<String> country = actors.mainCountry(s.index(), otherSide);
        return country.map(c -> new Actor(Optional.of(a.code().get().withCountry(c)), a.text(), a.start(), a.end(),
                a.name(), a.role(), a.origin() + "; country the document names most: " + c)).orElse(a);
    }

    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "LEG", "JUD", "SPY");

    /** The countries whose state bodies are on one side: rebels and opposition most often face their own. */
    private static Set<String> countries(List<Actor> side) {
        Set<String> out = new HashSet<>();
        for (Actor a : side) {
            a.code().filter(c -> c.sector().filter(STATE::contains).isPresent()).flatMap(ActorCode::country)
                    .ifPresent(out::add);
        }
        return out;
    }

    /** Each of several joint actors acts on each of the others. */
    private void reciprocal(Document doc, Sentence s, Optional<DateRange> date, List<Actor> sources, CameoCode code,
                            Optional<Actor> attribution, Reading r, List<String> rules, List<Event> out) {
        List<String> joint = new ArrayList<>(rules);
        joint.add("joint actors: reciprocal");
        for (Actor a : sources) {
            for (Actor b : sources) {
                if (a != b && isActor(a) && isActor(b) && !a.code().equals(b.code())) {
                    out.add(event(doc, s, date, a, Optional.of(b), code, attribution, r, joint));
                }
            }
        }
    }

    /**
     * A source needs a code, and a generic civilian with no country ("one other person", "people") is not
     * a political actor that acts. (As a recipient, "civilians released by Putin", it may stay.)
     */
    private static boolean isActor(Actor a) {
        return a.code().isPresent() && !a.code().get().value().equals("---CVL");
    }

    /**
     * The actors of the first candidate slot that names any, looking through a non-actor noun to what its
     * phrase names ("Assad's removal", "Israeli military policies"). For targets, a candidate that names
     * someone other than the source (another country, an international body) beats one that names the
     * source's own side or an agent of no country ("withdraw [its force] from [Chad]").
     */
    private static List<Actor> firstSlot(DocumentActors actors, Sentence s, List<Integer> heads, DateRange at,
                                         List<Actor> sources) {
        return firstSlot(actors, s, heads, at, sources, k -> false);
    }

    /** As above, passing over the words {@code skip} says are no slot (a place that is only where). */
    private static List<Actor> firstSlot(DocumentActors actors, Sentence s, List<Integer> heads, DateRange at,
                                         List<Actor> sources, IntPredicate skip) {
        return firstSlot(actors, s, heads, at, sources, skip, false);
    }

    private static List<Actor> sourceSlot(DocumentActors actors, Sentence s, List<Integer> heads, DateRange at) {
        return firstSlot(actors, s, heads, at, List.of(), k -> false, true);
    }

    private static List<Actor> firstSlot(DocumentActors actors, Sentence s, List<Integer> heads, DateRange at,
                                         List<Actor> sources, IntPredicate skip, boolean forSources) {
        List<Actor> best = List.of();
        int bestRank = -1;
        for (int h : heads) {
            if (h < 0 || skip.test(h)) {
                continue;
            }
            List<Actor> found = known(actors.slot(s.index(), h, at));
            if (found.isEmpty() && s.token(h).isNoun()) {
                List<Integer> inside = new ArrayList<>();
                PredicateReader.modifiers(s, h, inside);
                for (int k : inside) {
                    if (skip.test(k)) {
                        continue;
                    }
                    // "the Istanbul airport was attacked", "the California law": a place that only names a
                    // thing's whereabouts does not act (as a recipient it is still where the act lands)
                    found = known(actors.slot(s.index(), k, at)).stream()
                            .filter(a -> !(forSources && a.role().equals("country place"))).toList();
                    if (!found.isEmpty()) {
                        break;
                    }
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            if (sources.isEmpty()) {
                return found;
            }
            // someone else beats the source's own side, which beats an agent of no country
            int rank = found.stream().anyMatch(a -> distinct(a, sources)) ? 2
                    : found.stream().anyMatch(a -> a.code().filter(c -> c.hasCountry() || !c.root().equals("---"))
                            .isPresent()) ? 1 : 0;
            if (rank == 2) {
                return found;
            }
            if (rank > bestRank) {
                best = found;
                bestRank = rank;
            }
        }
        if (best.isEmpty() && !sources.isEmpty()) {
            for (int h : heads) {
                List<Actor> bridged = h >= 0 ? known(actors.bridge(s.index(), h, at).map(List::of).orElse(List.of()))
                        : List.of();
                if (!bridged.isEmpty()) {
                    return bridged;
                }
            }
        }
        return best;
    }

    private static List<Actor> known(List<Actor> found) {
        return found.stream().anyMatch(Actor::isKnown) ? found : List.of();
    }

    /**
     * The government of the first source's country, for a protest that names no one it is against
     * ("students staged mass demonstrations in Jakarta"): domestic protest is against the authorities.
     * The actor stands on the trigger; none if no source is a group of a country outside its state.
     */
    private static Optional<Actor> ownGovernment(Sentence s, int anchor, List<Actor> sources) {
        for (Actor src : sources) {
            Optional<String> country = src.code().flatMap(c -> c.country());
            Optional<String> sector = src.code().flatMap(c -> c.sector());
            // a people's own groups (students, workers, opposition); not a country alone ("they" read as the
            // US), nor the state itself
            if (isActor(src) && country.isPresent() && sector.isPresent() && !STATE.contains(sector.get())) {
                ActorCode gov = ActorCode.of(country.get(), "GOV");
                Token t = s.token(anchor);
                return Optional.of(new Actor(Optional.of(gov), t.text(), t.start(), t.end(), country.get() + " government",
                        "implicit", "protest with no target named"));
            }
        }
        return Optional.empty();
    }

    /**
     * True if {@code k} names only a country or seat, and only as where the act happens ("signed an
     * agreement in Doha", "met at the Kremlin"): there the place is no recipient of a word, a meeting or an
     * agreement. Pressure and force done in a place are done to it ("struck targets in Gaza").
     */
    private static boolean onlyWhere(DocumentActors actors, Sentence s, int k, CameoCode code, DateRange at) {
        if (code.rootNumber() >= 15) {
            return false;
        }
        String rel = s.token(k).baseRel();
        if (!(rel.equals("obl") || rel.equals("nmod")) || !LOCATIVE.contains(firstWord(s.caseMarker(k)))) {
            return false;
        }
        List<Actor> named = actors.slot(s.index(), k, at);
        return !named.isEmpty() && named.stream()
                .allMatch(x -> PLACE_ROLES.contains(x.role()));
    }

    /** True if the actor has a country (or international code) none of the sources has. */
    private static boolean distinct(Actor a, List<Actor> sources) {
        if (a.code().isEmpty() || a.code().get().root().equals("---")) {
            return false;
        }
        String root = a.code().get().root();
        return sources.stream().noneMatch(src -> src.code().map(c -> c.root().equals(root)).orElse(false));
    }

    /**
     * The place an act happens in, if it is a country or a seat of government: on the predicate ("lifted a
     * curfew in Montenegro"), or on its patient ("evacuate settlements in the Gaza Strip"). "in the
     * government" is no place.
     */
    private static final Set<String> PLACE_ROLES = Set.of("country name", "country seat", "country place");
    /** Clauses that say where the same happening took place: "killed 23 people when they blew themselves up in Tel Aviv". */
    private static final Set<String> SAME_TIME = Set.of("when", "as", "while");

    /**
     * Where the act happens: a country, place or capital in an "in/at/near..." phrase of the predicate, its
     * object, or a "when/as" clause of it, or in such a phrase inside one ("in a car bomb explosion in a
     * sector of eastern Beirut").
     */
    private static Optional<Actor> place(DocumentActors actors, Sentence s, Reading r, DateRange at) {
        return place(actors, s, r, at, true);
    }

    /**
     * With {@code onPredicate} false, only a place inside what the act is about: "expressed sorrow for the
     * shootings in South Carolina", not "condemned it in Geneva".
     */
    private static Optional<Actor> place(DocumentActors actors, Sentence s, Reading r, DateRange at,
                                         boolean onPredicate) {
        List<Integer> hosts = new ArrayList<>(r.anchors());
        for (int a : r.anchors()) {
            for (Token c : s.children(a)) {
                boolean sameTime = c.baseRel().equals("advcl") && s.child(c.index(), "mark")
                        .map(m -> SAME_TIME.contains(m.text().toLowerCase())).orElse(false);
                if (c.rel().equals("obj") || sameTime
                        || c.baseRel().equals("obl") && !PLACE_PREPS.contains(firstWord(s.caseMarker(c.index())))) {
                    hosts.add(c.index());
                }
            }
        }
        List<Integer> frontier = hosts;
        for (int depth = 0; depth < 4 && !frontier.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int a : frontier) {
                boolean predicate = depth == 0 && r.anchors().contains(a);
                for (Token c : s.children(a)) {
                    if ((c.baseRel().equals("obl") || c.baseRel().equals("nmod"))
                            && PLACE_PREPS.contains(firstWord(s.caseMarker(c.index())))) {
                        if (predicate && !onPredicate) {
                            continue;
                        }
                        List<Integer> named = new ArrayList<>(List.of(c.index()));
                        // "in Kenya's capital", "in Syria's north": the owner names the country
                        s.children(c.index(), "nmod:poss").forEach(o -> named.add(o.index()));
                        for (int k : named) {
                            Optional<Actor> found = placeNamedAt(actors, s, k, at);
                            if (found.isPresent()) {
                                return found;
                            }
                        }
                        next.add(c.index());
                    } else if (depth > 0 || !r.anchors().contains(a)) {
                        // through the phrases of an object: "claimed responsibility for [an attack at a mall
                        // in Kenya's capital]"
                        if (Set.of("nmod", "acl", "obl").contains(c.baseRel())) {
                            next.add(c.index());
                        }
                    }
                }
            }
            frontier = next;
        }
        return Optional.empty();
    }

    /** The country, place or capital the phrase headed by {@code k} names, if it names one. */
    private static Optional<Actor> placeNamedAt(DocumentActors actors, Sentence s, int k, DateRange at) {
        return actors.slot(s.index(), k, at).stream().filter(x -> PLACE_ROLES.contains(x.role())).findFirst();
    }

    /**
     * A capital named as where a thing is done to is the country, not its government: "a curfew in Algiers"
     * is imposed on the city. Talks held there are with its government ("held talks in Beijing").
     */
    private static Actor asPlace(Actor a) {
        if (!a.role().equals("country seat") || a.code().flatMap(ActorCode::country).isEmpty()) {
            return a;
        }
        return new Actor(Optional.of(new ActorCode(a.code().get().country().get())), a.text(), a.start(), a.end(),
                a.name(), "country place", a.origin() + "; the capital as a place");
    }

    private static String firstWord(String prep) {
        int u = prep.indexOf('_');
        return u < 0 ? prep : prep.substring(0, u);
    }

    /** A target of no country takes the country of the place the act happens in: "killed 23 people in Tel Aviv". */
    private static Actor located(Actor t, Optional<Actor> place) {
        if (place.isEmpty() || t.code().isEmpty() || !t.code().get().root().equals("---")
                || place.get().code().flatMap(c -> c.country()).isEmpty()) {
            return t;
        }
        String country = place.get().code().get().country().get();
        return new Actor(Optional.of(t.code().get().withCountry(country)), t.text(), t.start(), t.end(), t.name(),
                t.role(), t.origin() + "; country of the place: " + place.get().text());
    }

    private CameoCode derive(CameoCode code, Derivations.Form form) {
        return ontology.derivations().derive(code, form).orElse(code);
    }

    private static boolean negated(Sentence s, Reading r) {
        for (int a : r.anchors()) {
            if (s.token(a).isVerb() || Frame.isCopular(s, a)) {
                if (Frame.of(s, a).negated()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean negatedNoun(Sentence s, int n) {
        return s.children(n, "det").stream().anyMatch(d -> d.text().equalsIgnoreCase("no"));
    }

    /** Saying verbs that report without judging: what they report is as factual as the report. */
    private static final Set<String> NEUTRAL_SAYING = Set.of("say", "tell", "add", "state", "note", "report", "write",
            "explain", "comment", "remark", "reply", "respond", "tweet", "post", "mention");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether", "lest");

    private static boolean conditional(Sentence s, int p) {
        for (Token c : s.children(p, "advcl")) {
            Optional<Token> mark = s.child(c.index(), "mark");
            if (mark.isPresent() && Set.of("unless", "if").contains(mark.get().text().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for what is alleged, investigated, demanded, appealed for or threatened rather than done: the
     * clauses under an accusation ("accused North Korea of [helping Assad] and [...]"), a demand ("its
     * demand that Israel [ease restrictions]"), an investigation or a threat.
     */
    private boolean nonFactual(Sentence s, int p) {
        if (background(s, p)) {
            return true;
        }
        int k = p;
        for (int steps = 0; steps < 6 && k >= 0; steps++) {
            Token t = s.token(k);
            if (t.head() < 0) {
                return false;
            }
            String rel = t.baseRel();
            if (steps > 0 && rel.equals("obj") && s.token(t.head()).isVerb() && Frame.of(s, t.head()).negated()) {
                return true; // "would not give [permission] to Russia to help Israel": a clause on its object
            }
            if (!(rel.equals("advcl") || rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl")
                    || rel.equals("conj"))) {
                return false;
            }
            if (rel.equals("advcl") && s.child(k, "mark").map(m -> CONDITIONS.contains(m.text().toLowerCase())).orElse(false)) {
                return true; // "... unless [Goukouni arranged a ceasefire]": a condition is not an act
            }
            Token gov = s.token(t.head());
            boolean complement = rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl");
            if (complement && (gov.isVerb() || Frame.isCopular(s, gov.index())) && Frame.of(s, gov.index()).negated()) {
                return true; // "would not give permission to Russia to [help Israel]"
            }
            if (rel.equals("ccomp") && speech.alleges(gov) && speech.introducesReport(s, gov.index())) {
                return false; // "alleged that France killed civilians": an accusation, coded as one
            }
            if (NEUTRAL_SAYING.contains(gov.lemma().toLowerCase()) && speech.introducesReport(s, gov.index())) {
                k = t.head(); // "..., officials said": saying is neutral, whatever a user's lexicon codes it
                continue;
            }
            Optional<Reading> g = gov.isVerb() ? reader.predicate(Frame.of(s, gov.index()), 2)
                    : gov.isNoun() && !rel.equals("conj") ? reader.noun(s, gov.index(), 2) : Optional.empty();
            if (g.isPresent() && !rel.equals("conj") && Set.of("02", "09", "10", "11", "13").contains(g.get().code().root())) {
                return true;
            }
            k = t.head();
        }
        return false;
    }

    /**
     * A relative clause in the present perfect that describes someone says what they are known for, not
     * what happened: "the militant group that has seized parts of Iraq and Syria", "Russia, which has
     * annexed Crimea". A time of its own ("which has fired rockets since Monday") makes it news again.
     */
    private static boolean background(Sentence s, int p) {
        Token t = s.token(p);
        if (!t.rel().equals("acl:relcl") || !t.isVerb()) {
            return false;
        }
        boolean perfect = s.children(p, "aux").stream()
                .anyMatch(a -> Set.of("has", "have", "'ve").contains(a.text().toLowerCase()));
        boolean timed = s.times().stream().anyMatch(x -> x.first() > p - 1 && s.token(x.first()).head() == p
                || x.first() <= p && x.last() >= p);
        boolean dated = s.children(p).stream().anyMatch(c -> c.rel().equals("obl:tmod")
                || c.baseRel().equals("obl") && s.caseMarker(c.index()).equals("since"));
        return perfect && !timed && !dated;
    }

    private Event event(Document doc, Sentence s, Optional<DateRange> date, Actor src, Optional<Actor> tgt,
                        CameoCode code, Optional<Actor> attribution, Reading r, List<String> rules) {
        int ts = Integer.MAX_VALUE;
        int te = 0;
        StringBuilder trigger = new StringBuilder();
        List<Integer> triggers = new ArrayList<>(r.triggers());
        triggers.sort(Integer::compare);
        for (int k : triggers) {
            Token t = s.token(k);
            ts = Math.min(ts, t.start());
            te = Math.max(te, t.end());
            if (trigger.length() > 0) {
                trigger.append(" ... ");
            }
            trigger.append(t.text());
        }
        Evidence ev = new Evidence(s.start(), s.end(), s.text(), trigger.toString(), ts, te,
                String.join("; ", rules), VERSION);
        String id = id(doc.id(), ts, src, tgt, code);
        return new Event(id, doc.id(), s.index(), date, src, tgt, code, code.quad(), ontology.goldstein(code),
                ontology.plover(code), attribution, ev, 1);
    }

    private static String id(String doc, int offset, Actor src, Optional<Actor> tgt, CameoCode code) {
        String key = doc + "|" + offset + "|" + src.codeOr("") + "|" + tgt.map(t -> t.codeOr("")).orElse("") + "|"
                + code;
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
