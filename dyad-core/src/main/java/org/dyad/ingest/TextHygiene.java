package org.dyad.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;

/**
 * Text hygiene for plain text: finds what is not the story and marks it dropped, so that nothing in it
 * is coded. A reader-comment thread appended to the article; photo captions and credit lines (every copy
 * when repeated); bylines, reporting credits, corrections and site boilerplate; slug tags glued to the
 * first line. The text itself is never changed: dropped regions are offsets into it.
 */
public final class TextHygiene {

    private static final Pattern CAPTION = Pattern.compile("(?i)(\\bCREDIT:|\\(AP Photo|\\bAP PHOTO\\b|Getty Images|"
            + "\\bPhoto(graph)?:|\\bREUTERS/|AFP PHOTO|AFP via Getty|\\bFILE PHOTO\\b|\\bImage:|\\bPictured:|"
            + "\\(Photo by|\\bPhoto credit\\b|\\bEPA/|\\bXinhua/|\\bSputnik/|/ ?File\\)?$)");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^\\s*(By [A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){0,3}"
            + "( and [A-Z][\\p{L}.'-]+( [A-Z][\\p{L}.'-]+){0,3})?(,.*)?$|.*\\bcontributed (to )?(the |this )?"
            + "(reporting|report)\\b.*|(Additional )?(Reporting|Editing|Writing|Compiled) by\\b.*|"
            + "This (article|story|report|post) (originally|was|has been|previously|incorrectly)\\b.*|"
            + "(Correction|Clarification|Update|Editor's note)s?:.*|An earlier version of this\\b.*|"
            + "(Copyright|©|\\(c\\)) .*|.*All rights reserved\\.?\\s*$|(Click here|Subscribe|Sign up|Follow us|"
            + "Read more|Related:|Advertisement|Share this|Email this|Continue reading|Skip to)\\b.*)$");
    private static final Pattern SLUGS = Pattern.compile("^\\s*((?:[a-z0-9]+(?:-[a-z0-9]+)+)(?:\\s*,\\s*)?)+(?=[A-Z])");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+\\S");
    private static final Pattern COMMENT_UI = Pattern.compile("(?i)(\\bReply\\b|\\bAvatar\\b|\\bsays:\\s*$|"
            + "\\bwrote:\\s*$|\\bLog in to\\b|\\bLike\\s+Reply\\b|^\\s*\\d+ (comments?|replies)\\s*$|"
            + "^\\s*(Comments|Leave a Reply|Leave a comment|Join the discussion)\\s*$|\\b\\d+ (minutes|hours|days) ago\\b)");
    private static final Pattern INFORMAL = Pattern.compile("(?i)(\\blol\\b|\\bhaha|\\blmao\\b|\\bomg\\b|!!|\\?\\?|"
            + "[\\x{1F300}-\\x{1FAFF}\\x{2600}-\\x{27BF}]|@[A-Za-z]\\w+|\\$\\$)");
    private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(i|i'm|i’m|me|my|you|your|you're|you’re)\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private TextHygiene() {
    }

    /** The document with what hygiene drops recorded; regions already dropped are kept. */
    public static Document clean(Document doc) {
        List<DroppedRegion> regions = new ArrayList<>(doc.dropped());
        List<Line> lines = lines(doc.text());
        int threadStart = commentThread(doc.text(), lines);
        if (threadStart >= 0) {
            regions.add(new DroppedRegion("comments", threadStart, doc.text().length()));
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            if (l.start < threadStart || threadStart < 0) {
                counts.merge(l.stripped(), 1, Integer::sum);
            }
        }
        int leading = 0;
        for (Line l : lines) {
            if (threadStart >= 0 && l.start >= threadStart) {
                break;
            }
            String s = l.stripped();
            if (s.isEmpty()) {
                continue;
            }
            if (leading++ < 3) {
                Matcher m = SLUGS.matcher(l.text);
                if (m.find() && m.end() > 0) {
                    regions.add(new DroppedRegion("tags", l.start, l.start + m.end()));
                }
            }
            if (CAPTION.matcher(s).find() && s.length() < 400) {
                regions.add(new DroppedRegion("caption", l.start, l.end));
            } else if (BOILERPLATE.matcher(s).matches() && s.length() < 300) {
                regions.add(new DroppedRegion("boilerplate", l.start, l.end));
            } else if (counts.getOrDefault(s, 0) > 1 && s.length() < 300 && !isFirst(lines, l)) {
                regions.add(new DroppedRegion("repeated", l.start, l.end));
            }
        }
        regions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return doc.withDropped(regions);
    }

    private static boolean isFirst(List<Line> lines, Line l) {
        for (Line o : lines) {
            if (o.stripped().equals(l.stripped())) {
                return o == l;
            }
        }
        return true;
    }

    /**
     * Where an appended reader-comment thread starts, or -1. A thread starts at an indented or numbered
     * line, or a comments header, after the article has had its say, and from there on most of the text
     * reads as comments: indented, numbered, first and second person, informal, or comment-widget words.
     */
    static int commentThread(String text, List<Line> lines) {
        int articleLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.stripped().isEmpty()) {
                continue;
            }
            double score = commentScore(l);
            boolean header = COMMENT_UI.matcher(l.text).find() && l.stripped().length() < 60;
            boolean opener = header || LIST_ITEM.matcher(l.text).find() || indented(l.text);
            if (opener && articleLines >= 3 && l.start > text.length() / 10 && score >= 0.4) {
                if (commentShare(lines, i) >= 0.6) {
                    return l.start;
                }
            }
            if (score < 0.4) {
                articleLines++;
            }
        }
        return -1;
    }

    /** Share of the characters from line {@code from} on that sit in comment-like lines. */
    private static double commentShare(List<Line> lines, int from) {
        long comment = 0;
        long all = 0;
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            int len = l.stripped().length();
            if (len == 0) {
                continue;
            }
            all += len;
            if (commentScore(l) >= 0.4) {
                comment += len;
            }
        }
        return all == 0 ? 0 : (double) comment / all;
    }

    static double commentScore(Line l) {
        double score = 0;
        if (indented(l.text)) {
            score += 0.5;
        }
        if (LIST_ITEM.matcher(l.text).find()) {
            score += 0.4;
        }
        if (COMMENT_UI.matcher(l.text).find()) {
            score += 0.5;
        }
        if (INFORMAL.matcher(l.text).find()) {
            score += 0.2;
        }
        int words = 0;
        Matcher w = WORD.matcher(l.text);
        while (w.find()) {
            words++;
        }
        int personal = 0;
        Matcher p = PERSONAL.matcher(l.text.toLowerCase(Locale.ROOT));
        while (p.find()) {
            personal++;
        }
        if (words > 0 && personal * 100 / words >= 3) {
            score += 0.3;
        }
        return score;
    }

    private static boolean indented(String line) {
        return line.startsWith("  ") || line.startsWith("\t");
    }

    /** A line of the text with its offsets (end excludes the newline). */
    record Line(int start, int end, String text) {
        String stripped() {
            return text.strip();
        }
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int end = i > start && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new Line(start, end, text.substring(start, end)));
                start = i + 1;
            }
        }
        return out;
    }
}
