package org.grille.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An application (or a whole input) that cannot be assessed as written. Every problem found is listed,
 * each with the JSON path of the field, so the applicant can fix them all in one pass.
 */
public final class InvalidApplicationException extends GrilleException {

    private static final long serialVersionUID = 1L;

    /** The application's id, or null when it could not be read. */
    private final String applicationId;
    private final transient List<FieldViolation> violations;

    /**
     * An application refused for these problems.
     *
     * @param applicationId the application's id, or null when it could not be read
     * @param summary       the first line of the message
     * @param violations    every problem found, at least one; each is appended to the message on its own line
     */
    public InvalidApplicationException(String applicationId, String summary, List<FieldViolation> violations) {
        super(summary + violations.stream().map(v -> "\n  " + v).collect(Collectors.joining()));
        this.applicationId = applicationId;
        this.violations = List.copyOf(violations);
    }

    /**
     * The application's id.
     *
     * @return the id, or null when it could not be read
     */
    public String applicationId() {
        return applicationId;
    }

    /**
     * Every problem found.
     *
     * @return an unmodifiable list of at least one violation; null after the exception was deserialized (the list is
     *         not serialized)
     */
    public List<FieldViolation> violations() {
        return violations;
    }
}
