package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.dyad.ingest.Item;
import org.dyad.ingest.web.HtmlExtractor;
import org.dyad.model.Document;
import org.dyad.model.DroppedRegion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: the main text of web pages, feeds and crawl archives, without coding them. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Print the main text of each document: HTML, RSS/Atom, WARC/ARC, JSON Lines, text; "
            + "directories and globs.",
            "With --json, one line per document: {\"id\",\"path\",\"url\",\"title\",\"date\",\"language\",\"text\","
                + "\"dropped\":[{\"kind\",\"start\",\"end\"}]}; \"text\" is the main text, and the dropped regions are "
                + "offsets into the page's whole visible text (printed as \"full_text\" with --full-text)."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR")
    List<Path> inputs;

    @Option(names = "--json", description = "One JSON object per document and line.")
    boolean json;

    @Option(names = "--full-text", description = "With --json: add the whole visible text as \"full_text\".")
    boolean fullText;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date for documents that give none.")
    LocalDate date;

    @Option(names = "--any-language", description = "Keep documents that are not in English (default: report and skip).")
    boolean anyLanguage;

    @Option(names = "--max-chars", defaultValue = "1000000", description = "Longest visible text (default: ${DEFAULT-VALUE}).")
    int maxChars;

    private static String str(Document d, String key) {
        Object v = d.metadata().get(key);
        return v == null ? null : v.toString();
    }

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Iterator<Item> items = WebReading.items(inputs, Optional.ofNullable(date), maxChars, !anyLanguage);
        int documents = 0;
        Map<String, Integer> problems = new TreeMap<>();
        try (Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            while (items.hasNext()) {
                Item i = items.next();
                if (i instanceof Item.Problem p) {
                    problems.merge(p.kind(), 1, Integer::sum);
                    System.err.println("dyad: " + p.where() + ": " + p.kind() + ": " + p.message());
                    continue;
                }
                documents++;
                Document d = ((Item.Doc) i).document();
                String main = HtmlExtractor.kept(d.text(), d.dropped());
                if (json) {
                    ObjectNode o = mapper.createObjectNode();
                    o.put("id", d.id());
                    o.put("path", String.valueOf(d.metadata().getOrDefault("path", i.where())));
                    o.put("url", str(d, "url"));
                    o.put("title", str(d, "title"));
                    o.put("date", d.published().map(LocalDate::toString).orElse(null));
                    o.put("language", str(d, "language"));
                    o.put("dup_cluster", str(d, "dup_cluster"));
                    o.put("text", main);
                    ArrayNode a = o.putArray("dropped");
                    for (DroppedRegion r : d.dropped()) {
                        a.addObject().put("kind", r.kind()).put("start", r.start()).put("end", r.end());
                    }
                    if (fullText) {
                        o.put("full_text", d.text());
                    }
                    out.write(mapper.writeValueAsString(o));
                    out.write('\n');
                } else {
                    out.write("# " + d.id() + " " + d.metadata().getOrDefault("url", i.where()) + " | "
                            + d.metadata().getOrDefault("title", "") + " | "
                            + d.published().map(LocalDate::toString).orElse("date unknown") + "\n");
                    out.write(main);
                    out.write("\n\n");
                }
            }
        }
        System.err.println("dyad: " + documents + " documents extracted"
                + (problems.isEmpty() ? "" : ", not extracted: " + problems));
        return documents == 0 && !problems.isEmpty() ? 1 : 0;
    }
}
