package org.grille.api.review;

/**
 * A review left out of every figure, and why.
 *
 * @param review   the review
 * @param conflict the conflict of interest of its reviewer with the application
 */
public record ExcludedReview(Review review, Conflict conflict) {
}
