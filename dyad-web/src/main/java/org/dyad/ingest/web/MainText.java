package org.dyad.ingest.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.DroppedRegion;
import org.jsoup.nodes.Element;

/**
 * Dyad's main-text extractor: decides which blocks of a page's visible text are the article and marks
 * every other block dropped, with a kind (navigation, related, comments, caption, byline, ads,
 * boilerplate, title).
 *
 * <p>How: (1) paragraph-like blocks (25+ characters, mostly not links, not inside furniture that
 * {@link Roles} recognises) give points to their ancestors, more to near ones, more for commas and length;
 * an ancestor's points shrink with its link density and grow or shrink with what its class says. (2) The
 * best-scored element is the article's container, widened to an explicitly marked article body
 * (itemprop=articleBody, article-body...) that holds it, or narrowed to one it holds, and joined by
 * siblings that score well or read as paragraphs. (3) Within the container each block is kept unless it
 * sits in furniture, is mostly links, is a headline, or is a boilerplate or byline line; a comments
 * heading starts a comments region. If that keeps almost nothing, the page is scored again without the
 * furniture filter.
 */
public final class MainText {

    /** What extraction decided: the dropped regions of {@link PageText#text()}, in order. */
    public record Result(List<DroppedRegion> dropped, boolean[] kept) {
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final PageText page;
    private final List<PageText.Block> blocks;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final int total;

    private static final class Stats {
        double score;
        boolean candidate;
        int good;
    }

    private MainText(PageText page) {
        this.page = page;
        this.blocks = page.blocks();
        int t = 0;
        for (PageText.Block b : blocks) {
            t += b.length();
        }
        this.total = t;
    }

    /** Extracts the main text of a page. */
    public static Result extract(PageText page, String title) {
        MainText m = new MainText(page);
        Result r = m.run(true, title);
        int kept = 0;
        for (int i = 0; i < r.kept().length; i++) {
            if (r.kept()[i]) {
                kept += m.blocks.get(i).length();
            }
        }
        if (kept < 250 && m.total > 500) {
            MainText again = new MainText(page);
            Result relaxed = again.run(false, title);
            int k2 = 0;
            for (int i = 0; i < relaxed.kept().length; i++) {
                if (relaxed.kept()[i]) {
                    k2 += m.blocks.get(i).length();
                }
            }
            if (k2 > kept * 2) {
                return relaxed;
            }
        }
        return r;
    }

    private Result run(boolean strict, String title) {
        int n = blocks.size();
        int[] global = new int[n];
        for (int i = 0; i < n; i++) {
            global[i] = flags(blocks.get(i), null, true);
        }
        Element top = null;
        double best = 0;
        for (int i = 0; i < n; i++) {
            PageText.Block b = blocks.get(i);
            if (!paragraphLike(b) || (strict && (global[i] & Roles.NEGATIVE) != 0)) {
                continue;
            }
            String t = page.text(b);
            double score = 1 + commas(t) + Math.min(b.length() / 100, 3);
            int level = 0;
            Element from = b.fragment() ? b.element() : b.element().parent();
            for (Element e = from; e != null && level < 5; e = e.parent(), level++) {
                Stats s = stats.computeIfAbsent(e, k -> new Stats());
                if (!s.candidate) {
                    s.candidate = true;
                    s.score = initial(e, strict);
                }
                s.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
                s.good += b.length();
            }
        }
        for (Map.Entry<Element, Stats> en : stats.entrySet()) {
            Stats s = en.getValue();
            if (s.candidate) {
                double fin = s.score * (1 - linkDensity(en.getKey()));
                if (fin > best) {
                    best = fin;
                    top = en.getKey();
                }
            }
        }
        boolean[] kept = new boolean[n];
        String[] kinds = new String[n];
        if (top == null) {
            return finish(kept, kinds, global, title);
        }
        top = widen(top);
        Set<Element> region = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        region.add(top);
        region.addAll(siblings(top, best));
        for (int i = 0; i < n; i++) {
            PageText.Block b = blocks.get(i);
            Element root = within(b.element(), region);
            if (root == null) {
                continue;
            }
            int local = flags(b, root, false);
            String t = page.text(b);
            String tag = b.element().normalName();
            if (strict && (local & Roles.NEGATIVE) != 0 && !(b.length() > 200 && (local & Roles.NEGATIVE
                    & ~(Roles.META | Roles.BYLINE | Roles.SHARE | Roles.PROMO)) == 0)) {
                kinds[i] = Roles.kind(local);
            } else if (tag.equals("h1") || isTitle(t, title)) {
                kinds[i] = "title";
            } else if (b.linkDensity() > 0.5 && b.length() < 400) {
                kinds[i] = "related";
            } else {
                kinds[i] = Lines.kind(t);
                kept[i] = kinds[i] == null;
            }
        }
        commentsAfterHeading(kept, kinds);
        shortBlocksNearText(kept, kinds);
        headingsNeedText(kept, kinds);
        return finish(kept, kinds, global, title);
    }

    /** From a "Comments" heading on, the rest of the container is reader comments. */
    private void commentsAfterHeading(boolean[] kept, String[] kinds) {
        int keptChars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            String t = page.text(blocks.get(i));
            PageText.Block b = blocks.get(i);
            boolean head = Lines.commentsHead(t);
            if (keptChars > 300 && head && b.linkDensity() < 0.5) {
                for (int j = i; j < blocks.size(); j++) {
                    if (kept[j] || j == i) {
                        kept[j] = false;
                        kinds[j] = "comments";
                    }
                }
                return;
            }
            if (kept[i]) {
                keptChars += t.length();
            }
        }
    }

    /**
     * Short blocks (under 100 characters) are main text only between the first and last paragraph of the
     * article, or joined to them by other kept blocks: elsewhere in the container they are sidebar headings,
     * labels and links.
     */
    private void shortBlocksNearText(boolean[] kept, String[] kinds) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            PageText.Block b = blocks.get(i);
            if (kept[i] && b.length() >= 100 && b.linkDensity() < 0.3) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        for (int i = first - 1, joined = 1; i >= 0; i--) {
            joined = kept[i] && joined == 1 ? 1 : 0;
            if (kept[i] && joined == 0 && blocks.get(i).length() < 100) {
                kept[i] = false;
                kinds[i] = "boilerplate";
            }
        }
        for (int i = last + 1, joined = 1; i < blocks.size(); i++) {
            joined = kept[i] && joined == 1 ? 1 : 0;
            if (kept[i] && joined == 0 && blocks.get(i).length() < 100) {
                kept[i] = false;
                kinds[i] = "boilerplate";
            }
        }
    }

    /** A subheading is main text only if main text follows it. */
    private void headingsNeedText(boolean[] kept, String[] kinds) {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (kept[i] && HEADINGS.contains(blocks.get(i).element().normalName())) {
                int j = i + 1;
                while (j < blocks.size() && !kept[j] && kinds[j] == null) {
                    j++;
                }
                if (j >= blocks.size() || !kept[j] || HEADINGS.contains(blocks.get(j).element().normalName())) {
                    kept[i] = false;
                    kinds[i] = "boilerplate";
                }
            }
        }
    }

    private Result finish(boolean[] kept, String[] kinds, int[] global, String title) {
        List<DroppedRegion> dropped = new ArrayList<>();
        String lastKind = null;
        int lastEnd = -1;
        int lastStart = -1;
        for (int i = 0; i < blocks.size(); i++) {
            PageText.Block b = blocks.get(i);
            if (kept[i]) {
                if (lastKind != null) {
                    dropped.add(new DroppedRegion(lastKind, lastStart, lastEnd));
                    lastKind = null;
                }
                continue;
            }
            String kind = kinds[i] != null ? kinds[i] : (global[i] & Roles.NEGATIVE) != 0 ? Roles.kind(global[i])
                    : isTitle(page.text(b), title) ? "title" : "boilerplate";
            if (kind.equals(lastKind)) {
                lastEnd = b.end();
            } else {
                if (lastKind != null) {
                    dropped.add(new DroppedRegion(lastKind, lastStart, lastEnd));
                }
                lastKind = kind;
                lastStart = b.start();
                lastEnd = b.end();
            }
        }
        if (lastKind != null) {
            dropped.add(new DroppedRegion(lastKind, lastStart, lastEnd));
        }
        return new Result(dropped, kept);
    }

    private static boolean isTitle(String t, String title) {
        return title != null && !title.isEmpty() && t.length() <= title.length() + 2 && t.length() > 10
                && title.startsWith(t.strip());
    }

    private boolean paragraphLike(PageText.Block b) {
        return b.length() >= 25 && b.linkDensity() < 0.5 && !HEADINGS.contains(b.element().normalName());
    }

    private double initial(Element e, boolean strict) {
        double s = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int r = page.roles(e);
        if ((r & Roles.BODY) != 0) {
            s += 50;
        } else if ((r & Roles.CONTENT) != 0) {
            s += 25;
        }
        if (strict && (r & Roles.NEGATIVE) != 0) {
            s -= 25;
        }
        return s;
    }

    /**
     * The role flags of a block: its inline flags and those of its elements up to (not including) {@code root},
     * or up to the document when root is null. With {@code guard}, an ancestor's negative flags do not count
     * if it holds more than half of the page's text (a wrapper named "page-with-sidebar").
     */
    private int flags(PageText.Block b, Element root, boolean guard) {
        int f = b.inline();
        for (Element e = b.element(); e != null && e != root; e = e.parent()) {
            int r = page.roles(e);
            if (r != 0) {
                if (guard && (r & Roles.NEGATIVE) != 0 && page.chars(e) * 2 > total) {
                    r &= ~Roles.NEGATIVE;
                }
                f |= r;
            }
        }
        return f;
    }

    /** An explicitly marked article body that holds the container, or that it holds and is most of it. */
    private Element widen(Element top) {
        Stats ts = stats.get(top);
        for (Element e = top; e != null; e = e.parent()) {
            if ((page.roles(e) & Roles.BODY) != 0) {
                return e;
            }
        }
        Element bestInner = null;
        int bestGood = 0;
        for (Element e : top.getAllElements()) {
            if (e != top && (page.roles(e) & Roles.BODY) != 0) {
                Stats s = stats.get(e);
                if (s != null && s.good > bestGood) {
                    bestGood = s.good;
                    bestInner = e;
                }
            }
        }
        if (bestInner != null && ts != null && bestGood >= 0.6 * ts.good) {
            return bestInner;
        }
        return top;
    }

    /** Siblings of the container that belong to the article (Readability's rule, in Dyad's terms). */
    private List<Element> siblings(Element top, double topScore) {
        List<Element> out = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null) {
            return out;
        }
        double threshold = Math.max(10, topScore * 0.2);
        for (Element s : parent.children()) {
            if (s == top) {
                continue;
            }
            int chars = page.chars(s);
            if (chars == 0) {
                continue;
            }
            Stats st = stats.get(s);
            double ld = linkDensity(s);
            if (st != null && st.candidate && st.score * (1 - ld) >= threshold && (page.roles(s) & Roles.NEGATIVE) == 0) {
                out.add(s);
            } else if (s.normalName().equals("p") && (page.roles(s) & Roles.NEGATIVE) == 0) {
                if ((chars > 80 && ld < 0.25) || (ld == 0 && s.text().matches("(?s).*\\.\\s*$"))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private double linkDensity(Element e) {
        int c = page.chars(e);
        return c == 0 ? 0 : (double) page.linkChars(e) / c;
    }

    private static Element within(Element e, Set<Element> region) {
        for (Element x = e; x != null; x = x.parent()) {
            if (region.contains(x)) {
                return x;
            }
        }
        return null;
    }

    private static int commas(String t) {
        int c = 0;
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (ch == ',' || ch == '，' || ch == '،') {
                c++;
            }
        }
        return c;
    }
}
