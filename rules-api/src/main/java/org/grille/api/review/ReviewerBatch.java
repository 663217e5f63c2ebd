package org.grille.api.review;

import java.util.List;
import org.grille.api.Rejection;

/**
 * A reviewers file as read: the reviewers that could be read, and each entry that could not with where and why.
 *
 * @param reviewers  the reviewers read, in file order
 * @param rejections each entry that could not be read
 */
public record ReviewerBatch(List<Reviewer> reviewers, List<Rejection> rejections) {

    /**
     * Copies both lists.
     *
     * @param reviewers the reviewers read, in file order
     * @param rejections each entry that could not be read
     */
    public ReviewerBatch {
        reviewers = List.copyOf(reviewers);
        rejections = List.copyOf(rejections);
    }
}
