package org.grille.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code grille} command line: scores a batch of applications with the bundled catalog (or a catalog
 * directory) and explains any one of them.
 *
 * <p>Exit codes: 0 every application assessed; 3 some applications rejected (the others are in the output);
 * 4 nothing usable (the input or the catalog could not be read); 2 usage error; 1 for {@code validate} and
 * {@code test}: the catalog is invalid or a scenario fails; 5 an unexpected internal error (a bug to report); 6 the
 * output file could not be written (full disk, quota, read-only or missing folder), the earlier one is untouched.
 * {@code publish} exits 4 when the plan funds nothing: the standard's file needs one grant.
 */
@Command(name = "grille",
        mixinStandardHelpOptions = true,
        versionProvider = Grille.Version.class,
        subcommands = {ScoreCommand.class, ExplainCommand.class, AllocateCommand.class, AuditCommand.class, ConflictsCommand.class,
                ValidateCommand.class, TestCommand.class, DiffCommand.class, PartnersCommand.class, CommandLine.HelpCommand.class,
                ReportCommand.class, RecordCommand.class, RecheckCommand.class, PublishCommand.class, LettersCommand.class},
        description = {
                "Note les demandes du programme Montréal inclusive / Scores Montréal inclusive grant applications.",
                "Codes de sortie / exit codes: 0 = OK, 1 = invalid catalog or failed scenario (validate, test),",
                "2 = usage, 3 = some applications rejected, 4 = nothing usable,",
                "5 = internal error (a bug: please report the line printed),",
                "6 = output file not written (the earlier one is untouched)."
        })
public final class Grille {

    /** Read from the parse result by {@link OutputWidth}; declared here so every command takes it. */
    @CommandLine.Option(names = "--width", paramLabel = "N", scope = CommandLine.ScopeType.INHERIT,
            description = "Largeur des tables et messages en colonnes (défaut : le terminal, 80 hors terminal) "
                    + "/ width of tables and messages in columns (default: the terminal's, 80 otherwise).")
    Integer width;

    static final int EXIT_OK = 0;
    static final int EXIT_USAGE = 2;
    static final int EXIT_SOME_REJECTED = 3;
    static final int EXIT_NOTHING_USABLE = 4;
    static final int EXIT_INTERNAL = 5;
    static final int EXIT_NOT_WRITTEN = 6;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args));
    }

    /** Runs the command line with these streams; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Grille());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(new Failures());
        PrintWriter[] fitted = new PrintWriter[2];
        commandLine.setExecutionStrategy(parseResult -> {
            CommandLine.ParseResult command = innermost(parseResult);
            Integer given = OutputWidth.given(parseResult);
            if (given != null && !OutputWidth.allowed(given)) {
                err.println(text(command).get("error.width", String.valueOf(given), OutputWidth.NARROWEST, OutputWidth.WIDEST));
                return EXIT_USAGE;
            }
            int width = OutputWidth.of(command, given);
            if (width != FittedOutput.UNLIMITED) {
                fitted[0] = FittedOutput.of(out, width);
                fitted[1] = FittedOutput.of(err, width);
                commandLine.setOut(fitted[0]);
                commandLine.setErr(fitted[1]);
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        int code = commandLine.execute(args);
        for (PrintWriter writer : fitted) {
            if (writer != null) {
                writer.flush();
            }
        }
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine.ParseResult innermost(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        return command;
    }

    /** The words of the language the command asked for with --lang. */
    private static Text text(CommandLine.ParseResult command) {
        Object lang = command.hasMatchedOption("--lang") ? command.matchedOptionValue("--lang", null) : null;
        return new Text(lang != null && "en".equals(lang.toString()) ? java.util.Locale.CANADA : java.util.Locale.CANADA_FRENCH);
    }

    /** The version from the jar's manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Grille.class.getPackage().getImplementationVersion();
            return new String[] {"grille " + (version == null ? "dev" : version)};
        }
    }
}
