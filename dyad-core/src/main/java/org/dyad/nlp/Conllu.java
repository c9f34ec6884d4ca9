package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        objectTakenForParticiplesSubject(out);
        subjectLeftOnAnEarlierPhrase(out);
        reducedRelativeTakenForClausalSubject(out);
        reducedRelativeTakenForMainVerb(out);
        return out;
    }

    private static Token rehead(Token t, int head, String rel) {
        return new Token(t.index(), t.text(), t.lemma(), t.pos(), t.start(), t.end(), head, rel);
    }

    /**
     * "blocked roads in the capital demanding that he be reinstated": the parser makes "roads" the subject
     * of the participle. A noun right after a transitive verb with no object, subject of a participle that
     * hangs on that verb, is the verb's object. "issued warrants for two men sought in ...": the same, with a
     * reduced relative taken for a clause.
     */
    private static void objectTakenForParticiplesSubject(List<Token> out) {
        for (int i = 0; i < out.size(); i++) {
            Token x = out.get(i);
            if (!x.rel().equals("nsubj") || x.head() <= i || !x.pos().startsWith("NN")) {
                continue;
            }
            Token w = out.get(x.head());
            // "issued arrest warrants for two men sought in the slaying": a past participle with no object
            // or auxiliary of its own, right after a noun inside the would-be subject's phrase, is a reduced
            // relative on that noun ("said troops withdrew" is a clause: the noun is the subject itself)
            boolean reduced = Set.of("VBD", "VBN").contains(w.pos()) && w.index() > 0
                    && out.get(w.index() - 1).pos().startsWith("NN") && w.index() - 1 != i
                    && !hasChild(out, w.index(), "obj", null)
                    && !hasChild(out, w.index(), "aux", null) && !hasChild(out, w.index(), "aux:pass", null);
            if (!(w.pos().equals("VBG") || reduced) || w.head() < 0 || w.head() >= i
                    || !Set.of("dep", "advcl", "xcomp", "conj", "ccomp").contains(w.rel())
                    || w.rel().equals("ccomp") && !reduced) {
                continue;
            }
            Token v = out.get(w.head());
            boolean finite = Set.of("VBD", "VBZ", "VBP", "VBN").contains(v.pos());
            if (finite && span(out, i)[0] == v.index() + 1 && !hasChild(out, v.index(), "obj", null)) {
                out.set(i, rehead(x, v.index(), "obj"));
                if (reduced) {
                    out.set(w.index(), new Token(w.index(), w.text(), w.lemma(), "VBN", w.start(), w.end(),
                            w.index() - 1, "acl"));
                } else if (w.rel().equals("dep")) {
                    out.set(w.index(), rehead(w, v.index(), "advcl"));
                }
            }
        }
    }

    /**
     * "With the signing of a memorandum on a cessation of hostilities, the Sudanese government and SPLM/A
     * have agreed": the parser hangs the subject on the phrase before it as an apposition, leaving the
     * main verb with none. A finite main verb with no subject takes the noun phrase that ends right before
     * it (and its auxiliaries) if that phrase hangs, after a comma, on an earlier word.
     */
    private static void subjectLeftOnAnEarlierPhrase(List<Token> out) {
        for (Token v : List.copyOf(out)) {
            if (!v.rel().equals("root") || !v.pos().startsWith("VB") || v.pos().equals("VBG")
                    || hasSubject(out, v.index())) {
                continue;
            }
            int first = v.index();
            while (first > 0 && out.get(first - 1).head() == v.index()
                    && Set.of("aux", "aux:pass", "advmod").contains(out.get(first - 1).rel())) {
                first--;
            }
            boolean finite = first < v.index() || Set.of("VBD", "VBZ", "VBP").contains(v.pos());
            if (!finite || first == 0) {
                continue;
            }
            for (int k = first - 1; k >= 0 && k != v.index(); k = out.get(k).head()) {
                Token np = out.get(k);
                int[] sp = span(out, k);
                if (sp[1] != first - 1) {
                    break;
                }
                boolean loose = Set.of("appos", "dep").contains(np.rel()) && np.head() >= 0 && np.head() < sp[0]
                        && sp[0] > 0 && out.get(sp[0] - 1).text().equals(",");
                if (loose && np.pos().startsWith("NN")) {
                    out.set(k, rehead(np, v.index(), "nsubj"));
                    break;
                }
            }
        }
    }

    /**
     * "The civilians imprisoned for acting against Moscow were released": the parser makes "imprisoned" a
     * clausal subject with "civilians" as its subject. A bare past participle that is a clausal subject,
     * right after its own subject, is a reduced relative on that noun, which is the real subject.
     */
    private static void reducedRelativeTakenForClausalSubject(List<Token> out) {
        for (int i = 0; i < out.size(); i++) {
            Token w = out.get(i);
            if (!w.rel().startsWith("csubj") || !w.pos().equals("VBN") || w.head() <= i
                    || hasChild(out, i, "aux", null) || hasChild(out, i, "aux:pass", null)) {
                continue;
            }
            for (int k = 0; k < i; k++) {
                Token x = out.get(k);
                if (x.head() == i && x.rel().equals("nsubj") && x.pos().startsWith("NN") && span(out, k)[1] == i - 1) {
                    out.set(k, rehead(x, w.head(), w.rel().equals("csubj:pass") ? "nsubj:pass" : "nsubj"));
                    out.set(i, rehead(w, k, "acl"));
                    break;
                }
            }
        }
    }

    /**
     * "A report released Tuesday in the Rwandan capital alleged that ...": the parser makes "released" the
     * main verb and hangs "alleged" on it as a loose dependent. A bare past participle at the root, with a
     * subject, followed by a loose finite verb with no subject of its own, is a reduced relative on its
     * subject; the finite verb is the main verb.
     */
    private static void reducedRelativeTakenForMainVerb(List<Token> out) {
        for (int v = 0; v < out.size(); v++) {
            Token root = out.get(v);
            if (!root.rel().equals("root") || !root.pos().equals("VBN") || hasChild(out, v, "aux", null)
                    || hasChild(out, v, "aux:pass", null)) {
                continue;
            }
            int subj = -1;
            int main = -1;
            for (Token c : out) {
                if (c.head() == v && c.rel().equals("nsubj") && c.index() < v && c.pos().startsWith("NN")) {
                    subj = c.index();
                }
                if (c.head() == v && c.rel().equals("dep") && c.index() > v && Set.of("VBD", "VBZ", "VBP").contains(c.pos())
                        && !hasSubject(out, c.index()) && main < 0) {
                    main = c.index();
                }
            }
            if (subj < 0 || main < 0) {
                continue;
            }
            Token m = out.get(main);
            out.set(main, rehead(m, -1, "root"));
            out.set(subj, rehead(out.get(subj), main, "nsubj"));
            out.set(v, rehead(root, subj, "acl"));
            for (int k = main + 1; k < out.size(); k++) {
                Token t = out.get(k);
                if (t.head() == v) {
                    out.set(k, rehead(t, main, t.rel())); // what follows the main verb is its own
                }
            }
            return;
        }
    }

    private static boolean hasSubject(List<Token> out, int v) {
        for (Token t : out) {
            if (t.head() == v && (t.rel().startsWith("nsubj") || t.rel().startsWith("csubj") || t.rel().equals("expl"))) {
                return true;
            }
        }
        return false;
    }

    /** First and last token of the subtree under {@code h}. */
    private static int[] span(List<Token> out, int h) {
        int lo = h;
        int hi = h;
        boolean grown = true;
        while (grown) {
            grown = false;
            for (Token t : out) {
                if (t.head() >= 0 && t.head() != t.index() && (t.index() < lo || t.index() > hi) && under(out, t.index(), h)) {
                    lo = Math.min(lo, t.index());
                    hi = Math.max(hi, t.index());
                    grown = true;
                }
            }
        }
        return new int[] {lo, hi};
    }

    private static boolean under(List<Token> out, int k, int h) {
        for (int steps = 0; k >= 0 && steps <= out.size(); steps++) {
            if (k == h) {
                return true;
            }
            k = out.get(k).head();
        }
        return false;
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
