package org.dyad.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;

/**
 * The text a parser sees: the original with dropped regions blanked, soft line wraps turned into spaces and
 * curly apostrophes made straight (the tagger reads "it’s" as a possessive),
 * character for character the same length, so offsets stay those of the original. After this, every
 * remaining newline is a sentence break: blank lines, headlines and captions without final periods end
 * their sentence; a line wrapped mid-sentence in a hard-wrapped text does not.
 */
public final class CodingText {

    private CodingText() {
    }

    public static String of(Document doc) {
        char[] c = doc.text().toCharArray();
        for (DroppedRegion r : doc.dropped()) {
            for (int i = r.start(); i < r.end(); i++) {
                if (c[i] != '\n') {
                    c[i] = ' ';
                }
            }
        }
        for (int i = 0; i < c.length; i++) {
            if (c[i] == '\r' || c[i] == '\t' || c[i] == '\u000B' || c[i] == '\f' || c[i] == '\u00A0') {
                c[i] = c[i] == '\r' ? '\n' : ' ';
            } else if (c[i] == '\u2019' || c[i] == '\u2018') {
                // "it’s": the tagger reads a curly apostrophe as a possessive; a straight one as "is"
                c[i] = '\'';
            }
        }
        String text = new String(c);
        List<int[]> lines = lines(text);
        if (isHardWrapped(text, lines)) {
            int median = medianLength(text, lines);
            for (int k = 0; k + 1 < lines.size(); k++) {
                int[] line = lines.get(k);
                int[] next = lines.get(k + 1);
                String cur = text.substring(line[0], line[1]).strip();
                String nxt = text.substring(next[0], next[1]).strip();
                if (cur.isEmpty() || nxt.isEmpty() || endsSentence(cur)
                        || (cur.length() < median * 0.6 && startsUpper(nxt))) {
                    continue;
                }
                c[line[1]] = ' ';
            }
            return new String(c);
        }
        return text;
    }

    /** Start and end (the newline's index, or the text length) of each line. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    /**
     * A text is hard-wrapped when most lines inside paragraphs stop mid-sentence at similar lengths, as in
     * wire copy and e-mail; otherwise each line is a paragraph, a headline or a caption.
     */
    static boolean isHardWrapped(String text, List<int[]> lines) {
        int inside = 0;
        int open = 0;
        for (int k = 0; k + 1 < lines.size(); k++) {
            String cur = text.substring(lines.get(k)[0], lines.get(k)[1]).strip();
            String nxt = text.substring(lines.get(k + 1)[0], lines.get(k + 1)[1]).strip();
            if (cur.isEmpty() || nxt.isEmpty()) {
                continue;
            }
            inside++;
            if (!endsSentence(cur)) {
                open++;
            }
        }
        if (inside < 3 || open * 2 < inside) {
            return false;
        }
        int median = medianLength(text, lines);
        return median >= 30 && median <= 120;
    }

    private static int medianLength(String text, List<int[]> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int[] l : lines) {
            int len = text.substring(l[0], l[1]).strip().length();
            if (len > 0) {
                lengths.add(len);
            }
        }
        if (lengths.isEmpty()) {
            return 0;
        }
        lengths.sort(Integer::compare);
        return lengths.get(lengths.size() / 2);
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"\u201D\u2019)]".indexOf(last) >= 0;
    }

    private static boolean startsUpper(String line) {
        return Character.isUpperCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0));
    }
}
