package org.grille.api.review;

import java.util.List;
import java.util.Objects;

/**
 * An application's final score: its rule total combined with the reviewers' scores, as given and calibrated. The
 * assessment's rule total is unchanged.
 *
 * @param applicationId   the application's id
 * @param eligible        as the assessment says; reviews never make an application eligible
 * @param ruleTotal       the assessment's total, rules only
 * @param score           the final score out of 100 from the scores as given; null when a reviewed criterion has no
 *                        counted review
 * @param calibratedScore the final score out of 100 after calibration; null likewise
 * @param criteria        each criterion reviewers score, in criterion order
 * @param flags           why it should be discussed; empty when its reviews are enough and agree
 */
public record FinalScore(String applicationId, boolean eligible, int ruleTotal, Double score, Double calibratedScore,
                         List<CriterionReview> criteria, List<DiscussionFlag> flags) {

    /**
     * Copies the lists.
     *
     * @param applicationId the application's id
     * @param eligible as the assessment says
     * @param ruleTotal the assessment's total, rules only
     * @param score the final score from the scores as given, or null
     * @param calibratedScore the final score after calibration, or null
     * @param criteria each criterion reviewers score
     * @param flags why it should be discussed
     */
    public FinalScore {
        Objects.requireNonNull(applicationId, "applicationId");
        criteria = List.copyOf(criteria);
        flags = List.copyOf(flags);
    }

    /**
     * Whether the committee should discuss this application rather than take its averaged reviews.
     *
     * @return true when any flag is raised
     */
    public boolean toDiscuss() {
        return !flags.isEmpty();
    }
}
