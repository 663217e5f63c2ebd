package org.grille.cli;

import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.api.FieldViolation;
import org.grille.api.GrilleException;
import org.grille.api.InvalidApplicationException;
import picocli.CommandLine;

/**
 * Turns a Grille exception into a message a person can act on and the documented exit code, instead of a
 * stack trace. Anything else is a bug: one plain line to report, exit code 5.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof InvalidApplicationException invalid) {
            err.println(TerminalText.visible(firstLine(invalid.getMessage())));
            for (FieldViolation violation : invalid.violations()) {
                err.println("  " + TerminalText.visible(String.valueOf(violation)));
            }
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (e instanceof OutputFailure output) {
            // one line in the user's language; the earlier file is untouched, so the exit code is its own
            err.println(output.line(text(parseResult)));
            return Grille.EXIT_NOT_WRITTEN;
        }
        if (e instanceof CatalogException catalog) {
            // laid out as grille validate lays it out, each line quoted with its caret: the same mistake reads the same
            CommandLine.ParseResult command = innermost(parseResult);
            java.nio.file.Path directory = command.hasMatchedOption("--catalog") ? command.matchedOptionValue("--catalog", null) : null;
            Text text = text(parseResult);
            err.println(firstLine(catalog.getMessage()));
            for (CatalogProblem problem : catalog.problems()) {
                err.println();
                ValidateCommand.printProblem(directory, problem, text, err);
            }
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (e instanceof GrilleException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println(TerminalText.visible(e.getMessage()));
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (e instanceof UsageException) {
            err.println(e.getMessage());
            return Grille.EXIT_USAGE;
        }
        // A bug: still no stack trace for the user, but a line to report (in both languages: the failure may have
        // come before the options were read) and the documented exit code.
        for (java.util.Locale locale : new java.util.Locale[] {java.util.Locale.CANADA_FRENCH, java.util.Locale.CANADA}) {
            err.println(new Text(locale).get("error.internal", e.getClass().getName(), String.valueOf(e.getMessage())));
        }
        return Grille.EXIT_INTERNAL;
    }

    /** The words of the language the command asked for with --lang (French unless told otherwise). */
    private static Text text(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = innermost(parseResult);
        Object lang = command.hasMatchedOption("--lang") ? command.matchedOptionValue("--lang", null) : null;
        return new Text(lang != null && "en".equals(lang.toString()) ? java.util.Locale.CANADA : java.util.Locale.CANADA_FRENCH);
    }

    private static CommandLine.ParseResult innermost(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult command = parseResult;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        return command;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
