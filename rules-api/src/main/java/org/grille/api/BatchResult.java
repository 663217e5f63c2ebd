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

    public BatchResult {
        assessments = List.copyOf(assessments);
        rejections = List.copyOf(rejections);
    }

    /** True when every entry was assessed. */
    public boolean complete() {
        return rejections.isEmpty();
    }
}
