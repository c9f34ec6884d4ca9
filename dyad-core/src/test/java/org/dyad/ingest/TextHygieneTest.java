package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;

class TextHygieneTest {

    private static List<DroppedRegion> dropped(String text) {
        return TextHygiene.clean(Document.of("t", text, LocalDate.of(2020, 1, 1))).dropped();
    }

    @Test
    void appendedCommentThreadIsDroppedToTheEnd() throws IOException {
        String text = Files.readString(Shared.path("seeds/004_7c50f89431310de7.txt"));
        Document d = TextHygiene.clean(Document.of("seed-004", text, LocalDate.of(2017, 9, 15)));
        DroppedRegion comments = d.dropped().stream().filter(r -> r.kind().equals("comments")).findFirst().orElseThrow();
        int thread = text.indexOf("  1. Sure also RuSSia");
        assertTrue(comments.start() <= thread && comments.start() > thread - 10, "starts at the thread: " + comments);
        assertEquals(text.length(), comments.end());
        assertTrue(!d.isDropped(text.indexOf("Assad thanked the leading Shiite")), "the article stays");
    }

    @Test
    void repeatedCaptionsAndCreditsAreDroppedEveryTime() throws IOException {
        String text = Files.readString(Shared.path("seeds/000_61582710b36a0283.txt"));
        Document d = TextHygiene.clean(Document.of("seed-000", text, LocalDate.of(2014, 6, 6)));
        int first = text.indexOf("Syrian President Bashar Assad gestures");
        int second = text.indexOf("Syrian President Bashar Assad gestures", first + 1);
        assertTrue(d.isDropped(first) && d.isDropped(second));
        assertTrue(d.isDropped(text.indexOf("Ben Norton contributed")), "reporting credit");
        assertTrue(d.isDropped(text.indexOf("This article originally stated")), "correction");
        assertTrue(!d.isDropped(text.indexOf("Supreme leader Kim Jong Un")));
    }

    @Test
    void articleWithoutCommentsLosesNothing() {
        String text = "Iran and Iraq signed a deal on Monday.\n\nThe deal covers oil.\n\n"
                + "Officials said talks would continue.\n\nBoth sides welcomed it.\n";
        assertEquals(List.of(), dropped(text));
    }

    @Test
    void numberedCommentsAfterAnArticleAreDropped() {
        String article = "Russia and Ukraine held talks in Istanbul on Tuesday, officials said.\n\n"
                + "The talks focused on prisoner exchanges and grain exports.\n\n"
                + "A third round is planned for next month, according to the Turkish foreign ministry.\n\n"
                + "Diplomats described the mood as constructive.\n\n";
        String thread = "  1. I think you are all wrong about this lol\n\n"
                + "    Reply\n\n  2. My view: the US should sanction everyone!!\n";
        List<DroppedRegion> d = dropped(article + thread);
        assertEquals(1, d.size());
        assertEquals("comments", d.get(0).kind());
        assertEquals(article.length(), d.get(0).start());
    }

    @Test
    void slugTagsGluedToTheFirstLineAreDropped() {
        String text = "kim-jong-un , bashar-assad-syriaSyrian President Bashar al-Assad has thanked Iran.\n";
        List<DroppedRegion> d = dropped(text);
        assertEquals(1, d.size());
        assertEquals("tags", d.get(0).kind());
        assertEquals(text.indexOf("Syrian President"), d.get(0).end());
    }

    @Test
    void bylineIsBoilerplate() {
        List<DroppedRegion> d = dropped("By John Smith\n\nIran and Iraq signed a deal on Monday.\n");
        assertEquals(1, d.size());
        assertEquals("boilerplate", d.get(0).kind());
    }
}
