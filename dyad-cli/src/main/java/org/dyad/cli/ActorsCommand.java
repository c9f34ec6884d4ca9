package org.dyad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dyad.actors.ActorLookup;
import org.dyad.actors.ActorStage;
import org.dyad.model.DateRange;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad actors}: look names up as the coder would at a date, in bulk, or list what the dictionaries lack. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Look up an actor name at a date (the first match is the coder's choice),",
            "look up names in bulk (--batch), or list the unknown named actors of a corpus (--unknown)."})
final class ActorsCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "NAME|INPUT", description = "A name, or with --unknown the inputs.")
    List<String> args = List.of();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date of the lookup (default: today).")
    LocalDate date;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--batch", paramLabel = "FILE.tsv", description = "One name<TAB>YYYY-MM-DD a line; prints a JSON line each.")
        Path batch;

        @Option(names = "--unknown", description = "List unknown named actors in the inputs by frequency.")
        boolean unknown;
    }

    @Option(names = "--top", defaultValue = "50", description = "How many unknown names to list (default: ${DEFAULT-VALUE}).")
    int top;

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        if (mode.unknown) {
            return UnknownActors.report(args.stream().map(Path::of).toList(), top, json, out);
        }
        ActorLookup lookup = new ActorLookup(new ActorStage(Engine.resources().actors()));
        if (mode.batch != null) {
            try (BufferedReader in = Files.newBufferedReader(mode.batch, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = in.readLine()) != null) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] f = line.split("\t");
                    LocalDate d;
                    try {
                        d = f.length > 1 ? LocalDate.parse(f[1].strip()) : LocalDate.now();
                    } catch (DateTimeParseException e) {
                        System.err.println("dyad: " + mode.batch + ":" + n + ": bad date '" + f[1] + "'");
                        continue;
                    }
                    out.println(mapper.writeValueAsString(result(lookup, f[0].strip(), d)));
                }
            }
            return 0;
        }
        if (args.isEmpty()) {
            System.err.println("dyad actors: give a NAME, --batch FILE or --unknown INPUT...");
            return 2;
        }
        LocalDate d = date == null ? LocalDate.now() : date;
        ObjectNode r = result(lookup, String.join(" ", args), d);
        if (json) {
            out.println(mapper.writeValueAsString(r));
        } else {
            out.printf("%s at %s:%n", r.get("query").asText(), d);
            if (r.get("matches").isEmpty()) {
                out.println("  no match");
            }
            for (var m : r.get("matches")) {
                out.printf("  %-12s %-28s %-40s %-10s %-10s %s%n", m.get("code").asText(), m.get("name").asText(),
                        m.get("role").asText(), m.path("from").asText(""), m.path("to").asText(""),
                        m.get("source").asText());
            }
        }
        return 0;
    }

    private ObjectNode result(ActorLookup lookup, String name, LocalDate d) {
        ObjectNode r = mapper.createObjectNode();
        r.put("query", name);
        r.put("date", d.toString());
        ArrayNode matches = r.putArray("matches");
        for (ActorLookup.Match m : lookup.lookup(name, DateRange.day(d))) {
            ObjectNode o = matches.addObject();
            o.put("code", m.code().value());
            o.put("country", m.code().country().orElse(null));
            o.put("sector", m.code().sector().orElse(null));
            o.put("name", m.name());
            o.put("role", m.role());
            o.put("from", m.from().orElse(null));
            o.put("to", m.to().orElse(null));
            o.put("source", m.source());
        }
        return r;
    }
}
