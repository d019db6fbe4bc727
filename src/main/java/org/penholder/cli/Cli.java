package org.penholder.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.penholder.store.StoreException;
import org.penholder.store.UntrustedProjectException;
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
            ContinueFromCommand.class,
            ImportAmendmentsCommand.class,
            CoverageCommand.class,
            ReportCommand.class,
            ImportAgreedCommand.class,
            AgreedCommand.class,
            BackupsCommand.class,
            RestoreCommand.class,
            CleanCopyCommand.class,
            FootnoteCommand.class,
            MergeCommand.class,
            SetLanguageCommand.class
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
     * When the first argument is neither a command, an option nor a file that exists, what to say
     * ("unknown command 'serch'; did you mean 'search'?"); empty otherwise (the window opens).
     */
    public static java.util.Optional<String> mistake(String[] args) {
        if (args.length == 0 || isCommand(args)) {
            return java.util.Optional.empty();
        }
        String first = args[0];
        try {
            if (java.nio.file.Files.exists(java.nio.file.Path.of(first))) {
                return java.util.Optional.empty();
            }
        } catch (java.nio.file.InvalidPathException e) {
            // not a path either
        }
        if (first.contains("/") || first.contains("\\") || first.contains(".")) {
            return java.util.Optional.of(
                    "'" + first + "' is neither a command nor a file that exists; see penholder --help");
        }
        String near = nearest(first);
        return java.util.Optional.of("unknown command '" + first + "'"
                + (near == null ? "; see penholder --help" : "; did you mean '" + near + "'?"));
    }

    /** The command closest to {@code typed} by edits (a letter added, dropped, changed or two swapped), if close. */
    static String nearest(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : commandNames().stream().sorted().toList()) {
            int d = edits(typed.toLowerCase(java.util.Locale.ROOT), name);
            if (d < bestDistance) {
                best = name;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(1, Math.min(2, typed.length() / 3)) ? best : null;
    }

    /** Optimal string alignment distance: Levenshtein plus swaps of neighbours ("serach"). */
    static int edits(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
        // UTF-8 whatever the console's code page: JSON and names in Arabic or Chinese survive a pipe to a file
        return run(
                args,
                new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
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
        if (e instanceof UntrustedProjectException u) {
            return u.getMessage() + ": penholder clean-copy " + u.file() + " --out NEW.penholder";
        }
        if (e instanceof StoreException || e instanceof CliException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
