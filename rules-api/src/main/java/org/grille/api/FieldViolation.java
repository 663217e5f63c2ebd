package org.grille.api;

/**
 * One problem with one field of an application.
 *
 * @param path    JSON path of the field, e.g. {@code $[3].project.outcomes[0].target}
 * @param message what is wrong and what is expected, in the reader's language
 * @param line    line in the JSON text, or 0 when the application did not come from text
 * @param column  column in the JSON text, or 0 when unknown
 */
public record FieldViolation(String path, String message, int line, int column) {

    @Override
    public String toString() {
        return line > 0 ? path + " (" + line + ":" + column + "): " + message : path + ": " + message;
    }
}
