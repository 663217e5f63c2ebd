package org.grille.api;

import java.util.List;

/**
 * An application of a batch that could not be assessed, and why. The rest of the batch is unaffected.
 *
 * @param index         position in the input, from 0
 * @param applicationId the application's id, or null when it could not be read
 * @param message       a one-line summary, in the reader's language
 * @param violations    field-level problems, each with its JSON path; empty when the rules failed
 */
public record Rejection(int index, String applicationId, String message, List<FieldViolation> violations) {

    /**
     * Copies {@code violations}; it may not be null nor hold null.
     *
     * @param index position in the input, from 0
     * @param applicationId the application's id, or null when it could not be read
     * @param message a one-line summary, in the reader's language
     * @param violations field-level problems, each with its JSON path; empty when the rules failed
     */
    public Rejection {
        violations = List.copyOf(violations);
    }
}
