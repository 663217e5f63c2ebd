package org.grille.api.review;

import org.grille.api.Criterion;

/**
 * Why an application should be discussed rather than decided on its averaged reviews.
 *
 * @param criterion the criterion concerned
 * @param reason    what is wrong
 * @param reviews   how many counted reviews it has
 * @param spread    the highest counted score minus the lowest (0 with fewer than two)
 */
public record DiscussionFlag(Criterion criterion, Reason reason, int reviews, double spread) {

    /** What sends an application to discussion. */
    public enum Reason {
        /** No counted review of a criterion reviewers score: its final score cannot be computed. */
        NO_REVIEWS,
        /** Fewer counted reviews than the manifest's {@code minimumReviews}. */
        TOO_FEW_REVIEWS,
        /** The scores differ by more than the manifest's {@code maximumSpread}. */
        WIDE_DISAGREEMENT
    }
}
