package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dyad.eval.PetrarchScore;
import org.dyad.eval.PetrarchSuite;
import org.dyad.ingest.Item;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.pipeline.Pipeline;
import org.dyad.resources.UserDictionaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad validate}: codes the records of a TABARI/PETRARCH validation file with Dyad's pipeline and
 * the file's own dictionaries, and prints what was found, missed and extra, overall and by category.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Run a TABARI/PETRARCH validation file (e.g. PETR.UnitTest.records.xml): code each record's "
                + "text with the dictionaries its <Environment> names (or --dictionaries), and print expected events "
                + "found, missed and extra, overall and by category: an exact match on source, target and event "
                + "code, and a relaxed one on their first three letters and the code root.",
            "Event codes outside CAMEO that the verb dictionary declares are kept (validation dictionaries use "
                + "test codes)."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.xml", description = "The validation file.")
    Path file;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = "--all-categories", description = "Also code records of categories the file's <Include> leaves out.")
    boolean allCategories;

    @Option(names = "--quiet", description = "Print only the counts, not the misses and extras.")
    boolean quiet;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--rules", description = "Under each record with a miss or an extra, list every event Dyad coded "
            + "with the lexicon entry and rules that made it.")
    boolean rules;

    /** For --rules: what Dyad coded for each record, with its evidence rule. */
    private final List<List<String>> ruleLines = new ArrayList<>();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        PetrarchSuite suite;
        List<String> notes = new ArrayList<>();
        List<UserDictionaries.File> files;
        try {
            suite = PetrarchSuite.read(file);
            files = dictionaries.given()
                    ? UserDictionaries.find(dictionaries.dictionaries, notes) : environmentFiles(suite.environment());
            for (UserDictionaries.File f : files) {
                if (!java.nio.file.Files.isRegularFile(f.path())) {
                    throw new IllegalArgumentException("dictionary file not found: " + f.path());
                }
            }
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            err.println("dyad: " + e.getMessage());
            return 2;
        }
        // PETRARCH's require_dyad is a per-record option of the file: applied below, record by record
        Pipeline pipeline = dictionaries.pipeline(files, true, false, notes, err);
        List<PetrarchSuite.Record> records = new ArrayList<>();
        for (PetrarchSuite.Record r : suite.records()) {
            if (allCategories || suite.environment().runs(r.category())) {
                records.add(r);
            }
        }
        List<List<PetrarchScore.Event>> coded = code(pipeline, records, err);
        out.printf("== %s: %d records, %d coded (%s)%n", file.getFileName(), suite.records().size(), records.size(),
                allCategories || suite.environment().include().isEmpty() ? "all categories"
                        : "categories of <Include>: " + String.join(" ", suite.environment().include()));
        PetrarchScore.Result exact = PetrarchScore.score(records, coded, PetrarchScore.Match.EXACT);
        PetrarchScore.Result relaxed = PetrarchScore.score(records, coded, PetrarchScore.Match.RELAXED);
        print(exact, "exact match: source, target and event code as the suite writes them", out);
        print(relaxed, "relaxed match: first 3 letters of source and target, 2-digit code root", out);
        if (!quiet) {
            details(exact, records, rules ? ruleLines : null, out);
        }
        return 0;
    }

    private static List<UserDictionaries.File> environmentFiles(PetrarchSuite.Environment env) {
        List<UserDictionaries.File> files = new ArrayList<>();
        env.actors().forEach(p -> files.add(new UserDictionaries.File(UserDictionaries.Kind.ACTORS, p)));
        env.agents().forEach(p -> files.add(new UserDictionaries.File(UserDictionaries.Kind.AGENTS, p)));
        env.verbs().forEach(p -> files.add(new UserDictionaries.File(UserDictionaries.Kind.VERBS, p)));
        env.discards().forEach(p -> files.add(new UserDictionaries.File(UserDictionaries.Kind.DISCARDS, p)));
        return files;
    }

    /** Codes each record as a document of its own, dated by the record. */
    private List<List<PetrarchScore.Event>> code(Pipeline pipeline, List<PetrarchSuite.Record> records, PrintStream err) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            PetrarchSuite.Record r = records.get(i);
            Document d = new Document(i + ":" + r.id(), r.text(), r.date(), Map.of(), List.of());
            items.add(new Item.Doc(d, file.getFileName() + ":" + r.id()));
        }
        List<List<PetrarchScore.Event>> out = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            out.add(new ArrayList<>());
            ruleLines.add(new ArrayList<>());
        }
        Batch.Summary s = new Batch(pipeline, threads, err, false).run(items.iterator(), result -> {
            int index = Integer.parseInt(result.document().id().substring(0, result.document().id().indexOf(':')));
            boolean requireDyad = records.get(index).requireDyad();
            for (Event e : result.events()) {
                if (requireDyad && e.target().flatMap(t -> t.code()).isEmpty()) {
                    continue; // PETRARCH's require_dyad (on unless the file's <Config> turned it off)
                }
                PetrarchScore.Event coded = new PetrarchScore.Event(e.source().codeOr(""),
                        e.target().map(t -> t.codeOr("---")).orElse("---"), e.cameo().value());
                out.get(index).add(coded);
                ruleLines.get(index).add(coded + "  <- " + e.evidence().trigger() + " | " + e.evidence().rule());
            }
        });
        Batch.print(s, err);
        return out;
    }

    private static void print(PetrarchScore.Result r, String title, PrintStream out) {
        PetrarchScore.Counts o = r.overall();
        out.println(title);
        out.printf("  %-10s expected %4d   found %4d (%5.1f%%)   missed %4d   extra %4d (%5.1f%% of expected)%n",
                "overall", o.expected(), o.found(), 100 * o.foundShare(), o.expected() - o.found(), o.extra(),
                100 * o.extraShare());
        for (Map.Entry<String, PetrarchScore.Counts> e : r.byCategory().entrySet()) {
            PetrarchScore.Counts c = e.getValue();
            out.printf("  %-10s expected %4d   found %4d (%5.1f%%)   missed %4d   extra %4d%n", e.getKey(),
                    c.expected(), c.found(), 100 * c.foundShare(), c.expected() - c.found(), c.extra());
        }
    }

    /** Record by record: the misses and extras, with the text and all that Dyad coded. */
    private static void details(PetrarchScore.Result r, List<PetrarchSuite.Record> records,
                                List<List<String>> rules, PrintStream out) {
        out.println("misses and extras (exact match), by record:");
        for (int i = 0; i < records.size(); i++) {
            int index = i;
            List<PetrarchScore.Line> misses = r.misses().stream().filter(l -> l.record() == index).toList();
            List<PetrarchScore.Line> extras = r.extras().stream().filter(l -> l.record() == index).toList();
            if (misses.isEmpty() && extras.isEmpty()) {
                continue;
            }
            PetrarchSuite.Record rec = records.get(i);
            out.printf("  %s [%s] %s%n", rec.id(), rec.category(), rec.text());
            rec.error().ifPresent(e -> out.printf("      expects error %s (no event)%n", e));
            misses.forEach(m -> out.printf("      missed  %s%n", m.event()));
            extras.forEach(x -> out.printf("      extra   %s%n", x.event()));
            if (rules != null) {
                rules.get(i).forEach(l -> out.printf("      coded   %s%n", l));
            }
        }
    }
}
