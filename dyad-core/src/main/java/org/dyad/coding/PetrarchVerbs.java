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

    private record Verb(String word, Optional<String> particle, Optional<String> code, PetrarchText.Line line) {
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
    private record Ranked(LexiconEntry entry, int words, boolean exactForm, int seq) {
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
        List<LexiconEntry> out = ranked.stream().map(Ranked::entry).toList();
        report.add("lexicon entries", out.size());
        return new PetrarchVerbs(out, reverse, report);
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
        if (v > 0) {
            report.warn(line.origin(), "words before the verb in '" + m.group(1) + "': not translated");
            report.count("skipped verbs: words before the verb");
            return Optional.empty();
        }
        Optional<String> particle = Optional.empty();
        if (words.length == 2 && isParticle(words[1].toLowerCase(Locale.ROOT))) {
            particle = Optional.of(words[1].toLowerCase(Locale.ROOT));
        } else if (words.length > 1) {
            report.warn(line.origin(), "multi-word verb '" + m.group(1) + "' is not a verb and one particle");
            report.count("skipped verbs: multi-word");
            return Optional.empty();
        }
        String word = words[0].replace("+", "");
        return Optional.of(new Verb(word, particle, Optional.ofNullable(m.group(3)).map(String::strip), line));
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
                        Optional.empty(), Optional.empty(), Optional.empty());
                emit(v, plain, code.get(), 0, v.line(), options, out, reverse);
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
                            c.objects(), c.objMods(), c.prep(), c.source(), c.target());
                    emit(v, merged, code.get(), t.words(), p, options, out, reverse);
                }
            }
        }
    }

    private static void emit(Verb v, PetrarchPattern.Conditions c, Code code, int words, PetrarchText.Line line,
                             Options options, List<Ranked> out, Map<String, CameoCode> reverse) {
        String form = v.word().toLowerCase(Locale.ROOT);
        for (String lemma : options.lemmas().lemmas(form)) {
            LexiconEntry e = new LexiconEntry(lemma, c.particle(), c.objects(), c.objMods(), Set.of(), c.prep(),
                    false, c.source(), c.target(), Optional.of(code.code()), Optional.empty(), line.origin(),
                    c.describe());
            out.add(new Ranked(e, words, lemma.equals(form), out.size()));
            code.reverse().ifPresent(r -> reverse.put(e.describe(), r));
        }
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

        Optional<List<List<String>>> expand(String name) {
            return expand(key(name), 0);
        }

        private Optional<List<List<String>>> expand(String key, int depth) {
            List<String> list = members.get(key);
            if (list == null || depth > 5) {
                return Optional.empty();
            }
            List<List<String>> out = new ArrayList<>();
            for (String m : list) {
                if (m.startsWith("&")) {
                    expand(key(m.split("\\s+")[0]), depth + 1).ifPresent(out::addAll);
                    continue;
                }
                boolean exact = m.endsWith("_");
                List<String> words = List.of(m.replaceAll("_+$", "").strip().split("[_\\s]+"));
                out.add(words);
                if (plural.get(key) && !exact) {
                    List<String> p = new ArrayList<>(words);
                    p.set(p.size() - 1, plural(p.get(p.size() - 1)));
                    out.add(p);
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
