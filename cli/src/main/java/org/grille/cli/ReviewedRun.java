package org.grille.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.Rejection;
import org.grille.api.review.Committee;
import org.grille.api.review.CommitteeScores;
import org.grille.api.review.Conflict;
import org.grille.api.review.ReviewBatch;
import org.grille.api.review.ReviewerBatch;

/**
 * What one run read about its reviews: the files, what could not be read in them, the conflicts of interest found.
 *
 * @param reviewers null without {@code --reviewers}
 */
record ReviewedRun(Committee committee, Path reviewsFile, ReviewBatch reviews, Path reviewersFile, ReviewerBatch reviewers,
                   List<Conflict> conflicts) {

    CommitteeScores combine(List<Assessment> assessments) {
        return committee.combine(assessments, reviews.reviews(), conflicts);
    }

    /**
     * Reviewers who scored but are not in the reviewers file: their conflicts could not be checked. Empty without
     * {@code --reviewers}, where no conflict is checked at all.
     */
    List<String> undeclared() {
        if (reviewers == null) {
            return List.of();
        }
        java.util.Set<String> declared = new java.util.HashSet<>();
        reviewers.reviewers().forEach(r -> declared.add(r.id()));
        return reviews.reviews().stream().map(org.grille.api.review.Review::reviewer).filter(r -> !declared.contains(r))
                .distinct().sorted().toList();
    }

    /** Every review row and reviewer entry that could not be read. */
    List<Rejection> rejections() {
        List<Rejection> all = new ArrayList<>(reviews.rejections());
        if (reviewers != null) {
            all.addAll(reviewers.rejections());
        }
        return all;
    }
}
