package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
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

/**
 * Dyad's NLP stage on Stanford CoreNLP: tokenize, ssplit (every newline of the coding text is a break),
 * pos and lemma on every sentence; then the neural UD dependency parser, and SUTime dated against the
 * publication date, on the sentences the caller's filter wants (those that can hold an event). NER is
 * left out: it is most of CoreNLP's default cost, and Dyad's actor dictionaries do that work. This is the
 * only class that converts CoreNLP types to Dyad's model.
 */
public final class CoreNlpParser implements Parser {

    /** Words without which a sentence holds no time expression worth SUTime's cost. */
    private static final Pattern TIME_WORD = Pattern.compile("(?i)\\b(\\d{4}|\\d{1,2}(st|nd|rd|th)?|monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|tomorrow|week|weekend|month|year|"
            + "decade|january|february|march|april|may|june|july|august|september|october|november|december|"
            + "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|morning|evening|"
            + "afternoon|night|earlier|later|ago|recently|now|currently)\\b");

    private final StanfordCoreNLP pipeline;
    private final DependencyParseAnnotator depparse;
    private final TimeAnnotator sutime;

    public CoreNlpParser() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
                + "normalizeOtherBrackets=false");
        this.pipeline = new StanfordCoreNLP(props);
        Properties depProps = new Properties();
        depProps.setProperty("depparse.extradependencies", "NONE");
        this.depparse = new DependencyParseAnnotator(depProps);
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
        List<CoreMap> wanted = new ArrayList<>();
        boolean[] parse = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<TimeExpression> none = List.of();
            parse[i] = filter.wanted(convert(i, sentences.get(i), doc.text(), none));
            if (parse[i]) {
                wanted.add(sentences.get(i));
            }
        }
        if (!wanted.isEmpty()) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, wanted);
            depparse.annotate(sub);
        }
        List<List<TimeExpression>> times = times(text, wanted, sentences.size(), doc);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(convert(out.size(), sentences.get(i), doc.text(), times.get(i)));
        }
        return new ParsedDocument(doc, out);
    }

    private static Sentence convert(int index, CoreMap sentence, String original, List<TimeExpression> times) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int n = labels.size();
        int[] heads = new int[n];
        String[] rels = new String[n];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "dep");
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                rels[root.index() - 1] = "root";
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                int dep = e.getDependent().index() - 1;
                heads[dep] = e.getGovernor().index() - 1;
                rels[dep] = e.getRelation().toString();
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
        return new Sentence(index, start, end, original.substring(start, end), tokens, times);
    }

    /** SUTime over the wanted sentences that hold a time word, each expression mapped to token spans. */
    private List<List<TimeExpression>> times(String text, List<CoreMap> wanted, int count, Document doc) {
        List<List<TimeExpression>> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new ArrayList<>());
        }
        if (doc.published().isEmpty()) {
            return out;
        }
        List<CoreMap> timed = new ArrayList<>();
        for (CoreMap s : wanted) {
            if (TIME_WORD.matcher(s.get(CoreAnnotations.TextAnnotation.class)).find()) {
                timed.add(s);
            }
        }
        if (timed.isEmpty()) {
            return out;
        }
        Annotation sub = new Annotation(text);
        sub.set(CoreAnnotations.SentencesAnnotation.class, timed);
        sub.set(CoreAnnotations.DocDateAnnotation.class, doc.published().get().toString());
        sutime.annotate(sub);
        List<CoreMap> found = sub.get(TimeAnnotations.TimexAnnotations.class);
        if (found == null) {
            return out;
        }
        for (CoreMap tx : found) {
            List<CoreLabel> toks = tx.get(CoreAnnotations.TokensAnnotation.class);
            Timex timex = tx.get(TimeAnnotations.TimexAnnotation.class);
            if (toks == null || toks.isEmpty() || timex == null) {
                continue;
            }
            int sentence = toks.get(0).sentIndex();
            if (sentence < 0 || sentence >= out.size()) {
                continue;
            }
            int first = toks.get(0).index() - 1;
            int last = toks.get(toks.size() - 1).index() - 1;
            String value = timex.value() == null ? "" : timex.value();
            String words = tx.get(CoreAnnotations.TextAnnotation.class);
            out.get(sentence).add(new TimeExpression(first, last, words == null ? "" : words, value, range(value)));
        }
        return out;
    }

    private static Optional<DateRange> range(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return DateRange.parse(value.substring(0, 10));
        }
        return DateRange.parse(value);
    }
}
