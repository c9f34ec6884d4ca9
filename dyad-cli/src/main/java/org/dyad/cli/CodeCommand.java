package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.export.EventJson;
import org.dyad.export.EventTsv;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: code text files, directories and JSON Lines into events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code news into events: JSON Lines (or TSV) on stdout or --out.",
            "Inputs: .txt files (file name = id), directories of them, .jsonl/.jsonl.gz with one "
                + "{\"id\",\"date\",\"text\",...} object a line.",
            "Web inputs (main text only): .html/.htm(.gz), RSS/Atom feeds (.xml/.rss/.atom), .warc/.arc(.gz), "
                + "JSON Lines records with \"html\"; directories and globs mixing them."})
final class CodeCommand implements Callable<Integer> {

    enum Format { jsonl, tsv }

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or directories to code.")
    List<Path> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that carry none (relative dates resolve against it).")
    LocalDate date;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write events here instead of stdout.")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or tsv.")
    Format format;

    @Option(names = "--documents", paramLabel = "FILE",
            description = "Also write one JSON line per document: sentences, events, dropped regions.")
    Path documents;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-chars", defaultValue = "1000000",
            description = "Longest document to code, in characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--any-language", description = "Code texts that do not look English (default: skip them).")
    boolean anyLanguage;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        java.util.Iterator<org.dyad.ingest.Item> items = WebReading.items(inputs, Optional.ofNullable(date), maxChars,
                !anyLanguage);
        Pipeline pipeline = dictionaries.pipeline(err);
        ObjectMapper json = new ObjectMapper();
        try (Writer w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             Writer docs = documents == null ? Writer.nullWriter() : Files.newBufferedWriter(documents, StandardCharsets.UTF_8)) {
            if (format == Format.tsv) {
                w.write(EventTsv.header());
                w.write('\n');
            }
            Batch.Summary s = new Batch(pipeline, threads, err, out != null).run(items, r -> {
                try {
                    for (Event e : r.events()) {
                        w.write(format == Format.tsv ? EventTsv.line(e) : EventJson.line(e));
                        w.write('\n');
                    }
                    if (documents != null) {
                        ObjectNode d = json.createObjectNode();
                        d.put("doc", r.document().id());
                        d.put("date", r.document().published().map(LocalDate::toString).orElse(null));
                        d.put("sentences", r.parsed().sentences().size());
                        d.put("events", r.events().size());
                        d.set("dropped", EventJson.dropped(r.document().text(), r.document().dropped()));
                        docs.write(json.writeValueAsString(d));
                        docs.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
            Batch.print(s, err);
            return s.coded() == 0 && s.documents() > 0 ? 1 : 0;
        }
    }
}
