package org.grille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grille validate DIR}: every problem of a catalog directory, with file, line and rule. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Vérifie un dossier de catalogue avant sa mise en service / checks a catalog directory before it goes live.",
                "Code de sortie / exit code: 0 = valide / valid, 1 = invalide / invalid."})
final class ValidateCommand implements Callable<Integer> {

    static final int EXIT_INVALID = 1;

    /** The largest file a problem's line is quoted from: the largest catalog file the engine reads. */
    private static final long QUOTABLE_BYTES = 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    Language language;

    @Parameters(index = "0", paramLabel = "DIR", description = "Dossier du catalogue (manifest.json) / catalog directory.")
    Path directory;

    @Mixin
    CheckOptions check;

    @Option(names = "--against", paramLabel = "FILE.json", description = {
            "Compare aussi avec le catalogue en service sur ces demandes (la ronde précédente) : refuse une modification"
                    + " dont les changements tombent sur un groupe protégé au-delà du hasard (test exact).",
            "Also compares with the live catalog on these applications (last round): refuses an edit whose changes fall"
                    + " on a protected group beyond chance (exact test)."})
    Path against;

    @Option(names = "--live", paramLabel = "DIR", description = {
            "Le catalogue en service, pour --against (défaut : le catalogue intégré).",
            "The live catalog, for --against (default: the bundled catalog)."})
    Path live;

    @Override
    public Integer call() {
        return check.run(directory, language, spec.commandLine().getOut(), this::report);
    }

    /** Prints one validation of the directory and, when it is valid, compares with the last round. */
    private int report(CatalogValidation validation) {
        Text text = language.text();
        AgainstLastRound lastRound = against == null ? null : new AgainstLastRound(language, live, directory, against);
        PrintWriter out = spec.commandLine().getOut();
        print(validation, directory, text, out);
        if (!validation.valid()) {
            return EXIT_INVALID;
        }
        return lastRound == null ? Grille.EXIT_OK : lastRound.check(out);
    }

    /** The problem's line of the file, numbered, with a caret under its column: where to look, at a glance. */
    static void quote(Path directory, CatalogProblem problem, PrintWriter out) {
        if (problem.file() == null || problem.line() <= 0) {
            return;
        }
        List<String> lines;
        try {
            // the real file, links followed, inside the catalog's real folder and no larger than a catalog file may be:
            // a line is quoted only from the catalog itself, even if a file was swapped for a link since it was checked
            Path file = directory.resolve(problem.file()).toRealPath();
            if (!file.startsWith(directory.toRealPath()) || !Files.isRegularFile(file) || Files.size(file) > QUOTABLE_BYTES) {
                return;
            }
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            return; // the file is unreadable now: the message still says where
        }
        if (problem.line() > lines.size()) {
            return;
        }
        String number = String.valueOf(problem.line());
        String line = lines.get(problem.line() - 1).replace('\t', ' ');
        // the very characters a problem is about (a NUL, an escape) are shown by their code, and the caret follows
        String shown = TerminalText.visible(line);
        boolean withCaret = problem.column() > 0 && problem.column() <= line.length() + 1;
        int caret = withCaret ? TerminalText.visible(line.substring(0, problem.column() - 1)).codePointCount(0,
                TerminalText.visible(line.substring(0, problem.column() - 1)).length()) : 0;
        // a line wider than the output is shown as the part around the caret, never broken: the caret stays under it
        int room = FittedOutput.width(out) - ("  " + number + " | ").length();
        int[] codePoints = shown.codePoints().toArray();
        int start = 0;
        int end = codePoints.length;
        if (codePoints.length > room) {
            start = Math.max(0, Math.min(caret - room / 2, codePoints.length - room + 1));
            end = Math.min(codePoints.length, start + room - (start > 0 ? 2 : 1));
        }
        String window = (start > 0 ? "…" : "") + new String(codePoints, start, end - start) + (end < codePoints.length ? "…" : "");
        out.println("  " + number + " | " + window);
        if (withCaret) {
            out.println("  " + " ".repeat(number.length()) + " | " + " ".repeat(caret - start + (start > 0 ? 1 : 0)) + "^");
        }
    }

    static void print(CatalogValidation validation, Path directory, Text text, PrintWriter out) {
        long errors = validation.problems().stream().filter(p -> p.severity() == CatalogProblem.Severity.ERROR).count();
        long warnings = validation.problems().size() - errors;
        out.println(text.get(validation.valid() ? "validate.valid" : "validate.invalid", directory, errors, warnings,
                validation.scenarios().size(), validation.failedScenarios().size()));
        if (validation.catalog() != null) {
            out.println(text.get("validate.catalog", validation.catalog().id(), validation.catalog().version(),
                    validation.catalog().fingerprint()));
        }
        for (CatalogProblem problem : validation.problems()) {
            out.println();
            printProblem(directory, problem, text, out);
        }
        if (!validation.failedScenarios().isEmpty()) {
            out.println();
            // a rule that fails on the corpus fails most scenarios too: the errors come first
            out.println(text.get(errors > 0 ? "validate.seeTestAfterErrors" : "validate.seeTest"));
        }
    }

    /** One problem as a block: where, the line with a caret, the message, the code. */
    static void printProblem(Path directory, CatalogProblem problem, Text text, PrintWriter out) {
        StringBuilder where = new StringBuilder(problem.file() == null ? "?" : problem.file());
        if (problem.line() > 0) {
            where.append(':').append(problem.line());
            if (problem.column() > 0) {
                where.append(':').append(problem.column());
            }
        }
        out.println(text.get(problem.severity() == CatalogProblem.Severity.ERROR ? "validate.error" : "validate.warning")
                + "  " + where + (problem.rule() == null ? "" : "  " + text.get("validate.rule", problem.rule())));
        if (directory != null) {
            quote(directory, problem, out);
        }
        out.println("  " + problem.message());
        out.println("  (" + problem.code() + ")");
    }
}
