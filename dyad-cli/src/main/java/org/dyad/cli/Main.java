package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Dyad's command line. Composition root: each command builds what it needs from {@link Engine}
 * (resources, then pipeline) and returns an exit code.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Political event data from news: who did what to whom, when, and according to whom.",
        subcommands = {CodeCommand.class, EvalCommand.class, BenchCommand.class, ParseCommand.class, ActorsCommand.class, IngestCommand.class, ExportCommand.class, QueryCommand.class, StoreBenchCommand.class, ValidateCommand.class, ExtractCommand.class, WatchCommand.class, BenchExtractCommand.class, ServeCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }
}
