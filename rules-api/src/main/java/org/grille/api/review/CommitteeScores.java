package org.grille.api.review;

import java.util.List;

/**
 * The reviews combined with the rules: the final scores in both rankings, agreement per criterion, and the reviews
 * left out.
 *
 * @param ranking           final scores ranked by the calibrated final score (then by the rule total, then by id);
 *                          eligible applications with a final score first, then eligible ones without, then the
 *                          ineligible ones
 * @param rankingAsGiven    the same final scores ranked by the final score from the scores as given
 * @param agreement         Krippendorff's alpha of each reviewed criterion, in criterion order
 * @param excluded          the reviews left out for a conflict of interest
 * @param unknownApplications reviews of an application that is not among the assessments, left out too
 */
public record CommitteeScores(List<FinalScore> ranking, List<FinalScore> rankingAsGiven, List<Agreement> agreement,
                              List<ExcludedReview> excluded, List<Review> unknownApplications) {

    /**
     * Copies the lists.
     *
     * @param ranking final scores ranked by the calibrated final score
     * @param rankingAsGiven final scores ranked by the final score from the scores as given
     * @param agreement the alpha of each reviewed criterion
     * @param excluded the reviews left out for a conflict of interest
     * @param unknownApplications reviews of an application that is not among the assessments
     */
    public CommitteeScores {
        ranking = List.copyOf(ranking);
        rankingAsGiven = List.copyOf(rankingAsGiven);
        agreement = List.copyOf(agreement);
        excluded = List.copyOf(excluded);
        unknownApplications = List.copyOf(unknownApplications);
    }

    /**
     * One application's final score.
     *
     * @param applicationId the application's id
     * @return its final score, or null when it was not among the assessments
     */
    public FinalScore of(String applicationId) {
        return ranking.stream().filter(f -> f.applicationId().equals(applicationId)).findFirst().orElse(null);
    }
}
