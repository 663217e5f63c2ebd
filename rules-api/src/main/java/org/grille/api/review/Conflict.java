package org.grille.api.review;

import java.util.Objects;

/**
 * A conflict of interest: a reviewer tied to an application. Their reviews of it are never counted.
 *
 * @param reviewer      the reviewer's id
 * @param applicationId the application's id
 * @param link          what ties them
 * @param declared      what the reviewer declared (an organisation's name or NEQ)
 * @param found         what the application says that matched it (its organisation's or a partner's name, or NEQ)
 */
public record Conflict(String reviewer, String applicationId, ConflictLink link, String declared, String found) {

    /**
     * Checks that every part is given.
     *
     * @param reviewer the reviewer's id
     * @param applicationId the application's id
     * @param link what ties them
     * @param declared what the reviewer declared
     * @param found what the application says that matched it
     */
    public Conflict {
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(found, "found");
    }
}
