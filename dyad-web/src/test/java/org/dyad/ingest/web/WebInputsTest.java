package org.dyad.ingest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.dyad.ingest.Item;
import org.dyad.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebInputsTest {

    @TempDir
    Path dir;

    static final String ARTICLE = MainTextTest.PAGE;

    static WebDocuments docs(boolean englishOnly) {
        return new WebDocuments(new WebDocuments.Options(Optional.empty(), 1_000_000, englishOnly, 5 << 20),
                new NearDuplicates(1000));
    }

    static List<Item> read(WebDocuments docs, String... args) {
        List<Item> out = new ArrayList<>();
        WebInputs.of(List.of(args), docs).forEachRemaining(out::add);
        return out;
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(bo)) {
            o.write(b);
        }
        return bo.toByteArray();
    }

    @Test
    void aDirectoryMixingFormatsYieldsEveryDocumentAndEveryProblem() throws IOException {
        Files.writeString(dir.resolve("a.html"), ARTICLE);
        Files.write(dir.resolve("b.htm.gz"), gzip(ARTICLE.replace("Damascus", "Beirut").getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve("c.txt"), MainTextTest.STORY + " " + MainTextTest.STORY);
        Files.writeString(dir.resolve("d.jsonl"), "{\"id\":\"j1\",\"date\":\"2014-06-06\",\"url\":\"https://x.example/a\","
                + "\"html\":" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(ARTICLE) + "}\n"
                + "{\"id\":\"j2\",\"text\":\"" + MainTextTest.STORY + "\",\"outlet\":\"Wire\",\"negative_from\":null}\n{broken\n");
        Files.writeString(dir.resolve("e.rss"), "<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>"
                + "<item><title>Envoy visit</title><link>https://news.example/envoy</link>"
                + "<pubDate>Thu, 05 Jun 2014 10:00:00 GMT</pubDate><description>&lt;p&gt;" + MainTextTest.STORY
                + "&lt;/p&gt;</description></item></channel></rss>");
        Files.writeString(dir.resolve("f.xml"), "<html><body>this is not a feed");
        List<Item> items = read(docs(true), dir.toString());
        long docs = items.stream().filter(i -> i instanceof Item.Doc).count();
        List<String> kinds = items.stream().filter(i -> i instanceof Item.Problem).map(i -> ((Item.Problem) i).kind()).toList();
        assertEquals(6, docs, items.toString());
        assertEquals(List.of("json", "feed"), kinds);
        Item.Doc feed = (Item.Doc) items.stream().filter(i -> i.where().endsWith("e.rss:1")).findFirst().orElseThrow();
        assertEquals("https://news.example/envoy", feed.document().metadata().get("url"));
        assertEquals(Optional.of(LocalDate.of(2014, 6, 5)), feed.document().published());
        Item.Doc j1 = (Item.Doc) items.stream().filter(i -> i instanceof Item.Doc d && d.document().id().equals("j1"))
                .findFirst().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2014, 6, 5)), j1.document().published(), "the page's own date wins");
        assertTrue(j1.document().isDropped(j1.document().text().indexOf("sanction ALL")));
        Item.Doc j2 = (Item.Doc) items.stream().filter(i -> i instanceof Item.Doc d && d.document().id().equals("j2"))
                .findFirst().orElseThrow();
        assertEquals("Wire", j2.document().metadata().get("outlet"), "extra fields pass through; a null one is absent");
        assertFalse(j2.document().metadata().containsKey("negative_from"));
    }

    @Test
    void nearDuplicatesShareTheFirstDocumentsCluster() throws IOException {
        Files.writeString(dir.resolve("a.html"), ARTICLE);
        Files.writeString(dir.resolve("b.html"), ARTICLE.replace("The Daily", "The Other Paper").replace("frank", "open"));
        Files.writeString(dir.resolve("c.html"), ARTICLE.replace(MainTextTest.STORY, "Completely different words about "
                + "football, weather and the markets fill this paragraph instead, with nothing in common at all.")
                .replace("The envoy, who", "Nobody who").replace("Neither side", "The striker"));
        List<Item> items = read(docs(true), dir.resolve("*.html").toString());
        assertEquals(3, items.size(), items.toString());
        Object first = ((Item.Doc) items.get(0)).document().metadata().get("dup_cluster");
        assertEquals(((Item.Doc) items.get(0)).document().id(), first);
        assertEquals(first, ((Item.Doc) items.get(1)).document().metadata().get("dup_cluster"));
        assertFalse(first.equals(((Item.Doc) items.get(2)).document().metadata().get("dup_cluster")));
    }

    @Test
    void nonEnglishPagesAreReportedAndSkipped() throws IOException {
        String french = "<html><body><article><p>Le président syrien a rencontré l'envoyé des Nations unies à Damas "
                + "jeudi, ont indiqué des responsables, pour la première fois depuis des mois. Il a dit que les "
                + "discussions étaient franches et que les deux parties se reverraient avant la fin du mois.</p>"
                + "</article></body></html>";
        Files.writeString(dir.resolve("fr.html"), french);
        Item.Problem p = (Item.Problem) read(docs(true), dir.resolve("fr.html").toString()).get(0);
        assertEquals("language", p.kind());
        assertTrue(p.message().contains("'fr'"), p.message());
        assertEquals("fr", ((Item.Doc) read(docs(false), dir.resolve("fr.html").toString()).get(0)).document()
                .metadata().get("language"));
    }

    @Test
    void aWrongCharsetDeclarationDoesNotGarbleUtf8() throws IOException {
        String html = "<html><head><meta charset='iso-8859-1'></head><body><p>" + MainTextTest.STORY
                + " Türkiye’s minister said “no”.</p></body></html>";
        Files.write(dir.resolve("x.html"), html.getBytes(StandardCharsets.UTF_8));
        Item.Doc d = (Item.Doc) read(docs(true), dir.resolve("x.html").toString()).get(0);
        assertTrue(d.document().text().contains("Türkiye’s minister said “no”"), d.document().text());
        byte[] latin = html.replace("’", "'").replace("“", "\"").replace("”", "\"").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("y.html"), latin);
        Item.Doc l = (Item.Doc) read(docs(true), dir.resolve("y.html").toString()).get(0);
        assertTrue(l.document().text().contains("Türkiye's"), l.document().text());
    }

    @Test
    void aHugePageIsReadOnlyUpToTheByteLimit() throws IOException {
        StringBuilder sb = new StringBuilder("<html><body><article><p>" + MainTextTest.STORY + "</p>");
        String filler = "<div class=sidebar><a href=/x>link</a></div>\n";
        while (sb.length() < 12 << 20) {
            sb.append(filler);
        }
        Files.writeString(dir.resolve("big.html"), sb);
        WebDocuments small = new WebDocuments(new WebDocuments.Options(Optional.empty(), 1_000_000, true, 1 << 20),
                new NearDuplicates(10));
        Item i = read(small, dir.resolve("big.html").toString()).get(0);
        Item.Doc d = (Item.Doc) i;
        assertEquals(1 << 20, d.document().metadata().get("truncated_at_bytes"));
        assertTrue(HtmlExtractor.kept(d.document().text(), d.document().dropped()).contains("Damascus"));
    }

    @Test
    void aTruncatedGzipKeepsWhatWasReadAndABrokenWarcKeepsEarlierRecords() throws IOException {
        byte[] gz = gzip(ARTICLE.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.html.gz"), Arrays.copyOf(gz, gz.length - 20));
        Item cut = read(docs(true), dir.resolve("cut.html.gz").toString()).get(0);
        assertTrue(cut instanceof Item.Doc d && d.document().metadata().containsKey("read_error"), cut.toString());

        byte[] warc = Files.readAllBytes(Shared.path("corpora/warc/aut/warc_example.warc.gz"));
        Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length / 2));
        List<Item> items = read(docs(false), dir.resolve("cut.warc.gz").toString());
        long docs = items.stream().filter(i -> i instanceof Item.Doc).count();
        Item last = items.get(items.size() - 1);
        assertTrue(docs > 10, "documents before the break: " + docs);
        assertTrue(last instanceof Item.Problem p && p.kind().equals("warc"), last.toString());
    }

    @Test
    void garbageAndEmptyFilesAreProblemsNotCrashes() throws IOException {
        Files.write(dir.resolve("bin.html"), new byte[] {0, 1, 2, 3, 0, 0, 7});
        Files.write(dir.resolve("empty.html"), new byte[0]);
        Files.writeString(dir.resolve("junk.warc"), "this is not a warc file at all\n\n");
        List<Item> items = read(docs(true), dir.resolve("bin.html").toString(), dir.resolve("empty.html").toString(),
                dir.resolve("junk.warc").toString(), dir.resolve("missing.html").toString());
        assertEquals(List.of("binary", "empty", "warc", "io"),
                items.stream().map(i -> ((Item.Problem) i).kind()).toList());
    }
}
