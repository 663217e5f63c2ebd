package org.grille.api.review;

import java.util.List;
import org.grille.api.Rejection;

/**
 * A reviews file as read: the reviews that could be read, and each row that could not with where and why. One bad row
 * costs that row only.
 *
 * @param reviews    the reviews read, in file order
 * @param rejections each row or entry that could not be read; its index counts data rows from 0
 */
public record ReviewBatch(List<Review> reviews, List<Rejection> rejections) {

    /**
     * Copies both lists.
     *
     * @param reviews the reviews read, in file order
     * @param rejections each row or entry that could not be read
     */
    public ReviewBatch {
        reviews = List.copyOf(reviews);
        rejections = List.copyOf(rejections);
    }
}
