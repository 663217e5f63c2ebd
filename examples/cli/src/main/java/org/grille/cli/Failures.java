package org.grille.cli;

import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.api.FieldViolation;
import org.grille.api.GrilleException;
import org.grille.api.InvalidApplicationException;
import picocli.CommandLine;

/**
 * Turns a Grille exception into a message a person can act on and the documented exit code, instead of a
 * stack trace. Anything else is a bug and keeps its stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof InvalidApplicationException invalid) {
            err.println(firstLine(invalid.getMessage()));
            for (FieldViolation violation : invalid.violations()) {
                err.println("  " + violation);
            }
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (e instanceof CatalogException catalog) {
            err.println(firstLine(catalog.getMessage()));
            for (CatalogProblem problem : catalog.problems()) {
                err.println("  " + problem);
            }
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (e instanceof GrilleException || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException) {
            err.println(e.getMessage());
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (e instanceof UsageException) {
            err.println(e.getMessage());
            return Grille.EXIT_USAGE;
        }
        throw new IllegalStateException(e);
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
