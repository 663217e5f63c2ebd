package org.grille.cli;

import picocli.CommandLine;

/**
 * The width the text output is fitted to: {@code --width N} when given; else the terminal's (COLUMNS, or what picocli
 * detects) when the output is a terminal; else 80, so a file or a pipe reads the same on every machine. JSON, CSV and
 * {@code --stream} lines are machine formats and are never broken.
 */
final class OutputWidth {

    static final int DEFAULT = 80;
    static final int NARROWEST = 40;
    static final int WIDEST = 1000;

    private OutputWidth() {
    }

    /**
     * The width for this command line, {@link FittedOutput#UNLIMITED} for a machine format; {@code given} is the
     * value of --width, before or after the command's name, or null.
     */
    static int of(CommandLine.ParseResult command, Integer given) {
        Object format = command.hasMatchedOption("--format") ? command.matchedOptionValue("--format", null) : null;
        if ((format != null && !"table".equals(format.toString())) || command.hasMatchedOption("--stream")) {
            return FittedOutput.UNLIMITED;
        }
        if (given != null) {
            return given;
        }
        if (System.console() == null) {
            return DEFAULT;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("[0-9]{1,4}") && Integer.parseInt(columns) >= NARROWEST) {
            return Integer.parseInt(columns);
        }
        return Math.max(NARROWEST, new CommandLine.Model.UsageMessageSpec().autoWidth(true).width());
    }

    /** The value of --width wherever it was given ({@code grille --width 100 score …} or after the command), or null. */
    static Integer given(CommandLine.ParseResult parseResult) {
        Integer given = null;
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption("--width")) {
                given = level.matchedOptionValue("--width", null);
            }
        }
        return given;
    }

    /** Whether a width given with --width can hold a table. */
    static boolean allowed(int width) {
        return width >= NARROWEST && width <= WIDEST;
    }
}
