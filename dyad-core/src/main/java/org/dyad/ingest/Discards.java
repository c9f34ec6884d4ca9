package org.dyad.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.resources.ImportReport;
import org.dyad.resources.PetrarchText;

/**
 * Phrases whose presence takes a sentence, or a whole story, out of coding: sports, weather and
 * entertainment news that would otherwise code as conflict ("the Lions crushed the Tigers"). Read from a
 * user's TABARI/PETRARCH discard list ({@code Phoenix.discards.txt}, {@code PETR.Validate.discards.txt}).
 *
 * <h2>The format</h2>
 * Comments as {@link PetrarchText} describes; one phrase a line:
 * <pre>
 * BASEBALL               a sentence holding it is not coded
 * +TYPHOON               a story (document) holding it is not coded
 * AFRICAN NATIONS CUP    words in order, separated by any white space
 * ESPN_                  "_" at the end: the last word must end there (else it is a stem: BASEBALL also
 *                        matches "baseballs")
 * </pre>
 * Matching ignores case and starts at a word boundary, as PETRARCH's does. Dyad honours all of it.
 * Immutable; safe to share between threads.
 */
public final class Discards {

    private static final Discards NONE = new Discards(List.of(), List.of());

    /** One phrase and the pattern that finds it. */
    private record Phrase(String text, Pattern pattern) {
    }

    private final List<Phrase> sentence;
    private final List<Phrase> story;
    /** All phrases of a list in one pattern, so that a text is scanned once. */
    private final Optional<Pattern> anySentence;
    private final Optional<Pattern> anyStory;

    private Discards(List<Phrase> sentence, List<Phrase> story) {
        this.sentence = List.copyOf(sentence);
        this.story = List.copyOf(story);
        this.anySentence = combined(this.sentence);
        this.anyStory = combined(this.story);
    }

    private static Optional<Pattern> combined(List<Phrase> phrases) {
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder re = new StringBuilder();
        for (Phrase p : phrases) {
            re.append(re.length() == 0 ? "" : "|").append("(?:").append(p.pattern().pattern()).append(')');
        }
        return Optional.of(Pattern.compile(re.toString()));
    }

    /** No discards: everything is coded. */
    public static Discards none() {
        return NONE;
    }

    public static Discards read(Path file, ImportReport report) {
        return read(PetrarchText.read(file), report);
    }

    public static Discards read(List<PetrarchText.Line> lines, ImportReport report) {
        List<Phrase> sentence = new ArrayList<>();
        List<Phrase> story = new ArrayList<>();
        for (PetrarchText.Line line : lines) {
            String t = line.text().strip();
            boolean wholeStory = t.startsWith("+");
            if (wholeStory) {
                t = t.substring(1).strip();
            }
            if (t.isEmpty()) {
                report.warn(line.origin(), "empty discard phrase");
                continue;
            }
            (wholeStory ? story : sentence).add(new Phrase(t, compile(t)));
            report.count(wholeStory ? "story phrases" : "sentence phrases");
        }
        return new Discards(sentence, story);
    }

    /** Combines several lists into one. */
    public static Discards of(List<Discards> lists) {
        List<Phrase> sentence = new ArrayList<>();
        List<Phrase> story = new ArrayList<>();
        for (Discards d : lists) {
            sentence.addAll(d.sentence);
            story.addAll(d.story);
        }
        return new Discards(sentence, story);
    }

    private static Pattern compile(String phrase) {
        boolean whole = phrase.endsWith("_");
        String[] words = phrase.replaceAll("_+$", "").strip().split("[\\s_]+");
        StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                re.append("\\s+");
            }
            re.append(Pattern.quote(words[i].toLowerCase(Locale.ROOT)));
        }
        if (whole) {
            re.append("(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile(re.toString());
    }

    public boolean isEmpty() {
        return sentence.isEmpty() && story.isEmpty();
    }

    /** The story phrase found in a document's text, if any: then nothing in it is coded. */
    public Optional<String> story(String documentText) {
        return find(story, anyStory, documentText);
    }

    /** The phrase (sentence or story) found in a sentence, if any: then the sentence is not coded. */
    public Optional<String> sentence(String sentenceText) {
        Optional<String> found = find(sentence, anySentence, sentenceText);
        return found.isPresent() ? found : find(story, anyStory, sentenceText);
    }

    private static Optional<String> find(List<Phrase> phrases, Optional<Pattern> any, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (any.isEmpty() || !any.get().matcher(lower).find()) {
            return Optional.empty();
        }
        for (Phrase p : phrases) {
            Matcher m = p.pattern().matcher(lower);
            if (m.find()) {
                return Optional.of(p.text());
            }
        }
        return Optional.empty();
    }
}
