package org.dyad.ingest.web;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A page's whole visible text, as a reader sees it: one block per block-level element (paragraph, list
 * item, heading, table cell, div holding text), blocks separated by a blank line, {@code <br>} a line break
 * within a block, runs of white space one space. Scripts, styles, forms' controls and hidden elements are
 * not text. Each block remembers the element it came from, how much of it is link text, and the roles
 * ({@link Roles}) of the elements around it, which is all that main-text extraction needs.
 */
public final class PageText {

    /**
     * One block of visible text.
     *
     * @param start     first character in {@link PageText#text()}
     * @param end       last character, exclusive
     * @param element   the block-level element holding the text
     * @param linkChars characters of the block inside links
     * @param inline    role flags shared by all the inline elements the text sits in (a byline span)
     * @param fragment  true if the element's text makes several blocks (paragraphs split by {@code <br><br>})
     */
    public record Block(int start, int end, Element element, int linkChars, int inline, boolean fragment) {
        public int length() {
            return end - start;
        }

        public double linkDensity() {
            return end == start ? 0 : (double) linkChars / (end - start);
        }
    }

    private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
            "ul", "caption", "legend", "noframes", "frameset", "frame", "output");

    private final String text;
    private final List<Block> blocks;
    private final Map<Element, Integer> roles;
    private final Map<Element, int[]> sizes;

    private PageText(String text, List<Block> blocks, Map<Element, Integer> roles, Map<Element, int[]> sizes) {
        this.text = text;
        this.blocks = List.copyOf(blocks);
        this.roles = roles;
        this.sizes = sizes;
    }

    /** The visible text of {@code root} (usually the body). */
    public static PageText of(Element root) {
        Builder b = new Builder();
        NodeTraversor.filter(b, root);
        b.flush();
        return new PageText(b.out.toString(), b.blocks, b.roles, b.sizes);
    }

    public String text() {
        return text;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** The element's own role flags (0 when it has none). */
    int roles(Element e) {
        Integer r = roles.get(e);
        return r == null ? 0 : r;
    }

    /** Characters of visible text inside the element. */
    int chars(Element e) {
        int[] s = sizes.get(e);
        return s == null ? 0 : s[0];
    }

    /** Characters of link text inside the element. */
    int linkChars(Element e) {
        int[] s = sizes.get(e);
        return s == null ? 0 : s[1];
    }

    public String text(Block b) {
        return text.substring(b.start(), b.end());
    }

    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** Walks the tree once, writing blocks as block elements open and close. */
    private static final class Builder implements NodeFilter {
        private final StringBuilder out = new StringBuilder(1 << 14);
        private final StringBuilder cur = new StringBuilder(1 << 10);
        private final List<Block> blocks = new ArrayList<>();
        private final Map<Element, Integer> roles = new IdentityHashMap<>();
        private final Map<Element, int[]> sizes = new IdentityHashMap<>();
        private final ArrayList<int[]> opened = new ArrayList<>();
        private int appended;
        private int linkAppended;
        private final ArrayList<Element> blockStack = new ArrayList<>();
        private int linkDepth;
        private int linkChars;
        private int inlineDepth;
        private int inlineFlags = -1;
        private final ArrayList<Integer> inlineStack = new ArrayList<>();
        private boolean space;
        private int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (Roles.invisible(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            int own = Roles.of(e);
            if (own != 0) {
                roles.put(e, own);
            }
            opened.add(new int[] {appended, linkAppended});
            String tag = e.normalName();
            if (tag.equals("br")) {
                trimEnd();
                if (cur.length() > 0 && cur.charAt(cur.length() - 1) == '\n') {
                    flush(); // two line breaks in a row end a paragraph, as they do to a reader
                } else if (cur.length() > 0) {
                    cur.append('\n');
                    space = true;
                }
                return FilterResult.CONTINUE;
            }
            if (BLOCK_TAGS.contains(tag)) {
                flush();
                blockStack.add(e);
                if (tag.equals("pre")) {
                    preDepth++;
                }
            } else {
                if (tag.equals("a")) {
                    linkDepth++;
                }
                inlineStack.add(own);
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                int[] at = opened.remove(opened.size() - 1);
                if (appended > at[0]) {
                    sizes.put(e, new int[] {appended - at[0], linkAppended - at[1]});
                }
                String tag = e.normalName();
                if (tag.equals("br")) {
                    return FilterResult.CONTINUE;
                }
                if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    blockStack.remove(blockStack.size() - 1);
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                } else {
                    if (tag.equals("a")) {
                        linkDepth--;
                    }
                    inlineStack.remove(inlineStack.size() - 1);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void append(TextNode t) {
            String s = t.getWholeText();
            int before = cur.length();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (preDepth > 0 && c == '\n') {
                    trimEnd();
                    if (cur.length() > 0) {
                        cur.append('\n');
                    }
                    space = true;
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\f'
                        || c == '\u200b' || c == '\u2028' || c == '\u2029' || c == '\u3000') {
                    space = cur.length() > 0 || space;
                } else if (c >= 0x20 || c == 0) {
                    if (c == 0 || (c >= 0x7f && c < 0xa0) || c == '\ufffe' || c == '\uffff') {
                        continue;
                    }
                    if (space && cur.length() > 0 && cur.charAt(cur.length() - 1) != '\n') {
                        cur.append(' ');
                    }
                    space = false;
                    cur.append(c);
                }
            }
            int added = cur.length() - before;
            if (added > 0) {
                appended += added;
                if (linkDepth > 0) {
                    linkChars += added;
                    linkAppended += added;
                }
                int f = 0;
                for (int i = 0; i < inlineStack.size(); i++) {
                    f |= inlineStack.get(i);
                }
                inlineFlags = inlineFlags == -1 ? f : inlineFlags & f;
            }
        }

        private void trimEnd() {
            int n = cur.length();
            while (n > 0 && cur.charAt(n - 1) == ' ') {
                n--;
            }
            cur.setLength(n);
        }

        void flush() {
            trimEnd();
            int n = cur.length();
            while (n > 0 && cur.charAt(n - 1) == '\n') {
                n--;
            }
            cur.setLength(n);
            if (n > 0 && !blockStack.isEmpty()) {
                if (!out.isEmpty()) {
                    out.append("\n\n");
                }
                int start = out.length();
                out.append(cur);
                Element e = blockStack.get(blockStack.size() - 1);
                boolean fragment = false;
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).element() == e) {
                    Block prev = blocks.get(blocks.size() - 1);
                    if (!prev.fragment()) {
                        blocks.set(blocks.size() - 1, new Block(prev.start(), prev.end(), e, prev.linkChars(),
                                prev.inline(), true));
                    }
                    fragment = true;
                }
                blocks.add(new Block(start, out.length(), e, Math.min(linkChars, n),
                        inlineFlags == -1 ? 0 : inlineFlags, fragment));
            }
            cur.setLength(0);
            linkChars = 0;
            inlineFlags = -1;
            space = false;
        }
    }
}
