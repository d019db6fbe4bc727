package org.penholder.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.penholder.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: headless commands over the same services as the window. */
@Command(
        name = "penholder",
        mixinStandardHelpOptions = true,
        scope = CommandLine.ScopeType.INHERIT,
        versionProvider = Version.class,
        description = {
            "A drafting desk for intergovernmental outcome documents.",
            "Run without a command to open the window: on the FILE given, else on the project open last time "
                    + "or, the first time, on the welcome screen."
        },
        subcommands = {
            SampleCommand.class,
            NewCommand.class,
            InfoCommand.class,
            CheckCommand.class,
            GenerateCommand.class,
            BenchCommand.class,
            ImportInputsCommand.class,
            InputsCommand.class,
            SearchCommand.class,
            StakeholdersCommand.class,
            ImportStakeholdersCommand.class,
            LinkCommand.class,
            LinksCommand.class,
            ReviseCommand.class,
            RevisionsCommand.class,
            HistoryCommand.class,
            CompareCommand.class,
            CompareDocxCommand.class,
            ProposeCommand.class,
            ProposalsCommand.class,
            DecideCommand.class,
            ExportCommand.class,
            ImportDraftCommand.class,
            ImportAmendmentsCommand.class,
            CoverageCommand.class,
            ReportCommand.class,
            ImportAgreedCommand.class,
            AgreedCommand.class
        },
        sortOptions = false)
public final class Cli {

    /** Exit code of a command that failed (a file that cannot be read, a wrong value). */
    public static final int FAILED = 1;
    /** Exit code of a command line that does not make sense. */
    public static final int USAGE = 2;

    private Cli() {}

    /** True when the arguments ask for a command rather than the window. */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return first.startsWith("-") || commandNames().contains(first);
    }

    /**
     * The subcommands' names and aliases, read from their annotations: building picocli's model of
     * every command (its options, their types) costs a noticeable part of the window's start.
     */
    static Set<String> commandNames() {
        return Arrays.stream(Cli.class.getAnnotation(Command.class).subcommands())
                .map(c -> c.getAnnotation(Command.class))
                .flatMap(c -> Stream.concat(Stream.of(c.name()), Arrays.stream(c.aliases())))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The command line with every command, as {@link #run} parses it. */
    static CommandLine commands() {
        return new CommandLine(new Cli());
    }

    /** Runs a command and returns its exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs a command with the given output streams (tests use this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : FAILED);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("penholder: " + message(e));
            return e instanceof CommandLine.ParameterException ? USAGE : FAILED;
        });
        return cl.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof StoreException || e instanceof CliException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
