package org.dyad.ingest.web;

import java.util.regex.Pattern;

/**
 * What a short block of text says it is, whatever its markup: boilerplate ("Advertisement", "Read more"),
 * a byline or credit line, a bare date, a photo caption or credit, a line of the reader-comments machinery,
 * or the heading of the comments. Dyad's own patterns, English-language sites' usual wording.
 */
final class Lines {

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^\\W*(advertisement|advertising|sponsored( content)?"
            + "|related( stories| articles| coverage| content| news| links)?:?|read (more|next|also)\\b.*"
            + "|see also\\b.*|share( this)?( (article|story|page))?( on .*)?|share|tweet|email|print|comments?"
            + "|click here\\b.*|sign up\\b.*|subscribe\\b.*|follow us\\b.*|also read\\b.*|recommended( for you)?"
            + "|(image|photo|picture|video|graphic)( credit)?s?:.*|(copyright|©|\\(c\\)) .*|.*all rights reserved\\.?"
            + "|more (on|from|about) .{0,60}|top stories|most (read|popular|viewed)|trending( now)?|loading\\W*"
            + "|skip to .*|back to top|next( story| article)?|previous( story| article)?|watch:.*|listen:.*"
            + "|continue reading\\b.*|story continues below.*|updated:? .{0,40}|published:? .{0,40}|posted:? .{0,40})\\W*$");
    private static final Pattern BYLINE = Pattern.compile("^(By|BY|From|Written by|Reporting by)\\s+\\p{Lu}[\\p{L}.'’-]+"
            + "(\\s+\\p{Lu}[\\p{L}.'’-]+){0,3}(\\s*(,|and|&)\\s*(\\p{Lu}[\\p{L}.'’-]+\\s*){1,4})*"
            + "(\\s*[,|/·•-]\\s*.{0,60})?$");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^[\\w ,.:/|-]{0,20}\\b(\\d{1,2}|jan|feb|mar|apr|may|jun|jul"
            + "|aug|sep|oct|nov|dec)\\w*[ ,./-]+\\d{1,2}\\w*[ ,./-]+\\d{2,4}\\b[\\w ,.:/|()+-]{0,40}$");
    private static final Pattern COMMENTS_HEAD = Pattern.compile("(?i)^\\W*(\\d+\\s+)?(reader(s')? )?(comments?|responses"
            + "|replies|leave a (reply|comment)|post a comment|add (a|your) comment|join the (discussion|conversation)"
            + "|discussion|what do you think\\??|have your say|your (views|say|comments)|reactions?|talkback"
            + "|readers'? (comments|views)|\\d+ (comments?|responses))(\\s*\\(\\d+\\))?\\W*$");
    /** Lines that invite or introduce reader comments. */
    private static final Pattern COMMENTS_LINE = Pattern.compile("(?i)\\b((comments?|feedback|discussion|thread)"
            + " (are|is|has been|have been) (now )?closed|thanks? (you )?for your (comments?|feedback)|report this post"
            + "|(post|leave|add|submit|send|write|share) (a |your |us your )?(comments?|reply|response|views|thoughts)"
            + "|(your|readers'?) (views|comments|say|reactions) (on|about) this|have your say|join the (discussion"
            + "|conversation|debate)|talkback|message boards?|comments? (on|about) this (story|article|post)"
            + "|reader comments|\\d+ (comments?|responses|replies)\\b|comments? \\(\\d+\\)|sort comments|oldest first"
            + "|newest first|log ?in to (comment|reply)|sign in to (comment|reply)|comments? policy|report abuse"
            + "|you must be (logged|signed) in|characters? (left|remaining)|not be (published|displayed)"
            + "|(please )?limit your comments|(by )?posting,? you agree|terms (and|&) conditions|house rules)");
    /** The head of a posted comment: "Posted by: Dom, London on 5:19pm". */
    private static final Pattern POSTED_BY = Pattern.compile("(?i)^(posted|written|submitted) by:? .{1,60}\\b(on|at|\\d)\\b.*");
    /** Photo captions and credits: "(AP Photo/...)", "REUTERS/...", "Getty Images", "(Name / AGENCY)". */
    private static final Pattern CAPTION_TEXT = Pattern.compile("(\\(AP Photo|AP Photo/|\\bREUTERS/|Getty Images|AFP PHOTO"
            + "|AFP via Getty|\\bEPA/|\\(Photo:|\\bPhoto: |\\bPhotograph: |\\bFile photo\\b|\\bFILE PHOTO\\b|Photo credit"
            + "|\\bImage (credit|source): |\\((\\p{Lu}[\\p{L}.'-]+ ){1,3}\\s?/\\s?(THE )?\\p{Lu}[\\p{Lu} .]{1,30}\\)\\s*$)");
    /** Credit and signature lines: "CTV.ca News Staff", "-- Scott Ferguson", "Associated Press". */
    private static final Pattern CREDIT_LINE = Pattern.compile("^((-|–|—){1,2}\\s*\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,3}"
            + "|.{0,40}\\b(News )?(Staff|Staff Writer|Staff Reporter|Correspondent|Wire Services?|News Services?|Associated Press"
            + "|Reuters|AFP|Agencies|Press Association)|(The )?(Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg))\\.?$");
    private Lines() {
    }

    /** The dropped-region kind of a block of main-text container, or null if it reads as article text. */
    static String kind(String t) {
        int n = t.length();
        if (n < 160 && BOILERPLATE.matcher(t).matches()) {
            return "boilerplate";
        }
        if (n < 120 && BYLINE.matcher(t).matches()) {
            return "byline";
        }
        if (n < 80 && DATE_LINE.matcher(t).matches()) {
            return "boilerplate";
        }
        if (n < 400 && CAPTION_TEXT.matcher(t).find()) {
            return "caption";
        }
        if (n < 60 && CREDIT_LINE.matcher(t).matches()) {
            return "byline";
        }
        if (n < 300 && COMMENTS_LINE.matcher(t).find()) {
            return "comments";
        }
        return null;
    }

    /** True if the block opens the reader comments: everything after it in the container is comments. */
    static boolean commentsHead(String t) {
        return t.length() < 60 && COMMENTS_HEAD.matcher(t).matches()
                || t.length() < 120 && (COMMENTS_LINE.matcher(t).find() || POSTED_BY.matcher(t).matches());
    }
}
