package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Reads sentences in CoNLL-U (ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, ...), the second source of
 * parses besides CoreNLP: the UniversalPetrarch suites ship them, and tests write them by hand. Relations
 * of UD v1 are renamed to v2 (dobj to obj, nmod on a verb to obl, neg to advmod...), as the CoreNLP adapter
 * does, so the coder sees one vocabulary; a passive's "by" phrase is {@code obl:agent}. Multiword-token lines (1-2) and empty nodes (1.1) are skipped.
 */
public final class Conllu {

    private static final Map<String, String> V1_TO_V2 = Map.of("dobj", "obj", "nsubjpass", "nsubj:pass",
            "csubjpass", "csubj:pass", "auxpass", "aux:pass", "neg", "advmod", "mwe", "fixed", "name", "flat",
            "nmod:agent", "obl:agent", "nmod:tmod", "obl:tmod", "nmod:npmod", "obl:npmod");

    private Conllu() {
    }

    /**
     * Reads one sentence block, aligning its tokens to {@code text} from {@code offset} on (each form is
     * looked for after the previous one; a form not found in the text is placed where it would follow).
     */
    public static Sentence sentence(int index, String text, int offset, String block, List<TimeExpression> times) {
        List<String[]> rows = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 8) {
                throw new IllegalArgumentException("CoNLL-U line with " + f.length + " fields: " + line);
            }
            if (f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            rows.add(f);
        }
        List<Token> tokens = new ArrayList<>(rows.size());
        int pos = offset;
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            String form = f[1];
            int at = text.indexOf(form, pos);
            if (at < 0 || at - pos > 40) {
                at = Math.min(pos + (i == 0 ? 0 : 1), text.length());
            }
            int end = Math.min(at + form.length(), text.length());
            pos = end;
            String xpos = f[4].equals("_") ? f[3] : f[4];
            int head = Integer.parseInt(f[6]) - 1;
            tokens.add(new Token(i, form, f[2].equals("_") ? form : f[2], xpos, at, end, head, f[7]));
        }
        tokens = normalise(tokens);
        int start = tokens.isEmpty() ? offset : tokens.get(0).start();
        int end = tokens.isEmpty() ? offset : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, start, end, text.substring(start, end), tokens, times);
    }

    /** Renames UD v1 relations to v2; shared with the CoreNLP adapter. */
    public static List<Token> normalise(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String rel = t.rel().toLowerCase(Locale.ROOT);
            rel = V1_TO_V2.getOrDefault(rel, rel);
            if (rel.equals("nmod") || rel.startsWith("nmod:") && !rel.equals("nmod:poss")) {
                Token head = t.head() >= 0 ? tokens.get(t.head()) : null;
                boolean clausal = head != null && (head.pos().startsWith("VB") || head.pos().startsWith("JJ")
                        || hasCopula(tokens, head.index()));
                if (clausal) {
                    rel = rel.equals("nmod") ? "obl" : "obl" + rel.substring(4);
                }
            }
            out.add(new Token(t.index(), t.text(), t.lemma(), t.pos(), t.start(), t.end(), t.head(), rel));
        }
        for (int i = 0; i < out.size(); i++) {
            // "Iran and North Korea, along with Iraq, were designated", "to include Syria, along with Cuba":
            // the companion goes with the argument before it
            Token t = out.get(i);
            if (t.rel().equals("obl") && t.head() >= 0 && hasChild(out, i, "case", "along")) {
                int companion = argumentBefore(out, t.head(), i);
                if (companion >= 0) {
                    out.set(i, new Token(t.index(), t.text(), t.lemma(), t.pos(), t.start(), t.end(), companion, "nmod"));
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Token t = out.get(i);
            if (t.rel().equals("obl") && hasChild(out, i, "case", "by") && t.head() >= 0
                    && (hasChild(out, t.head(), "aux:pass", null) || hasChild(out, t.head(), "nsubj:pass", null))) {
                out.set(i, new Token(t.index(), t.text(), t.lemma(), t.pos(), t.start(), t.end(), t.head(), "obl:agent"));
            }
        }
        return out;
    }

    /** The verb's subject or object nearest before token {@code before}: what "along with X" goes with. */
    private static int argumentBefore(List<Token> tokens, int verb, int before) {
        int best = -1;
        for (Token t : tokens) {
            if (t.head() == verb && t.index() < before && (t.rel().startsWith("nsubj") || t.rel().equals("obj"))) {
                best = Math.max(best, t.index());
            }
        }
        return best;
    }

    private static boolean hasChild(List<Token> tokens, int head, String rel, String word) {
        for (Token t : tokens) {
            if (t.head() == head && t.rel().equals(rel) && (word == null || t.text().equalsIgnoreCase(word))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCopula(List<Token> tokens, int i) {
        for (Token t : tokens) {
            if (t.head() == i && t.rel().equals("cop")) {
                return true;
            }
        }
        return false;
    }
}
