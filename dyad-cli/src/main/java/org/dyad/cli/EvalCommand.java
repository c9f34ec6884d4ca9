package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.eval.GoldSet;
import org.dyad.eval.Prediction;
import org.dyad.eval.Scorer;
import org.dyad.ingest.Item;
import org.dyad.model.Document;
import org.dyad.model.Event;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad eval}: scores Dyad against gold event sets, by the rule of ../shared/gold/FORMAT.md. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score events against a gold set: precision, recall and F1 overall and per type,",
            "comment leaks, and the misses and extras. Codes the gold texts unless --pred is given."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold set(s) (JSON Lines).")
    List<Path> gold;

    @Option(names = "--pred", paramLabel = "FILE", description = "Score these predictions instead of coding.")
    Path pred;

    @Option(names = "--quiet", description = "Print only the scores, not the misses and extras.")
    boolean quiet;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads for coding.")
    int threads;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        for (Path g : gold) {
            GoldSet set = GoldSet.read(g);
            List<Prediction> predictions = pred != null ? readPredictions(pred) : code(set);
            Scorer.Result r = Scorer.score(set, predictions);
            print(r, out, !quiet);
        }
        return 0;
    }

    private List<Prediction> code(GoldSet set) {
        List<Item> items = new ArrayList<>();
        for (GoldSet.Case c : set.cases()) {
            items.add(new Item.Doc(new Document(c.id(), c.text(), c.date(), Map.of(), List.of()), set.name()));
        }
        List<Prediction> out = new ArrayList<>();
        Iterator<Item> it = items.iterator();
        Batch.Summary s = new Batch(dictionaries.pipeline(System.err), threads, System.err, false).run(it, r -> {
            for (Event e : r.events()) {
                out.add(Prediction.of(e));
            }
        });
        System.err.printf("dyad: coded %d cases of %s: %d events in %.1f s%n", s.coded(), set.name(), s.events(),
                s.seconds());
        return out;
    }

    private static List<Prediction> readPredictions(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Prediction> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(Prediction.of(json.readTree(line)));
                }
            }
        }
        return out;
    }

    static void print(Scorer.Result r, PrintStream out, boolean details) {
        Scorer.Counts o = r.overall();
        out.printf("== %s%n", r.gold());
        out.printf("overall  P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)   comment leaks: %d%n",
                o.precision(), o.recall(), o.f1(), o.tp(), o.fp(), o.fn(), r.leaks());
        out.println("per type:");
        for (Map.Entry<String, Scorer.Counts> e : r.byType().entrySet()) {
            Scorer.Counts c = e.getValue();
            out.printf("  %-10s P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)%n", e.getKey(), c.precision(),
                    c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
        }
        if (!details) {
            return;
        }
        out.println("misses:");
        for (Scorer.Miss m : r.misses()) {
            out.printf("  %s  %s -> %s %s  %s%n", m.doc(), m.gold().source(), m.gold().target().orElse("(any)"),
                    m.gold().types(), m.gold().note());
        }
        out.println("extras:");
        for (Scorer.Extra x : r.extras()) {
            String s = x.sentence().replace('\n', ' ');
            out.printf("  %s  %s%s  | %s%n", x.doc(), x.key(), x.leak() ? " [COMMENT LEAK]" : "",
                    s.length() > 160 ? s.substring(0, 160) + "..." : s);
        }
    }
}
