package org.dyad.coding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.CameoCode;
import org.dyad.nlp.VerbLemmas;
import org.dyad.ontology.CameoCodebook;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;

/**
 * Reads a user's PETRARCH-1 (TABARI-style) verb dictionary ({@code PETR.Validate.verbs.txt},
 * {@code CAMEO.verbpatterns.150430.txt}) into Dyad lexicon entries.
 *
 * <h2>The format</h2>
 * Comments as {@link PetrarchText} describes. Synsets, then verb blocks:
 * <pre>
 * &amp;CURRENCY                     a synset: "&amp;NAME", then its members, one "+" line each
 * +DOLLARS                      (words joined by spaces or "_"; a member may be another synset; PETRARCH
 * +SWISS FRANCS                  adds a plural of each member unless the name or member ends with "_")
 *
 * --- CONTRIBUTE [070] ---      a block: a label and the code of its verbs on their own ("[---]": none)
 * CONTRIBUTE                    the block's verbs, one a line
 * BREAK {BROKE BROKEN}          ... with all their forms in braces when irregular
 * +BREAK_DOWN {+BROKE_DOWN}     ... a multi-word verb, "+" on the word that is the verb
 * DOWNPLAY [014]                ... with a code of its own
 * - * &amp;CURRENCY [903]           a pattern: words before and after the verb's place "*"
 * - + * FROM $ [066]            ... "$" the source, "+" the target, "^" any phrase, "%" a compound actor
 * - * TALKS [031:032]           ... two codes: the event, and the reverse event from target to source
 * </pre>
 * Words in a pattern are matched in order, with others between them unless joined by "_". PETRARCH-2
 * files ({@code CAMEO.2.0.txt}) write the same patterns with a preposition and its phrase in parentheses
 * and a noun phrase in braces ({@code - * (TO {BANNED PARTIES}) $ [1722]}); the brackets are read as
 * the words they hold.
 *
 * <h2>What Dyad honours</h2>
 * Each verb becomes entries under every lemma its written form may have ({@link VerbLemmas}: "SAID" is
 * filed under "say"), with a multi-word verb's trailing particle as {@code prt:}. The block or verb code
 * is a plain {@code *} entry. Patterns are translated as {@link PetrarchPattern} says, synsets expanded;
 * entries of longer patterns go first, so that on equal specificity the longer pattern wins, as in
 * PETRARCH. Codes in the CAMEO codebook are CAMEO codes; with {@link Options#userCodes()}, any other code
 * of 2-4 digits and an optional letter ("903", "075A") is kept as a user's code
 * ({@link CameoCode#user}) with no quad class, Goldstein value or PLOVER type.
 * <h2>What Dyad ignores, and reports</h2>
 * Patterns {@link PetrarchPattern} cannot translate, each counted by reason; null-code patterns
 * ({@code [---]}: Dyad's lexicon cannot say "no event here"); the reverse half of a paired code unless
 * the caller applies {@link #reverseCodes()}; verbs with words before the verb word ({@code WIRE_+TAP})
 * or several words after it that are not one particle; malformed codes ({@code [+++]}, {@code [025?]});
 * PETRARCH-2 transformation lines ({@code ~...}); irregular verb-form lists (Dyad works on lemmas).
 */
public final class PetrarchVerbs {

    /**
     * @param userCodes keep codes outside the CAMEO codebook as user codes (else skip them)
     * @param lemmas    the lemmas a written verb form may have
     */
    public record Options(boolean userCodes, VerbLemmas lemmas) {
    }

    /** A code and, for a paired code, the code of the reverse event. */
    private record Code(CameoCode code, Optional<CameoCode> reverse) {
    }

    /**
     * A verb line: its word, its particle, the words written before it ({@code WIRE_+TAP}) or after it
     * beyond a particle, the irregular forms in braces, its own code.
     */
    private record Verb(String word, Optional<String> particle, Optional<WordSequence> before,
                        Optional<WordSequence> after, List<String> forms, Optional<String> code,
                        PetrarchText.Line line) {
    }

    private static final class Block {
        final PetrarchText.Line header;
        final Optional<String> code;
        final List<Verb> verbs = new ArrayList<>();
        final List<PetrarchText.Line> patterns = new ArrayList<>();

        Block(PetrarchText.Line header, Optional<String> code) {
            this.header = header;
            this.code = code;
        }
    }

    /** An entry with what orders it: the pattern's word count, and whether its lemma is the form written. */
    private record Ranked(LexiconEntry entry, int words, boolean exactForm, int seq, Verb verb, Code code) {
    }

    private static final Pattern HEADER = Pattern.compile("---\\s*([^\\[]*?)\\s*(?:\\[([^\\]]*)\\].*)?");
    private static final Pattern VERB = Pattern.compile("(.*?)\\s*(\\{[^}]*\\})?\\s*(?:\\[([^\\]]*)\\])?\\s*");
    private static final Pattern PATTERN = Pattern.compile("-\\s*(.*?)\\s*\\[([^\\]]*)\\]\\s*");
    private static final Pattern USER_CODE = Pattern.compile("\\d{2,4}[A-Za-z]?");

    private final List<LexiconEntry> entries;
    private final Map<String, CameoCode> reverseCodes;
    private final ImportReport report;

    private PetrarchVerbs(List<LexiconEntry> entries, Map<String, CameoCode> reverseCodes, ImportReport report) {
        this.entries = List.copyOf(entries);
        this.reverseCodes = Map.copyOf(reverseCodes);
        this.report = report;
    }

    /** The lexicon entries, in the order to add them to a {@link Lexicon.Builder}. */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * For entries whose pattern had a paired code ({@code [032:033]}): the code of the reverse event, by the
     * entry's {@link LexiconEntry#describe()}, which events carry as the first rule of their evidence.
     */
    public Map<String, CameoCode> reverseCodes() {
        return reverseCodes;
    }

    public ImportReport report() {
        return report;
    }

    public static PetrarchVerbs read(Path file, CameoCodebook codebook, Options options) {
        return read(file.getFileName().toString(), PetrarchText.read(file), codebook, options);
    }

    public static PetrarchVerbs read(String source, List<PetrarchText.Line> lines, CameoCodebook codebook,
                                     Options options) {
        ImportReport report = new ImportReport(source, "verbs");
        Map<String, Set<String>> lemmaCache = new HashMap<>();
        VerbLemmas lemmas = options.lemmas();
        options = new Options(options.userCodes(), form -> lemmaCache.computeIfAbsent(form, lemmas::lemmas));
        Synsets synsets = new Synsets();
        List<Block> blocks = new ArrayList<>();
        Block block = null;
        boolean inSynset = false;
        for (PetrarchText.Line line : lines) {
            String t = line.text().strip();
            if (t.startsWith("---")) {
                Matcher m = HEADER.matcher(t);
                m.matches();
                block = new Block(line, Optional.ofNullable(m.group(2)).map(String::strip));
                blocks.add(block);
                inSynset = false;
            } else if (t.startsWith("&")) {
                synsets.start(t.split("\\s+")[0]);
                inSynset = true;
            } else if (t.startsWith("+") && inSynset) {
                synsets.member(t.substring(1).strip());
            } else if (t.startsWith("~")) {
                report.count("skipped: transformation lines");
            } else if (block == null) {
                report.warn(line.origin(), "line before the first verb block");
            } else if (t.startsWith("-")) {
                block.patterns.add(line);
            } else {
                inSynset = false;
                verb(line, report).ifPresent(block.verbs::add);
            }
        }
        List<Ranked> ranked = new ArrayList<>();
        Map<String, CameoCode> reverse = new HashMap<>();
        for (Block b : blocks) {
            report.count("blocks");
            translate(b, synsets, codebook, options, report, ranked, reverse);
        }
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.words())
                .thenComparing(r -> r.exactForm() ? 1 : 0)
                .thenComparingInt(Ranked::seq));
        List<LexiconEntry> out = writtenForms(ranked, report);
        for (int i = 0; i < out.size(); i++) {
            Optional<CameoCode> rev = ranked.get(i).code().reverse();
            LexiconEntry e = out.get(i);
            rev.ifPresent(r -> reverse.put(e.describe(), r));
        }
        report.add("lexicon entries", out.size());
        return new PetrarchVerbs(out, reverse, report);
    }

    /**
     * The entries, with a {@code form:} condition where one lemma holds verbs the dictionary writes apart
     * ("MEET [031:031]" and "MET [031:032]" are both "meet"): each then applies to its own written forms
     * only, as in PETRARCH, which matches words as written.
     */
    private static List<LexiconEntry> writtenForms(List<Ranked> ranked, ImportReport report) {
        Map<String, Set<String>> wordsByLemma = new HashMap<>();
        for (Ranked r : ranked) {
            wordsByLemma.computeIfAbsent(r.entry().lemma(), k -> new java.util.TreeSet<>())
                    .add(r.verb().word().toLowerCase(Locale.ROOT));
        }
        List<LexiconEntry> out = new ArrayList<>();
        Set<String> shared = new java.util.TreeSet<>();
        for (Ranked r : ranked) {
            LexiconEntry e = r.entry();
            if (wordsByLemma.get(e.lemma()).size() < 2) {
                out.add(e);
                continue;
            }
            shared.add(e.lemma());
            Set<String> forms = forms(r.verb());
            WordConditions w = new WordConditions(e.words().before(), e.words().after(), e.words().joint(), forms);
            out.add(new LexiconEntry(e.lemma(), e.particle(), e.objects(), e.objMods(), e.mods(), e.prep(), e.xcomp(),
                    e.source(), e.target(), e.code(), e.operator(), e.origin(),
                    e.pattern() + " form:" + String.join("|", new java.util.TreeSet<>(forms)), e.has(), w));
        }
        report.add("lemmas with verbs written apart (form: kept)", shared.size());
        return out;
    }

    /** A verb's written forms: the word, its forms in braces, and its regular inflections. */
    private static Set<String> forms(Verb v) {
        String w = v.word().toLowerCase(Locale.ROOT);
        Set<String> out = new java.util.HashSet<>(v.forms());
        out.add(w);
        if (!v.forms().isEmpty()) {
            return out; // irregular: the braces list them
        }
        String stem = w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
        out.addAll(List.of(w + "s", w + "es", stem + "ed", stem + "ing", w + "ing"));
        if (w.endsWith("y") && w.length() > 2) {
            String base = w.substring(0, w.length() - 1);
            out.addAll(List.of(base + "ies", base + "ied"));
        }
        char last = w.charAt(w.length() - 1);
        if (w.length() > 2 && "bdgklmnprt".indexOf(last) >= 0) {
            out.addAll(List.of(w + last + "ed", w + last + "ing"));
        }
        return out;
    }

    private static Optional<Verb> verb(PetrarchText.Line line, ImportReport report) {
        Matcher m = VERB.matcher(line.text().strip());
        if (!m.matches() || m.group(1).isBlank()) {
            report.warn(line.origin(), "cannot read verb line");
            return Optional.empty();
        }
        report.count("verbs");
        String[] words = m.group(1).strip().split("[_\\s]+");
        int v = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("+")) {
                v = i;
                break;
            }
        }
        // "WIRE_+TAP": the words before the verb must be written just before it; "+ABC_DEF_GHI": the words
        // after it (other than one particle) just after it
        Optional<WordSequence> before = Optional.empty();
        Optional<WordSequence> after = Optional.empty();
        if (v > 0) {
            List<String> pre = java.util.Arrays.stream(words, 0, v).map(w -> w.toLowerCase(Locale.ROOT)).toList();
            before = Optional.of(WordSequence.parse(String.join("_", pre) + "_"));
            report.count("verbs with words before the verb");
        }
        Optional<String> particle = Optional.empty();
        if (words.length == v + 2 && isParticle(words[v + 1].toLowerCase(Locale.ROOT))) {
            particle = Optional.of(words[v + 1].toLowerCase(Locale.ROOT));
        } else if (words.length > v + 1) {
            List<String> post = java.util.Arrays.stream(words, v + 1, words.length)
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList();
            after = Optional.of(WordSequence.parse("_" + String.join("_", post)));
            report.count("verbs with words after the verb");
        }
        String word = words[v].replace("+", "");
        List<String> forms = new ArrayList<>();
        if (m.group(2) != null) {
            for (String f : m.group(2).replaceAll("[{}]", " ").strip().split("\\s+")) {
                String[] parts = f.split("_");
                for (String part : parts) {
                    if (part.startsWith("+") || parts.length == 1) {
                        forms.add(part.replace("+", "").toLowerCase(Locale.ROOT));
                        break;
                    }
                }
            }
        }
        return Optional.of(new Verb(word, particle, before, after, forms,
                Optional.ofNullable(m.group(3)).map(String::strip), line));
    }

    private static boolean isParticle(String w) {
        return PetrarchPattern.PARTICLES.contains(w) || PetrarchPattern.EITHER.contains(w);
    }

    private static void translate(Block b, Synsets synsets, CameoCodebook codebook, Options options,
                                  ImportReport report, List<Ranked> out, Map<String, CameoCode> reverse) {
        for (Verb v : b.verbs) {
            Optional<String> text = v.code().or(() -> b.code);
            if (text.isEmpty() || text.get().equals("---")) {
                continue;
            }
            Optional<Code> code = code(text.get(), codebook, options, v.line(), report);
            if (code.isPresent()) {
                PetrarchPattern.Conditions plain = new PetrarchPattern.Conditions(v.particle(), Set.of(), Set.of(),
                        Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
                emit(v, plain, code.get(), v.line(), options, out, reverse);
                report.count("verb codes");
            }
        }
        for (PetrarchText.Line p : b.patterns) {
            report.count("patterns");
            Matcher m = PATTERN.matcher(p.text().strip());
            if (!m.matches()) {
                skip(report, p, "no code in brackets");
                continue;
            }
            if (m.group(2).strip().equals("---")) {
                skip(report, p, "null code [---]");
                continue;
            }
            PetrarchPattern.Translation t = PetrarchPattern.translate(m.group(1), synsets::expand);
            if (t.skipped().isPresent()) {
                skip(report, p, t.skipped().get());
                continue;
            }
            Optional<Code> code = code(m.group(2), codebook, options, p, report);
            if (code.isEmpty()) {
                continue;
            }
            report.count(t.approximated() ? "patterns approximated" : "patterns translated");
            for (Verb v : b.verbs) {
                for (PetrarchPattern.Conditions c : t.variants()) {
                    if (v.particle().isPresent() && c.particle().isPresent() && !v.particle().equals(c.particle())) {
                        continue;
                    }
                    PetrarchPattern.Conditions merged = new PetrarchPattern.Conditions(v.particle().or(c::particle),
                            c.objects(), c.objMods(), c.prep(), c.has(), c.source(), c.target(), c.before(),
                            c.after(), c.joint(), c.words());
                    emit(v, merged, code.get(), p, options, out, reverse);
                }
            }
        }
    }

    private static void emit(Verb v, PetrarchPattern.Conditions given, Code code, PetrarchText.Line line,
                             Options options, List<Ranked> out, Map<String, CameoCode> reverse) {
        PetrarchPattern.Conditions c = asWritten(v, given);
        String form = v.word().toLowerCase(Locale.ROOT);
        for (String lemma : options.lemmas().lemmas(form)) {
            LexiconEntry e = new LexiconEntry(lemma, c.particle(), c.objects(), c.objMods(), Set.of(), c.prep(),
                    false, c.source(), c.target(), Optional.of(code.code()), Optional.empty(), line.origin(),
                    c.describe(), c.has(), c.wordConditions(Set.of()));
            out.add(new Ranked(e, c.words(), lemma.equals(form), out.size(), v, code));
        }
    }

    /**
     * The conditions with the verb's own words as PETRARCH matches them, as written around the verb: a
     * particle is the word right after the verb, whether or not the parser made it a particle ("cordoned
     * off the roads" parsed with "off" as a preposition), and the pattern's words after the verb come
     * after it; words the verb line writes before the verb come right before it, after the pattern's own.
     */
    private static PetrarchPattern.Conditions asWritten(Verb v, PetrarchPattern.Conditions c) {
        List<String> lead = new ArrayList<>();
        c.particle().ifPresent(lead::add);
        v.after().ifPresent(a -> lead.addAll(a.words()));
        List<WordSequence> after = c.after();
        if (!lead.isEmpty()) {
            String prefix = "_" + String.join("_", lead);
            List<WordSequence> joined = new ArrayList<>();
            for (WordSequence w : after) {
                String text = w.toString();
                if (w.words().size() >= lead.size() && w.words().subList(0, lead.size()).equals(lead)) {
                    // the pattern writes the particle itself ("*_UP", "* DOWN"): it is the word after the verb
                    joined.add(text.startsWith("_") ? w : WordSequence.parse("_" + text));
                } else {
                    joined.add(WordSequence.parse(prefix + (text.startsWith("_") ? text : ".." + text)));
                }
            }
            after = joined.isEmpty() ? List.of(WordSequence.parse(prefix)) : joined;
        }
        List<WordSequence> before = c.before();
        if (v.before().isPresent()) {
            String verbWords = v.before().get().toString();
            List<WordSequence> joined = new ArrayList<>();
            for (WordSequence w : before) {
                String text = w.toString();
                joined.add(WordSequence.parse((text.endsWith("_") ? text.substring(0, text.length() - 1) + "_"
                        : text + "..") + verbWords));
            }
            before = joined.isEmpty() ? List.of(v.before().get()) : joined;
        }
        int extra = lead.size() + v.before().map(WordSequence::size).orElse(0);
        return new PetrarchPattern.Conditions(Optional.empty(), c.objects(), c.objMods(), c.prep(), c.has(),
                c.source(), c.target(), before, after, c.joint(), c.words() + extra);
    }

    private static void skip(ImportReport report, PetrarchText.Line line, String reason) {
        report.count("skipped: " + reason);
        report.warn(line.origin(), "pattern not translated (" + reason + "): " + line.text().strip());
    }

    private static Optional<Code> code(String text, CameoCodebook codebook, Options options, PetrarchText.Line line,
                                       ImportReport report) {
        String[] parts = text.strip().split(":");
        Optional<CameoCode> main = single(parts[0], codebook, options, line, report);
        if (main.isEmpty()) {
            return Optional.empty();
        }
        Optional<CameoCode> rev = Optional.empty();
        if (parts.length > 1 && !parts[1].strip().equals("---")) {
            rev = single(parts[1], codebook, options, line, report);
            report.count("paired codes");
        }
        return Optional.of(new Code(main.get(), rev));
    }

    private static Optional<CameoCode> single(String text, CameoCodebook codebook, Options options,
                                              PetrarchText.Line line, ImportReport report) {
        String c = text.strip();
        if (codebook.contains(c)) {
            return Optional.of(CameoCode.parse(c));
        }
        if (!USER_CODE.matcher(c).matches()) {
            report.warn(line.origin(), "bad code [" + c + "]");
            report.count("skipped: bad code");
            return Optional.empty();
        }
        if (!options.userCodes()) {
            report.warn(line.origin(), "code " + c + " is not in the CAMEO codebook");
            report.count("skipped: code outside CAMEO");
            return Optional.empty();
        }
        report.count("user codes");
        return Optional.of(CameoCode.user(c));
    }

    /** Synsets by name, with PETRARCH's plurals, nested synsets expanded. */
    private static final class Synsets {
        private final Map<String, List<String>> members = new LinkedHashMap<>();
        private final Map<String, Boolean> plural = new HashMap<>();
        private String current;

        void start(String label) {
            boolean noPlural = label.endsWith("_");
            current = key(label);
            members.computeIfAbsent(current, k -> new ArrayList<>());
            plural.put(current, !noPlural);
        }

        void member(String text) {
            members.get(current).add(text);
        }

        private static String key(String label) {
            return label.replaceAll("_+$", "").toUpperCase(Locale.ROOT);
        }

        Optional<List<String>> expand(String name) {
            return expand(key(name), 0);
        }

        /** The members as written ("SWISS FRANCS", "GOLDEN_GOBLIN_GALLEONS"), each with its plural. */
        private Optional<List<String>> expand(String key, int depth) {
            List<String> list = members.get(key);
            if (list == null || depth > 5) {
                return Optional.empty();
            }
            List<String> out = new ArrayList<>();
            for (String m : list) {
                if (m.startsWith("&")) {
                    expand(key(m.split("\\s+")[0]), depth + 1).ifPresent(out::addAll);
                    continue;
                }
                boolean exact = m.endsWith("_");
                String words = m.replaceAll("_+$", "").strip().replaceAll("\\s+", " ");
                out.add(words);
                if (plural.get(key) && !exact) {
                    int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('_')) + 1;
                    out.add(words.substring(0, cut) + plural(words.substring(cut)));
                }
            }
            return Optional.of(out);
        }

        private static String plural(String w) {
            String u = w.toUpperCase(Locale.ROOT);
            if (u.endsWith("Y")) {
                return w.substring(0, w.length() - 1) + "IES";
            }
            return u.endsWith("S") ? w + "ES" : w + "S";
        }
    }
}
