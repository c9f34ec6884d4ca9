package org.dyad.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.DateRange;
import org.dyad.model.Document;
import org.dyad.model.ParsedDocument;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.nlp.Conllu;

/**
 * Parsed sentences written by hand, so that tests of the actor and coding stages never load CoreNLP.
 * Each token is a line "id form lemma POS head rel" (whitespace-separated, 1-based ids, head 0 for the
 * root); a line "@time first last value" (1-based token ids) adds a resolved time expression.
 */
public final class Parses {

    private Parses() {
    }

    /** One sentence; its text is the forms joined by spaces. */
    public static Sentence sentence(int index, int offset, String spec) {
        StringBuilder text = new StringBuilder();
        StringBuilder conllu = new StringBuilder();
        List<String[]> times = new ArrayList<>();
        for (String line : spec.strip().split("\n")) {
            String[] f = line.strip().split("\\s+");
            if (f[0].equals("@time")) {
                times.add(f);
                continue;
            }
            if (f.length != 6) {
                throw new IllegalArgumentException("want 'id form lemma POS head rel': " + line);
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(f[1]);
            conllu.append(String.join("\t", f[0], f[1], f[2], "_", f[3], "_", f[4], f[5], "_", "_")).append('\n');
        }
        String padded = " ".repeat(offset) + text;
        List<TimeExpression> tx = new ArrayList<>();
        for (String[] t : times) {
            int first = Integer.parseInt(t[1]) - 1;
            int last = Integer.parseInt(t[2]) - 1;
            tx.add(new TimeExpression(first, last, t[3], t[3], DateRange.parse(t[3])));
        }
        return Conllu.sentence(index, padded, offset, conllu.toString(), tx);
    }

    /** A document of hand-parsed sentences, laid out one after another in its text. */
    public static ParsedDocument document(String id, LocalDate date, String... specs) {
        List<Sentence> sentences = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String spec : specs) {
            Sentence s = sentence(sentences.size(), text.length(), spec);
            text.append(s.text()).append('\n');
            sentences.add(s);
        }
        Document doc = new Document(id, text.toString(), Optional.ofNullable(date), Map.of(), List.of());
        return new ParsedDocument(doc, sentences);
    }
}
