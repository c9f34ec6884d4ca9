package org.dyad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is reported per document and the reading goes on. */
class InputsTest {

    @TempDir
    Path dir;

    private static final String ENGLISH = "Iran and Iraq signed a deal on Monday, officials said. The deal covers oil "
            + "and gas, and it was welcomed by the United Nations. Talks on a second agreement will begin in May, "
            + "according to the foreign ministry of Iraq, which said that it expected more progress.";

    private List<Item> read(Path... paths) {
        List<Item> out = new ArrayList<>();
        Inputs.of(List.of(paths), new Inputs.Options(Optional.of(LocalDate.of(2020, 1, 1)), 1_000_000, true))
                .forEachRemaining(out::add);
        return out;
    }

    private static List<String> kinds(List<Item> items) {
        return items.stream().map(i -> i instanceof Item.Problem p ? p.kind() : "doc").toList();
    }

    @Test
    void badFilesInADirectoryAreEachReportedAndTheGoodOnesRead() throws IOException {
        Files.writeString(dir.resolve("a-good.txt"), ENGLISH);
        Files.writeString(dir.resolve("b-empty.txt"), "");
        Files.write(dir.resolve("c-binary.txt"), new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("d-latin1.txt"), "Caf\u00e9 in Z\u00fcrich".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("e-huge.txt"), "word ".repeat(1_100_000));
        Files.writeString(dir.resolve("f-french.txt"), "Le gouvernement fran\u00e7ais a annonc\u00e9 mardi une "
                + "nouvelle r\u00e9forme des retraites qui sera pr\u00e9sent\u00e9e au Parlement le mois prochain, "
                + "selon le porte-parole du minist\u00e8re, qui a ajout\u00e9 que les syndicats seraient consult\u00e9s "
                + "avant la fin de l'ann\u00e9e et que le texte serait vot\u00e9 au printemps.");
        Files.writeString(dir.resolve("g-good.txt"), ENGLISH);
        List<Item> items = read(dir);
        assertEquals(List.of("doc", "empty", "binary", "encoding", "too-large", "language", "doc"), kinds(items));
        Item.Doc first = (Item.Doc) items.get(0);
        assertEquals("a-good", first.document().id());
        assertEquals(LocalDate.of(2020, 1, 1), first.document().published().get());
    }

    @Test
    void malformedJsonLinesAreReportedAndOtherLinesRead() throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, String.join("\n",
                "{\"id\": \"one\", \"date\": \"2014-06-06\", \"text\": \"" + ENGLISH + "\", \"url\": \"http://x\", "
                        + "\"topic\": {\"a\": 1}}",
                "{\"id\": \"two\", \"text\": ",
                "not json at all",
                "{\"id\": \"three\", \"title\": \"no text\"}",
                "[1, 2, 3]",
                "",
                "{\"id\": \"four\", \"date\": \"June 2014\", \"text\": \"" + ENGLISH + "\"}") + "\n");
        List<Item> items = read(f);
        assertEquals(List.of("doc", "json", "json", "missing-text", "json", "doc"), kinds(items));
        Item.Doc one = (Item.Doc) items.get(0);
        assertEquals("one", one.document().id());
        assertEquals(LocalDate.of(2014, 6, 6), one.document().published().get());
        assertEquals("http://x", one.document().metadata().get("url"), "extra fields pass through");
        assertTrue(items.get(1).where().endsWith("c.jsonl:2"));
        Item.Doc four = (Item.Doc) items.get(5);
        assertEquals(LocalDate.of(2020, 1, 1), four.document().published().get(), "unreadable date: --date");
    }

    @Test
    void truncatedGzipKeepsWhatWasReadAndReportsTheRest() throws IOException {
        Path f = dir.resolve("t.jsonl.gz");
        StringBuilder lines = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3000; i++) {
            lines.append("{\"id\": \"d").append(i).append("\", \"n\": \"").append(random.nextLong())
                    .append(random.nextLong()).append("\", \"text\": \"").append(ENGLISH).append("\"}\n");
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(all, all.length / 2));
        List<Item> items = read(f);
        assertTrue(items.size() > 1);
        assertEquals("io", kinds(items).get(items.size() - 1));
        assertTrue(kinds(items).subList(0, items.size() - 1).stream().allMatch("doc"::equals));
    }

    @Test
    void missingFileIsAProblemNotACrash() {
        assertEquals(List.of("io"), kinds(read(dir.resolve("nope.txt"))));
    }
}
