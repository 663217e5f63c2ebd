package org.grille.api;

import java.util.List;

/**
 * The result of a batch: an assessment for every application that could be assessed, in input order,
 * and a rejection for every one that could not. One bad application never hides the others.
 *
 * @param assessments assessments, in input order
 * @param rejections  rejections, in input order
 */
public record BatchResult(List<Assessment> assessments, List<Rejection> rejections) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param assessments assessments, in input order
     * @param rejections rejections, in input order
     */
    public BatchResult {
        assessments = List.copyOf(assessments);
        rejections = List.copyOf(rejections);
    }

    /**
     * Whether every entry was assessed.
     *
     * @return true when there is no rejection
     */
    public boolean complete() {
        return rejections.isEmpty();
    }
}
