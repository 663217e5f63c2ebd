package org.grille.api.review;

import java.util.Objects;
import org.grille.api.Criterion;

/**
 * One reviewer's score of one criterion of one application, as the portal exports it.
 *
 * @param applicationId the application's id
 * @param reviewer      the reviewer's id
 * @param criterion     the criterion scored; one the manifest gives to reviewers
 * @param score         the score, on the manifest's review scale
 * @param comment       the reviewer's comment, or an empty text
 */
public record Review(String applicationId, String reviewer, Criterion criterion, double score, String comment) {

    /**
     * Checks that every part is given.
     *
     * @param applicationId the application's id
     * @param reviewer the reviewer's id
     * @param criterion the criterion scored
     * @param score the score, on the manifest's review scale
     * @param comment the reviewer's comment; null becomes an empty text
     */
    public Review {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(criterion, "criterion");
        comment = comment == null ? "" : comment;
    }
}
