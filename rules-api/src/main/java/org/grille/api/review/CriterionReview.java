package org.grille.api.review;

import org.grille.api.Criterion;

/**
 * One reviewed criterion of one application: the rule points and the reviewers' part, as given and calibrated.
 *
 * @param criterion        the criterion
 * @param rulePoints       the rules' points for it, as in the assessment
 * @param reviews          counted reviews (excluded ones are not counted)
 * @param meanScore        mean of the counted scores as given, on the review scale; null without reviews
 * @param calibratedScore  mean of the counted scores after calibration, on the review scale; null without reviews
 * @param points           the criterion's points in the final score, from the scores as given; null without reviews
 * @param calibratedPoints the criterion's points in the calibrated final score; null without reviews
 */
public record CriterionReview(Criterion criterion, int rulePoints, int reviews, Double meanScore, Double calibratedScore,
                              Double points, Double calibratedPoints) {
}
