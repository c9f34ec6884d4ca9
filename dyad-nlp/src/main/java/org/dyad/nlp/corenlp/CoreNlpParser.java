package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.ParsedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.nlp.CodingText;
import org.dyad.nlp.Conllu;
import org.dyad.nlp.Parser;
import org.dyad.nlp.Weekdays;

/**
 * Dyad's NLP stage on Stanford CoreNLP: tokenize, ssplit (every newline of the coding text is a break),
 * pos and lemma on every sentence; then the neural UD dependency parser, and SUTime dated against the
 * publication date, on the sentences the caller's filter wants (those that can hold an event). NER is
 * left out: it is most of CoreNLP's default cost, and Dyad's actor dictionaries do that work. This is the
 * only class that converts CoreNLP types to Dyad's model.
 */
public final class CoreNlpParser implements Parser {

    /** Words without which a sentence holds no time expression worth SUTime's cost. */
    /**
     * Words without which a sentence holds no time expression worth SUTime's cost: day and month names,
     * years, relative words. Bare numbers ("2 percent", "$50 million") are not enough.
     */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)\\b((19|20)\\d\\d|\\d{1,2}(st|nd|rd|th)|monday|"
            + "tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week|weekend|month|"
            + "year|decade|january|february|march|april|may|june|july|august|september|october|november|december|"
            + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|morning|evening|"
            + "afternoon|night|earlier|later|ago|recently|now|currently)\\b");

    private final StanfordCoreNLP pipeline;
    private final DependencyParser depparse;
    private final TimeAnnotator sutime;

    public CoreNlpParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false");
        this.pipeline = new StanfordCoreNLP(props);
        // the parser itself, not its annotator: Dyad needs the basic tree only, and the annotator also
        // builds enhanced and enhanced++ graphs for every sentence
        this.depparse = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
        Properties timeProps = new Properties();
        timeProps.setProperty("sutime.includeRange", "true");
        timeProps.setProperty("sutime.markTimeRanges", "false");
        this.sutime = new TimeAnnotator("sutime", timeProps);
    }

    @Override
    public ParsedDocument parse(Document doc, SentenceFilter filter) {
        String text = CodingText.of(doc);
        Annotation ann = new Annotation(text);
        pipeline.annotate(ann);
        List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            Sentence tagged = convert(i, sentence, doc.text(), null);
            if (filter.wanted(tagged)) {
                GrammaticalStructure gs = depparse.predict(sentence);
                out.add(convert(i, sentence, doc.text(), gs.typedDependencies()));
            } else {
                out.add(tagged);
            }
        }
        return new ParsedDocument(doc, out);
    }

    /** Dyad's sentence from CoreNLP's tokens and, when the sentence was parsed, its basic dependencies. */
    private static Sentence convert(int index, CoreMap sentence, String original,
                                    java.util.Collection<TypedDependency> arcs) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "dep");
        if (arcs != null) {
            for (TypedDependency d : arcs) {
                int dep = d.dep().index() - 1;
                if (dep < 0 || dep >= n) {
                    continue;
                }
                heads[dep] = d.gov().index() - 1;
                rels[dep] = heads[dep] < 0 ? "root" : d.reln().toString();
            }
        }
        List<Token> tokens = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CoreLabel l = labels.get(i);
            int start = l.beginPosition();
            int end = l.endPosition();
            String form = original.substring(start, end);
            String lemma = l.lemma() == null ? form : l.lemma();
            tokens.add(new Token(i, form, lemma, l.tag(), start, end, heads[i], rels[i]));
        }
        tokens = Conllu.normalise(tokens);
        int start = tokens.get(0).start();
        int end = tokens.get(n - 1).end();
        return new Sentence(index, start, end, original.substring(start, end), tokens, List.of());
    }

    /** SUTime over the listed sentences that hold a time word, against the publication date. */
    @Override
    public ParsedDocument date(ParsedDocument parsed, Set<Integer> which) {
        Document doc = parsed.document();
        if (doc.published().isEmpty()) {
            return parsed;
        }
        List<CoreMap> timed = new ArrayList<>();
        List<Sentence> sources = new ArrayList<>();
        for (Sentence s : parsed.sentences()) {
            if (which.contains(s.index()) && hasClauseTime(s)) {
                timed.add(coreSentence(s, timed.size()));
                sources.add(s);
            }
        }
        if (timed.isEmpty()) {
            return parsed;
        }
        Annotation sub = new Annotation(doc.text());
        sub.set(CoreAnnotations.SentencesAnnotation.class, timed);
        sub.set(CoreAnnotations.DocDateAnnotation.class, doc.published().get().toString());
        sutime.annotate(sub);
        List<List<TimeExpression>> found = new ArrayList<>();
        for (int i = 0; i < timed.size(); i++) {
            found.add(new ArrayList<>());
        }
        List<CoreMap> timexes = sub.get(TimeAnnotations.TimexAnnotations.class);
        for (CoreMap tx : timexes == null ? List.<CoreMap>of() : timexes) {
            List<CoreLabel> toks = tx.get(CoreAnnotations.TokensAnnotation.class);
            Timex timex = tx.get(TimeAnnotations.TimexAnnotation.class);
            if (toks == null || toks.isEmpty() || timex == null) {
                continue;
            }
            int k = toks.get(0).sentIndex();
            if (k < 0 || k >= found.size()) {
                continue;
            }
            String value = timex.value() == null ? "" : timex.value();
            String words = tx.get(CoreAnnotations.TextAnnotation.class);
            int first = toks.get(0).index() - 1;
            int last = toks.get(toks.size() - 1).index() - 1;
            // SUTime's weekdays carry state from one document to the next: Dyad dates them itself
            Optional<java.time.LocalDate> weekday = Weekdays.resolve(sources.get(k), first, last,
                    words == null ? "" : words, doc.published().get());
            if (weekday.isPresent()) {
                value = weekday.get().toString();
            }
            found.get(k).add(new TimeExpression(first, last, words == null ? "" : words, value, range(value)));
        }
        List<Sentence> out = new ArrayList<>(parsed.sentences());
        for (int i = 0; i < sources.size(); i++) {
            Sentence s = sources.get(i);
            out.set(s.index(), new Sentence(s.index(), s.start(), s.end(), s.text(), s.tokens(), found.get(i)));
        }
        return new ParsedDocument(doc, out);
    }

    /**
     * True if a time word hangs on a clause: on a verb or predicate, directly or through the word it
     * modifies ("on Thursday", "earlier this month", "in 2002"). A year inside a noun phrase ("a 2015
     * treaty") dates no event, and SUTime is skipped for it.
     */
    private static boolean hasClauseTime(Sentence s) {
        for (Token t : s.tokens()) {
            if (!TIME_WORD.matcher(t.text()).matches()) {
                continue;
            }
            int h = t.head();
            for (int steps = 0; steps < 3 && h >= 0; steps++) {
                Token head = s.token(h);
                if (head.isVerb() || head.rel().equals("root")) {
                    return true;
                }
                h = head.head();
            }
        }
        return false;
    }

    /** A Dyad sentence as the CoreLabels SUTime and NER read: words, tags, lemmas, offsets. */
    static CoreMap coreSentence(Sentence s, int index) {
        List<CoreLabel> labels = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            CoreLabel l = new CoreLabel();
            l.setWord(t.text());
            l.setValue(t.text());
            l.setOriginalText(t.text());
            l.setTag(t.pos());
            l.setLemma(t.lemma());
            l.setBeginPosition(t.start());
            l.setEndPosition(t.end());
            l.setIndex(t.index() + 1);
            l.setSentIndex(index);
            labels.add(l);
        }
        CoreMap m = new Annotation(s.text());
        m.set(CoreAnnotations.TokensAnnotation.class, labels);
        m.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
        m.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.start());
        m.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
        return m;
    }

    private static Optional<DateRange> range(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return DateRange.parse(value.substring(0, 10));
        }
        return DateRange.parse(value);
    }
}
