package org.dyad.resources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.PetrarchActors;
import org.dyad.actors.PetrarchAgents;
import org.dyad.coding.Conventions;
import org.dyad.coding.Lexicon;
import org.dyad.coding.PetrarchVerbs;
import org.dyad.ingest.Discards;
import org.dyad.model.CameoCode;
import org.dyad.ontology.Ontology;

/**
 * Resources built from users' TABARI/PETRARCH dictionaries, on top of Dyad's own or instead of them.
 *
 * <p>Precedence, by kind of dictionary (actors, agents, verbs, discards):
 * <ul>
 *   <li>{@link Mode#REPLACE}: for each kind the user supplies, Dyad's own files of that kind are not
 *       loaded (user actors replace Dyad's countries, organisations and people; user verbs replace Dyad's
 *       verb and noun lexicon); kinds the user does not supply come from Dyad.</li>
 *   <li>{@link Mode#ADD}: the user's entries are added first, then Dyad's. A name both know matches both;
 *       the coder takes the first entry of a kind, so the user's wins a tie for the same name. A verb
 *       pattern's specificity decides first; on equal specificity the user's entry wins.</li>
 * </ul>
 * Dyad has no discard list of its own, so discards always come from the user. Each file is read by its
 * reader ({@link PetrarchActors}, {@link PetrarchAgents}, {@link PetrarchVerbs}, {@link Discards}),
 * which documents the format and reports what it left out.
 */
public final class UserDictionaries {

    /** How user dictionaries combine with Dyad's. */
    public enum Mode { REPLACE, ADD }

    /** The kinds of user dictionary. */
    public enum Kind { ACTORS, AGENTS, VERBS, DISCARDS }

    /** One user dictionary file and its kind. */
    public record File(Kind kind, Path path) {
    }

    /** What loading made: the resources, the discards, the reverse codes of paired verb codes, the reports. */
    public record Loaded(Resources resources, Discards discards, Map<String, CameoCode> reverseCodes,
                         List<ImportReport> reports, List<String> notes) {
    }

    private UserDictionaries() {
    }

    /**
     * The dictionary files named by {@code specs}: {@code KIND=PATH} ({@code verbs=CAMEO.2.0.txt}), a file
     * whose name says its kind ({@code *actors*}, {@code *agents*}, {@code *verbs*}, {@code *discards*}),
     * or a directory, whose files are taken by their names. Files of no known kind in a directory are left
     * out and noted.
     */
    public static List<File> find(List<String> specs, List<String> notes) {
        List<File> out = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq > 0 && kind(spec.substring(0, eq)).isPresent()) {
                out.add(new File(kind(spec.substring(0, eq)).get(), Path.of(spec.substring(eq + 1))));
                continue;
            }
            Path p = Path.of(spec);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.list(p)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        Optional<Kind> k = kindOfName(f);
                        if (k.isPresent()) {
                            out.add(new File(k.get(), f));
                        } else {
                            notes.add("left out " + f + ": its name says no kind (write KIND=PATH to use it)");
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("listing " + p, e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(new File(kindOfName(p).orElseThrow(() -> new IllegalArgumentException(
                        p + ": cannot tell the kind of dictionary from its name; write actors=, agents=, verbs= or "
                                + "discards= before it")), p));
            } else {
                throw new IllegalArgumentException("no such dictionary file or directory: " + spec);
            }
        }
        return out;
    }

    private static Optional<Kind> kind(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        for (Kind k : Kind.values()) {
            if (k.name().toLowerCase(Locale.ROOT).replaceAll("s$", "").equals(w)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Optional<Kind> kindOfName(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.contains("actor")) {
            return Optional.of(Kind.ACTORS);
        }
        if (n.contains("agent")) {
            return Optional.of(Kind.AGENTS);
        }
        if (n.contains("discard")) {
            return Optional.of(Kind.DISCARDS);
        }
        return n.contains("verb") ? Optional.of(Kind.VERBS) : Optional.empty();
    }

    /** Loads the files with Dyad's own data as {@code mode} says, into one {@link Resources}. */
    public static Loaded load(List<File> files, Mode mode, PetrarchVerbs.Options options) {
        Ontology ontology = Ontology.load();
        List<ImportReport> reports = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean userActors = has(files, Kind.ACTORS);
        boolean userAgents = has(files, Kind.AGENTS);
        boolean userVerbs = has(files, Kind.VERBS);

        ActorDictionary.Builder actors = ActorDictionary.builder();
        for (File f : files) {
            if (f.kind() == Kind.ACTORS) {
                reports.add(PetrarchActors.read(f.path(), actors));
            } else if (f.kind() == Kind.AGENTS) {
                reports.add(PetrarchAgents.read(f.path(), actors));
            }
        }
        boolean dyadNames = mode == Mode.ADD || !userActors;
        boolean dyadAgents = mode == Mode.ADD || !userAgents;
        actors.addBundled(dyadNames, dyadAgents);
        notes.add("actors: " + (dyadNames ? "Dyad's names" : "no Dyad names") + ", "
                + (dyadAgents ? "Dyad's agents" : "no Dyad agents") + (userActors || userAgents ? ", user's first" : ""));

        Lexicon.Builder lexicon = Lexicon.builder(ontology.cameo());
        Map<String, CameoCode> reverse = new HashMap<>();
        for (File f : files) {
            if (f.kind() == Kind.VERBS) {
                PetrarchVerbs v = PetrarchVerbs.read(f.path(), ontology.cameo(), options);
                v.entries().forEach(lexicon::addVerb);
                reverse.putAll(v.reverseCodes());
                reports.add(v.report());
            }
        }
        if (mode == Mode.ADD || !userVerbs) {
            lexicon.addVerbs(DataFile.resource("dyad/lexicon/verbs.tsv"))
                    .addNouns(DataFile.resource("dyad/lexicon/nouns.tsv"));
            notes.add("lexicon: Dyad's verbs and nouns" + (userVerbs ? ", after the user's" : ""));
        } else {
            // the codes are the user's alone: code them as PETRARCH does (no CAMEO derivations)
            lexicon.conventions(Conventions.PETRARCH);
            notes.add("lexicon: the user's verbs only, coded by PETRARCH's conventions");
        }

        List<Discards> discards = new ArrayList<>();
        for (File f : files) {
            if (f.kind() == Kind.DISCARDS) {
                ImportReport r = new ImportReport(f.path().getFileName().toString(), "discards");
                discards.add(Discards.read(f.path(), r));
                reports.add(r);
            }
        }
        Resources resources = new Resources(ontology, actors.build(), lexicon.build());
        return new Loaded(resources, Discards.of(discards), reverse, reports, notes);
    }

    private static boolean has(List<File> files, Kind kind) {
        return files.stream().anyMatch(f -> f.kind() == kind);
    }
}
