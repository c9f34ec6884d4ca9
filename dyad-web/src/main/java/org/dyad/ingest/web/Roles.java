package org.dyad.ingest.web;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's tag, class, id, role and itemprop say it is, as bit flags: page furniture (navigation,
 * footer, sidebar), reader comments, related-story lists, share widgets, ads, captions, bylines, or the
 * article body. Judged on the element alone; {@link PageText} combines an element's flags with its
 * ancestors'. The class/id words are the ones sites use in practice (studied on trafilatura's and
 * Readability's lists, written here as Dyad's own).
 */
final class Roles {

    static final int NAV = 1;
    static final int FOOTER = 1 << 1;
    static final int ASIDE = 1 << 2;
    static final int COMMENTS = 1 << 3;
    static final int RELATED = 1 << 4;
    static final int SHARE = 1 << 5;
    static final int ADS = 1 << 6;
    static final int CAPTION = 1 << 7;
    static final int BYLINE = 1 << 8;
    static final int FORM = 1 << 9;
    static final int HEADER = 1 << 10;
    static final int PROMO = 1 << 11;
    static final int META = 1 << 12;
    /** Positive: words such as article, content, story, post. */
    static final int CONTENT = 1 << 16;
    /** Strongly positive: itemprop=articleBody, article-body, story-body, entry-content... */
    static final int BODY = 1 << 17;

    /** Flags that put a block outside the main text wherever they occur. */
    static final int NEGATIVE = NAV | FOOTER | ASIDE | COMMENTS | RELATED | SHARE | ADS | CAPTION | BYLINE | FORM
            | HEADER | PROMO | META;

    private static final Pattern COMMENTS_RE = Pattern.compile(
            "comment|disqus|discuss|respond|repl(y|ies)|livefyre|talkback|viafoura|coral-|user-?post|forum");
    private static final Pattern RELATED_RE = Pattern.compile("related|recommend|more-?(stories|news|from|articles|on|in)"
            + "|trending|popular|most-?(read|viewed|shared|emailed)|outbrain|taboola|recirc|read-?more|also-?read"
            + "|you-?may|next-?(article|story|post)|other-?(stories|news)|headlines|teaser|latest|top-?stories"
            + "|linklist|link-?list|morelinks|see-?also|further-?reading|story-?list|newsfeed|ticker");
    private static final Pattern SHARE_RE = Pattern.compile("share|sharing|social|addthis|sociable|follow-?us|print"
            + "|toolbar|article-?tools|story-?tools|bookmark|rating|vote|like-?button|tags?-?(list|links)?$|^tags|keywords");
    private static final Pattern ADS_RE = Pattern.compile("(^|[-_ ])(ad|ads|adv|advert\\w*|advertisement|adslot|adunit"
            + "|adbox|adwrap\\w*|dfp|gpt|sponsor\\w*|banner|commercial|doubleclick|googlead\\w*)([-_ ]|$)"
            + "|advertis|sponsored|adsense");
    private static final Pattern NAV_RE = Pattern.compile("(^|[-_ ])nav|menu|breadcrumb|masthead|skip-?(link|to)"
            + "|pagination|pager|site-?header|global-?header|top-?bar|jump-?to|subnav|topnav|section-?links");
    private static final Pattern FOOTER_RE = Pattern.compile("footer|copyright|legal|disclaimer|site-?info|colophon");
    private static final Pattern ASIDE_RE = Pattern.compile("sidebar|side-?bar|(^|[-_ ])(rail|aside|sidecol|widget\\w*"
            + "|right-?col\\w*|left-?col\\w*|col-?right|col-?left|secondary|supplement\\w*)([-_ ]|$)|module-?box");
    private static final Pattern CAPTION_RE = Pattern.compile("caption|credit|photo-?(info|desc)|image-?(info|desc|meta)"
            + "|media-?(info|meta)|gallery|slideshow|lightbox|(^|[-_ ])(figure|img|image|photo|picture|video|player)([-_ ]|$)");
    private static final Pattern BYLINE_RE = Pattern.compile("byline|by-line|(^|[-_ ])(author\\w*|writer|contributor"
            + "|reporter|posted-?by)([-_ ]|$)|author-?(bio|info|box|name)");
    private static final Pattern PROMO_RE = Pattern.compile("newsletter|subscri|signup|sign-?up|paywall-?(promo|prompt)"
            + "|register|login|log-?in|promo|cta|call-?to-?action|donate|membership|alert-?box|cookie|consent|gdpr"
            + "|popup|modal|overlay|app-?download");
    private static final Pattern META_RE = Pattern.compile("(^|[-_ ])(date\\w*|time\\w*|timestamp|published|updated|posted"
            + "|dateline|article-?meta|post-?meta|entry-?meta|meta|info-?bar|kicker|eyebrow|category|section-?name"
            + "|read-?time|reading-?time)([-_ ]|$)");
    private static final Pattern BODY_RE = Pattern.compile("article-?body|articlebody|article__body|article_body"
            + "|story-?body|storybody|post-?body|postbody|entry-?content|post-?content|article-?content|articlecontent"
            + "|story-?content|article-?text|articletext|body-?text|bodytext|story-?text|storytext|td-post-content"
            + "|field-?name-?body|field-?body|rich-?text|article__content|article-?main|main-?article|story__body"
            + "|body-?copy|article-?copy|caas-body|zn-body|entry-?body|news-?body|newsbody|text-?body|content-?body"
            + "|article-?inner|articleinner|post-?entry|single-?content|detail-?body|article-?detail|story-?detail");
    private static final Pattern CONTENT_RE = Pattern.compile("article|body|content|entry|main|post|text|blog|story|hentry"
            + "|prose|news");

    private Roles() {
    }

    /** The element's own flags: from its tag, role, itemprop, class and id. */
    static int of(Element e) {
        String tag = e.normalName();
        int flags = switch (tag) {
            case "nav" -> NAV;
            case "footer" -> FOOTER;
            case "aside" -> ASIDE;
            case "form", "button", "select", "input", "textarea", "label" -> FORM;
            case "header" -> HEADER;
            case "figcaption" -> CAPTION;
            case "figure", "picture" -> CAPTION;
            case "article" -> CONTENT;
            case "main" -> CONTENT;
            default -> 0;
        };
        if (e.attributesSize() == 0) {
            return flags;
        }
        String role = e.attr("role");
        if (!role.isEmpty()) {
            switch (role.toLowerCase(Locale.ROOT)) {
                case "navigation", "menu", "menubar", "search" -> flags |= NAV;
                case "contentinfo" -> flags |= FOOTER;
                case "complementary" -> flags |= ASIDE;
                case "banner" -> flags |= HEADER;
                case "main", "article" -> flags |= CONTENT;
                default -> { }
            }
        }
        String itemprop = e.attr("itemprop");
        if (itemprop.equalsIgnoreCase("articleBody") || itemprop.equalsIgnoreCase("reviewBody")) {
            return BODY | CONTENT;
        }
        String words = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).trim();
        if (words.isEmpty()) {
            return flags;
        }
        String key = tag + '\u0001' + words;
        Integer known = CACHE.get(key);
        if (known == null) {
            known = ofWords(tag, words);
            if (CACHE.size() > 100_000) {
                CACHE.clear();
            }
            CACHE.put(key, known);
        }
        if ((known & BODY) != 0) {
            flags &= ~(HEADER | CAPTION | ASIDE);
        }
        return flags | known;
    }

    /** Class and id words, judged once per tag and spelling: pages and sites repeat them. */
    private static final java.util.Map<String, Integer> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static int ofWords(String tag, String words) {
        int flags = 0;
        boolean strongBody = BODY_RE.matcher(words).find();
        if (COMMENTS_RE.matcher(words).find()) {
            return flags | COMMENTS;
        }
        if (strongBody) {
            return (flags & ~(HEADER | CAPTION | ASIDE)) | BODY | CONTENT;
        }
        if (tag.equals("body") || tag.equals("html")) {
            return flags;
        }
        int neg = 0;
        if (RELATED_RE.matcher(words).find()) {
            neg |= RELATED;
        }
        if (ADS_RE.matcher(words).find()) {
            neg |= ADS;
        }
        if (SHARE_RE.matcher(words).find()) {
            neg |= SHARE;
        }
        if (NAV_RE.matcher(words).find()) {
            neg |= NAV;
        }
        if (FOOTER_RE.matcher(words).find()) {
            neg |= FOOTER;
        }
        if (ASIDE_RE.matcher(words).find()) {
            neg |= ASIDE;
        }
        if (CAPTION_RE.matcher(words).find()) {
            neg |= CAPTION;
        }
        if (BYLINE_RE.matcher(words).find()) {
            neg |= BYLINE;
        }
        if (PROMO_RE.matcher(words).find()) {
            neg |= PROMO;
        }
        if (META_RE.matcher(words).find()) {
            neg |= META;
        }
        if (CONTENT_RE.matcher(words).find()) {
            flags |= CONTENT;
        }
        if ((tag.equals("article") || tag.equals("main")) && neg != 0) {
            // an <article> or <main> is content whatever its classes say
            return flags;
        }
        return flags | neg;
    }

    /** True if the element is never visible text: scripts, styles, embedded objects, hidden elements. */
    static boolean invisible(Element e) {
        switch (e.normalName()) {
            case "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head",
                    "select", "option", "textarea", "canvas", "video", "audio", "map", "input", "button", "dialog",
                    "title", "meta", "link", "base" -> {
                return true;
            }
            default -> { }
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
            if (s.contains("display:none") || s.contains("visibility:hidden")) {
                return true;
            }
        }
        String cls = e.className();
        if (!cls.isEmpty()) {
            String c = cls.toLowerCase(Locale.ROOT);
            return c.contains("sr-only") || c.contains("visually-hidden") || c.contains("visuallyhidden")
                    || c.contains("screen-reader");
        }
        return false;
    }

    /** The dropped-region kind a block with these (negative) flags gets. */
    static String kind(int flags) {
        if ((flags & COMMENTS) != 0) {
            return "comments";
        }
        if ((flags & RELATED) != 0) {
            return "related";
        }
        if ((flags & ADS) != 0) {
            return "ads";
        }
        if ((flags & CAPTION) != 0) {
            return "caption";
        }
        if ((flags & BYLINE) != 0) {
            return "byline";
        }
        if ((flags & (NAV | HEADER)) != 0) {
            return "navigation";
        }
        return "boilerplate";
    }
}
