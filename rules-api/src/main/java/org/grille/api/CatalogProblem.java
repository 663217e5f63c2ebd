package org.grille.api;

/**
 * One problem found in a rule catalog, located so policy staff can fix it.
 *
 * @param severity whether it stops the catalog from going live
 * @param file     the file, relative to the catalog root
 * @param line     1-based line, or 0 when the problem concerns the whole file
 * @param column   1-based column, or 0 when unknown
 * @param rule     the rule's name, or null when the problem is outside a rule
 * @param code     a stable code for the kind of problem, e.g. {@code GRILLE-DRL-SYNTAX}
 * @param message  what is wrong and how to fix it, in the reader's language
 */
public record CatalogProblem(Severity severity, String file, int line, int column, String rule, String code, String message) {

    /** How serious a problem is. */
    public enum Severity {
        /** The catalog cannot go live. */
        ERROR,
        /** The catalog works, but something looks unintended. */
        WARNING
    }

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file == null ? "?" : file);
        if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        // Language-neutral: the message is already in the reader's language, and the code says what kind it is.
        return where + (rule == null ? "" : " [" + rule + "]") + " " + code + (severity == Severity.WARNING ? " (!)" : "")
                + ": " + message;
    }
}
