package org.dyad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.actors.Mention;
import org.dyad.ingest.Item;
import org.dyad.model.DroppedRegion;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dyad parse}: shows what the coder sees, sentence by sentence: tokens in CoNLL-U columns with
 * offsets, time expressions, actor mentions and dropped regions. For checking why an event was or was
 * not coded.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Show the parse Dyad codes from: tokens, dependencies, dates, actor mentions, dropped text.")
final class ParseCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT")
    List<Path> inputs;

    @Mixin
    DictionaryOptions dictionaries;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    LocalDate date;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Pipeline pipeline = dictionaries.pipeline(System.err);
        java.util.Iterator<Item> items = WebReading.items(inputs, Optional.ofNullable(date), 1_000_000, false);
        while (items.hasNext()) {
            Item i = items.next();
            if (!(i instanceof Item.Doc d)) {
                System.err.println("dyad: " + i.where() + ": " + ((Item.Problem) i).message());
                continue;
            }
            Pipeline.Result r = pipeline.code(d.document());
            out.println("# doc " + r.document().id() + " date " + r.document().published().map(Object::toString).orElse("-"));
            for (DroppedRegion dr : r.document().dropped()) {
                out.println("# dropped " + dr.kind() + " " + dr.start() + ".." + dr.end());
            }
            for (Sentence s : r.parsed().sentences()) {
                out.println("# sentence " + s.index() + " [" + s.start() + ".." + s.end() + "] " + s.text().replace('\n', ' '));
                for (TimeExpression tx : s.times()) {
                    out.println("# time " + tx.first() + ".." + tx.last() + " '" + tx.text() + "' = " + tx.value()
                            + tx.range().map(x -> " (" + x + ")").orElse(""));
                }
                for (Mention m : r.actors().mentions(s.index())) {
                    out.println("# mention " + m.first() + ".." + m.last() + " '" + m.name() + "' "
                            + (m.isUnknown() ? "UNKNOWN" : m.entries().stream().map(ParseCommand::describe).toList()));
                }
                for (org.dyad.model.Event e : r.events()) {
                    if (e.sentence() == s.index()) {
                        out.println("# event " + e.source().codeOr("?") + " (" + e.source().text() + ") -> "
                                + e.target().map(t -> t.codeOr("?") + " (" + t.text() + ")").orElse("-") + " "
                                + e.cameo() + " " + e.date().map(Object::toString).orElse("") + " | "
                                + e.evidence().trigger() + " | " + e.evidence().rule());
                    }
                }
                for (Token t : s.tokens()) {
                    out.printf("%d\t%s\t%s\t%s\t%d\t%s\t%d-%d%n", t.index() + 1, t.text(), t.lemma(), t.pos(), t.head() + 1,
                            t.rel(), t.start(), t.end());
                }
                out.println();
            }
        }
        return 0;
    }

    private static String describe(org.dyad.actors.Entry e) {
        if (e instanceof org.dyad.actors.Entry.Country c) {
            return c.code() + "/" + c.form();
        }
        if (e instanceof org.dyad.actors.Entry.Organization o) {
            return o.code() + "/org";
        }
        if (e instanceof org.dyad.actors.Entry.Agent a) {
            return a.sector() + "/agent";
        }
        return ((org.dyad.actors.Entry.PersonName) e).person().name() + "/person";
    }
}
