package org.grille.engine.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.review.Review;

/**
 * Puts lenient and harsh reviewers on one scale: each reviewer's scores, as a share of the scale, become z-scores over
 * that reviewer's own counted reviews, then go back to the scale with the mean and spread of every counted review.
 * A reviewer with fewer than {@link #MINIMUM_REVIEWS} reviews is left as they scored (two scores say too little about
 * a habit); one who gave the same score every time is only shifted to the common mean. A calibrated score stays on
 * the scale.
 */
final class Calibration {

    /** The fewest reviews of a reviewer that are calibrated. */
    static final int MINIMUM_REVIEWS = 3;

    private final double min;
    private final double width;
    private final double mean;
    private final double spread;
    private final Map<String, double[]> reviewers = new HashMap<>();

    Calibration(List<Review> counted, double min, double max) {
        this.min = min;
        this.width = max - min;
        Map<String, List<Double>> byReviewer = new HashMap<>();
        List<Double> all = new ArrayList<>();
        for (Review review : counted) {
            double share = share(review.score());
            byReviewer.computeIfAbsent(review.reviewer(), r -> new ArrayList<>()).add(share);
            all.add(share);
        }
        this.mean = mean(all);
        this.spread = deviation(all, mean);
        byReviewer.forEach((reviewer, shares) -> {
            double own = mean(shares);
            reviewers.put(reviewer, new double[] {shares.size(), own, deviation(shares, own)});
        });
    }

    /** The review's score after calibration, on the review scale. */
    double calibrated(Review review) {
        double[] habit = reviewers.get(review.reviewer());
        if (habit == null || habit[0] < MINIMUM_REVIEWS) {
            return review.score();
        }
        double share = share(review.score());
        double calibrated = habit[2] > 0 ? mean + spread * (share - habit[1]) / habit[2] : mean;
        return min + width * Math.max(0, Math.min(1, calibrated));
    }

    private double share(double score) {
        return (score - min) / width;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Population standard deviation. */
    private static double deviation(List<Double> values, double mean) {
        return Math.sqrt(values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0));
    }
}
