package org.grille.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day given on the command line, written YYYY-MM-DD, as the letters and the report print it. */
final class Days {

    private Days() {
    }

    /** The day written, or today when none was given; a day that cannot be read is a usage error naming it. */
    static LocalDate orToday(String written, Text text) {
        if (written == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            throw new UsageException(text.get("letters.date", TerminalText.visible(written)));
        }
    }
}
