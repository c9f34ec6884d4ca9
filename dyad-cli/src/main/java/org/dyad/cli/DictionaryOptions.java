package org.dyad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coding.Conventions;
import org.dyad.coding.PetrarchVerbs;
import org.dyad.nlp.corenlp.CoreNlpVerbLemmas;
import org.dyad.pipeline.ImportedRules;
import org.dyad.pipeline.Pipeline;
import org.dyad.resources.ImportReport;
import org.dyad.resources.UserDictionaries;
import picocli.CommandLine.Option;

/**
 * Options shared by the commands that code ({@code code}, {@code eval}, {@code validate}): users'
 * TABARI/PETRARCH dictionaries, instead of Dyad's own or on top of them. Precedence rules:
 * {@link UserDictionaries}.
 */
final class DictionaryOptions {

    @Option(names = "--dictionaries", split = ",", paramLabel = "DIR_OR_FILE",
            description = {"Users' TABARI/PETRARCH dictionaries: directories, files whose names say their kind "
                    + "(*actors*, *agents*, *verbs*, *discards*), or KIND=FILE (e.g. verbs=CAMEO.2.0.txt)."})
    List<String> dictionaries = new ArrayList<>();

    @Option(names = "--dictionary-mode", defaultValue = "replace", paramLabel = "replace|add",
            description = {"replace (default): each kind of dictionary given replaces Dyad's own of that kind; "
                    + "add: the user's entries are added before Dyad's and win ties."})
    UserDictionaries.Mode mode;

    @Option(names = "--user-codes",
            description = "Keep event codes of the user's verb dictionary that are not in CAMEO (e.g. 903, 075A), "
                    + "with no quad class, Goldstein value or PLOVER type. Default: skip them.")
    boolean userCodes;

    @Option(names = "--import-warnings", description = "Print every line the importers left out, with the reason.")
    boolean importWarnings;

    boolean given() {
        return !dictionaries.isEmpty();
    }

    private Pipeline imported;

    /** Dyad's pipeline, or one over the user's dictionaries when some are given (imported once). */
    Pipeline pipeline(PrintStream err) {
        if (!given()) {
            return Engine.pipeline();
        }
        if (imported == null) {
            List<String> notes = new ArrayList<>();
            List<UserDictionaries.File> files = UserDictionaries.find(dictionaries, notes);
            imported = pipeline(files, userCodes, notes, err);
        }
        return imported;
    }

    /** A pipeline over these dictionary files, in this object's mode; the import summary goes to {@code err}. */
    Pipeline pipeline(List<UserDictionaries.File> files, boolean keepUserCodes, List<String> notes, PrintStream err) {
        return pipeline(files, keepUserCodes, true, notes, err);
    }

    /**
     * As {@link #pipeline(List, boolean, List, PrintStream)}; with {@code requireDyad} false, events with no
     * target are kept even under PETRARCH's conventions (the caller applies PETRARCH's require_dyad itself).
     */
    Pipeline pipeline(List<UserDictionaries.File> files, boolean keepUserCodes, boolean requireDyad,
                      List<String> notes, PrintStream err) {
        UserDictionaries.Loaded loaded = UserDictionaries.load(files, mode,
                new PetrarchVerbs.Options(keepUserCodes, new CoreNlpVerbLemmas()));
        notes.forEach(n -> err.println("dyad: " + n));
        loaded.notes().forEach(n -> err.println("dyad: " + mode.name().toLowerCase() + " mode, " + n));
        for (ImportReport r : loaded.reports()) {
            err.println("dyad: imported " + r.summary());
            if (importWarnings) {
                r.warnings().forEach(w -> err.println("  " + w));
            }
        }
        boolean petrarch = loaded.resources().lexicon().conventions() == Conventions.PETRARCH;
        return new Pipeline(loaded.resources(), Engine.parser(),
                new ImportedRules(loaded.discards(), loaded.reverseCodes(), petrarch && requireDyad));
    }
}
