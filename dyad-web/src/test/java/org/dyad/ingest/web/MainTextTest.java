package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.DroppedRegion;
import org.junit.jupiter.api.Test;

class MainTextTest {

    static final String STORY = "Syria's president met the United Nations envoy in Damascus on Thursday, officials said, "
            + "in the first such meeting in months.";
    static final String PAGE = "<html lang=en><head><title>Assad meets UN envoy | The Daily</title>"
            + "<meta property='og:site_name' content='The Daily'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Assad meets UN envoy\","
            + "\"datePublished\":\"2014-06-05T10:00:00Z\"}</script></head><body>"
            + "<nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav>"
            + "<article><h1>Assad meets UN envoy</h1><div class=byline>By Jane Doe</div>"
            + "<figure><img src=a.jpg><figcaption>The envoy arrives in Damascus. (AP Photo/John Roe)</figcaption></figure>"
            + "<div class=article-body><p>" + STORY + "</p>"
            + "<p>The envoy, who has visited the region often, said the talks were frank, and that both sides had "
            + "agreed to meet again, possibly in Geneva, before the end of the month.</p>"
            + "<div class=ad>Advertisement</div>"
            + "<p>Neither side gave details of what was discussed, but diplomats said aid deliveries, prisoners "
            + "and a possible ceasefire in the north were on the agenda.</p></div>"
            + "<div class=related><h3>More stories</h3><ul><li><a href=/1>Rebels advance on Aleppo</a></li>"
            + "<li><a href=/2>Oil prices fall again as supply grows</a></li></ul></div>"
            + "<section id=comments><h3>3 Comments</h3><div class=comment><p>The US needs to sanction ALL countries "
            + "that deal with Assad, and I mean all of them, right now!!</p></div></section></article>"
            + "<footer>Copyright 2014 The Daily. All rights reserved.</footer></body></html>";

    @Test
    void keepsTheStoryAndDropsFurnitureCommentsCaptionsAndBylines() {
        HtmlExtractor.Page page = HtmlExtractor.extract(PAGE, "https://daily.example/world/2014/06/05/assad");
        String main = page.mainText();
        assertTrue(main.startsWith(STORY), main);
        assertTrue(main.contains("ceasefire in the north"), main);
        for (String gone : new String[] {"Home", "By Jane Doe", "AP Photo", "Advertisement", "Rebels advance",
            "sanction ALL", "Copyright", "Assad meets UN envoy"}) {
            assertFalse(main.contains(gone), gone + " in " + main);
        }
        Set<String> kinds = page.dropped().stream().map(DroppedRegion::kind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("navigation", "byline", "caption", "ads", "related", "comments", "title")),
                kinds.toString());
    }

    @Test
    void droppedRegionsAreOffsetsIntoTheWholeVisibleText() {
        HtmlExtractor.Page page = HtmlExtractor.extract(PAGE, "");
        for (DroppedRegion r : page.dropped()) {
            assertTrue(r.start() >= 0 && r.end() <= page.text().length());
        }
        DroppedRegion comments = page.dropped().stream().filter(r -> r.kind().equals("comments")).findFirst().orElseThrow();
        assertTrue(page.text().substring(comments.start(), comments.end()).contains("sanction ALL"));
        assertTrue(page.text().contains("\n\n" + STORY + "\n\n"), "blocks are separated by blank lines");
    }

    @Test
    void readsTitleOutletAndDateFromTheMetadata() {
        PageMeta meta = HtmlExtractor.extract(PAGE, "https://www.daily.example/x").meta();
        assertEquals("Assad meets UN envoy", meta.title());
        assertEquals("The Daily", meta.outlet());
        assertEquals(Optional.of(LocalDate.of(2014, 6, 5)), meta.published());
        assertEquals(Optional.of(LocalDate.of(2019, 11, 19)), PageMeta.urlDate("https://a.example/news/2019/11/19/story"));
    }

    @Test
    void twoLineBreaksSplitParagraphsAndBrokenMarkupStillReads() {
        String html = "<html><body><table><tr><td><p>" + STORY + "<br><br>" + STORY.replace("Syria", "Iraq")
                + "<br><br>" + STORY.replace("Syria", "Libya") + "<div><b>unclosed <i>tags everywhere"
                + "</table></body>";
        HtmlExtractor.Page page = HtmlExtractor.extract(html, "");
        assertTrue(page.mainText().contains("Iraq's president"), page.mainText());
        assertTrue(page.text().contains(STORY + "\n\nIraq"), page.text());
    }

    @Test
    void aCommentsHeadingEndsTheArticleEvenWithoutClassNames() {
        StringBuilder html = new StringBuilder("<html><body><div><p>" + STORY + "</p><p>" + STORY + "</p><p>" + STORY
                + "</p><p>Comments are now closed for this story</p>");
        for (int i = 0; i < 5; i++) {
            html.append("<p>Stephen B</p><p>The time has come for the tax and spend crowd to start cutting, I say, "
                    + "and you know it, everyone knows it!!</p>");
        }
        HtmlExtractor.Page page = HtmlExtractor.extract(html + "</div></body></html>", "");
        assertFalse(page.mainText().contains("tax and spend"), page.mainText());
        assertTrue(page.mainText().contains("Damascus"));
    }
}
