package org.grille.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.grille.api.Criterion;
import org.grille.api.review.Review;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static Review review(String reviewer, String application, double score) {
        return new Review(application, reviewer, Criterion.of("IMPACT_DESIGN"), score, "");
    }

    /**
     * Harsh H scores 2, 4, 6 and lenient L 6, 8, 10 on 0–10. As shares: H .2 .4 .6 (mean .4, sd √(.08/3) = .16330),
     * L .6 .8 1.0 (mean .8, same sd); all six: mean .6, sd √(.4/6) = .25820. H's 4 and L's 8 are each their
     * reviewer's mean, so both become the common mean, 6; H's 6 becomes .6 + .2582 × .2/.1633 = .91623, i.e. 9.1623.
     */
    @Test
    void putsAHarshAndALenientReviewerOnOneScale() {
        List<Review> reviews = List.of(review("H", "A", 2), review("H", "B", 4), review("H", "C", 6),
                review("L", "A", 6), review("L", "B", 8), review("L", "C", 10));
        Calibration calibration = new Calibration(reviews, 0, 10);
        assertThat(calibration.calibrated(reviews.get(1))).isCloseTo(6.0, within(1e-9));
        assertThat(calibration.calibrated(reviews.get(4))).isCloseTo(6.0, within(1e-9));
        assertThat(calibration.calibrated(reviews.get(2))).isCloseTo(9.1623, within(1e-4));
        assertThat(calibration.calibrated(reviews.get(3))).isCloseTo(2.8377, within(1e-4));
    }

    @Test
    void aReviewerWithTooFewReviewsIsLeftAsTheyScored() {
        List<Review> reviews = List.of(review("H", "A", 2), review("H", "B", 4), review("H", "C", 6),
                review("N", "A", 9), review("N", "B", 10));
        Calibration calibration = new Calibration(reviews, 0, 10);
        assertThat(calibration.calibrated(reviews.get(3))).isEqualTo(9.0);
        assertThat(Calibration.MINIMUM_REVIEWS).isGreaterThan(2);
    }

    @Test
    void aReviewerWhoAlwaysGivesTheSameScoreIsShiftedToTheCommonMeanAndNothingLeavesTheScale() {
        List<Review> reviews = List.of(review("S", "A", 9), review("S", "B", 9), review("S", "C", 9),
                review("H", "A", 0), review("H", "B", 0), review("H", "C", 10));
        Calibration calibration = new Calibration(reviews, 0, 10);
        // the six shares: .9 .9 .9 0 0 1 → mean 3.7/6
        assertThat(calibration.calibrated(reviews.get(0))).isCloseTo(10 * 3.7 / 6, within(1e-9));
        assertThat(reviews).allSatisfy(r -> assertThat(calibration.calibrated(r)).isBetween(0.0, 10.0));
    }
}
