package org.grille.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.Criterion;
import org.grille.api.review.CommitteeScores;
import org.grille.api.review.Conflict;
import org.grille.api.review.ConflictLink;
import org.grille.api.review.DiscussionFlag;
import org.grille.api.review.FinalScore;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewSettings;
import org.junit.jupiter.api.Test;

class FinalScoresTest {

    private static final ReviewSettings SETTINGS = ReviewCommittee.settings(Committees.REVIEWS,
            Committees.manifest(Committees.REVIEWS).maxima().keySet());
    private static final FinalScores FINAL = new FinalScores(SETTINGS, Committees.manifest(Committees.REVIEWS).maxima());

    private static Assessment assessment(String id, boolean eligible, int impact, int partnerships, int rest) {
        Map<Criterion, Integer> scores = new java.util.LinkedHashMap<>();
        scores.put(Criterion.of("IMPACT_DESIGN"), impact);
        scores.put(Criterion.of("PARTNERSHIPS"), partnerships);
        scores.put(Criterion.of("OBJECTIVE_FIT"), rest);
        return new Assessment(id, eligible, eligible, impact + partnerships + rest, List.of(), scores, Map.of(), List.of(),
                new CatalogInfo("test", "1", "0", new org.grille.api.Rubric(java.util.List.of(), java.util.List.of(), org.grille.api.Criterion.of("OBJECTIVE_FIT"))));
    }

    private static Review review(String id, String reviewer, Criterion criterion, double score) {
        return new Review(id, reviewer, criterion, score, "");
    }

    /**
     * Impact design is worth 15 with half to reviewers: 10 rule points and reviews 6 and 8 (mean 7 of 10) make
     * 0.5 × 10 + 0.5 × 15 × 0.7 = 10.25. Partnerships: 12 rule points, reviews 4 and 6 (mean 5): 6 + 3.75 = 9.75.
     * The other 40 points stay the rules'. Final: 40 + 10.25 + 9.75 = 60.
     */
    @Test
    void combinesRulePointsAndReviewerScoresAsTheSettingsSay() {
        Assessment a = assessment("A", true, 10, 12, 40);
        CommitteeScores scores = FINAL.combine(List.of(a), List.of(
                review("A", "R1", Criterion.of("IMPACT_DESIGN"), 6), review("A", "R2", Criterion.of("IMPACT_DESIGN"), 8),
                review("A", "R1", Criterion.of("PARTNERSHIPS"), 4), review("A", "R2", Criterion.of("PARTNERSHIPS"), 6)), List.of());
        FinalScore score = scores.of("A");
        assertThat(score.ruleTotal()).isEqualTo(62).isEqualTo(a.total());
        assertThat(score.score()).isCloseTo(60.0, within(1e-9));
        assertThat(score.criteria().get(0).points()).isCloseTo(10.25, within(1e-9));
        assertThat(score.criteria().get(1).points()).isCloseTo(9.75, within(1e-9));
        assertThat(score.flags()).isEmpty();
    }

    @Test
    void aConflictedReviewerIsNeverCountedAndTheExclusionIsListed() {
        Conflict conflict = new Conflict("R3", "A", ConflictLink.PARTNER, "Maison B", "Maison B");
        List<Review> reviews = List.of(
                review("A", "R1", Criterion.of("IMPACT_DESIGN"), 6), review("A", "R2", Criterion.of("IMPACT_DESIGN"), 8),
                review("A", "R1", Criterion.of("PARTNERSHIPS"), 4), review("A", "R2", Criterion.of("PARTNERSHIPS"), 6),
                review("A", "R3", Criterion.of("IMPACT_DESIGN"), 10), review("A", "R3", Criterion.of("PARTNERSHIPS"), 10));
        CommitteeScores scores = FINAL.combine(List.of(assessment("A", true, 10, 12, 40)), reviews, List.of(conflict));
        assertThat(scores.of("A").score()).isCloseTo(60.0, within(1e-9));
        assertThat(scores.of("A").criteria()).allSatisfy(c -> assertThat(c.reviews()).isEqualTo(2));
        assertThat(scores.excluded()).hasSize(2).allSatisfy(e -> assertThat(e.conflict()).isEqualTo(conflict));
    }

    @Test
    void tooFewReviewsOrAWideSpreadRaiseAFlagAndNoReviewLeavesNoFinalScore() {
        List<Review> reviews = List.of(
                review("A", "R1", Criterion.of("IMPACT_DESIGN"), 1), review("A", "R2", Criterion.of("IMPACT_DESIGN"), 9),
                review("A", "R1", Criterion.of("PARTNERSHIPS"), 5),
                review("B", "R1", Criterion.of("IMPACT_DESIGN"), 5));
        CommitteeScores scores = FINAL.combine(List.of(assessment("A", true, 10, 12, 40), assessment("B", true, 15, 15, 40)),
                reviews, List.of());
        assertThat(scores.of("A").flags()).extracting(DiscussionFlag::criterion, DiscussionFlag::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Criterion.of("IMPACT_DESIGN"), DiscussionFlag.Reason.WIDE_DISAGREEMENT),
                org.assertj.core.groups.Tuple.tuple(Criterion.of("PARTNERSHIPS"), DiscussionFlag.Reason.TOO_FEW_REVIEWS));
        assertThat(scores.of("A").flags().get(0).spread()).isEqualTo(8.0);
        assertThat(scores.of("A").score()).isNotNull();
        assertThat(scores.of("B").score()).isNull();
        assertThat(scores.of("B").criteria().get(1).points()).as("no review of PARTNERSHIPS: no points, not NaN").isNull();
        assertThat(scores.of("B").flags()).extracting(DiscussionFlag::reason).contains(DiscussionFlag.Reason.NO_REVIEWS);
        // B has the higher rule total but no final score: it is ranked after A, not averaged in
        assertThat(scores.ranking()).extracting(FinalScore::applicationId).containsExactly("A", "B");
    }

    @Test
    void rankingWithCalibrationCanDifferFromTheRankingAsGivenAndIneligibleComeLast() {
        // Lenient L reviews only A, harsh H only B; both applications have the same rule points.
        List<Review> reviews = List.of(
                review("A", "L", Criterion.of("IMPACT_DESIGN"), 9), review("A", "L", Criterion.of("PARTNERSHIPS"), 9),
                review("A", "M", Criterion.of("IMPACT_DESIGN"), 5), review("A", "M", Criterion.of("PARTNERSHIPS"), 5),
                review("B", "H", Criterion.of("IMPACT_DESIGN"), 6), review("B", "H", Criterion.of("PARTNERSHIPS"), 6),
                review("B", "M", Criterion.of("IMPACT_DESIGN"), 7), review("B", "M", Criterion.of("PARTNERSHIPS"), 7),
                review("C", "L", Criterion.of("IMPACT_DESIGN"), 10), review("C", "L", Criterion.of("PARTNERSHIPS"), 8),
                review("C", "H", Criterion.of("IMPACT_DESIGN"), 1), review("C", "H", Criterion.of("PARTNERSHIPS"), 2),
                review("D", "M", Criterion.of("IMPACT_DESIGN"), 9), review("D", "M", Criterion.of("PARTNERSHIPS"), 9));
        CommitteeScores scores = FINAL.combine(List.of(assessment("A", true, 10, 10, 40), assessment("B", true, 10, 10, 40),
                assessment("C", true, 10, 10, 40), assessment("D", false, 15, 15, 50)), reviews, List.of());
        // as given, A's lenient 9s put it first; calibrated, L's 9 is L's habit and H's 6 is above H's: B goes ahead
        assertThat(scores.rankingAsGiven()).extracting(FinalScore::applicationId).containsExactly("A", "B", "C", "D");
        List<String> calibrated = scores.ranking().stream().map(FinalScore::applicationId).toList();
        assertThat(calibrated.indexOf("B")).isLessThan(calibrated.indexOf("A"));
        assertThat(scores.ranking()).last().extracting(FinalScore::applicationId).isEqualTo("D");
        assertThat(scores.agreement()).extracting(g -> g.criterion())
                .containsExactly(Criterion.of("IMPACT_DESIGN"), Criterion.of("PARTNERSHIPS"));
    }

    @Test
    void aReviewOfAnApplicationThatIsNotAssessedIsListedApart() {
        CommitteeScores scores = FINAL.combine(List.of(assessment("A", true, 10, 10, 40)),
                List.of(review("Z", "R1", Criterion.of("IMPACT_DESIGN"), 5)), List.of());
        assertThat(scores.unknownApplications()).extracting(Review::applicationId).containsExactly("Z");
    }
}
