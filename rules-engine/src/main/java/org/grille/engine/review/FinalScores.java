package org.grille.engine.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grille.api.Assessment;
import org.grille.api.Criterion;
import org.grille.api.review.Agreement;
import org.grille.api.review.CommitteeScores;
import org.grille.api.review.Conflict;
import org.grille.api.review.CriterionReview;
import org.grille.api.review.DiscussionFlag;
import org.grille.api.review.ExcludedReview;
import org.grille.api.review.FinalScore;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewSettings;

/**
 * Combines the rules' points with the counted reviews, criterion by criterion, as {@link ReviewSettings} says; leaves
 * out every review whose reviewer has a conflict with the application, and raises a flag instead of averaging when an
 * application has too few reviews or reviews that disagree widely.
 */
final class FinalScores {

    private final ReviewSettings settings;
    private final Map<Criterion, Integer> maxima;

    FinalScores(ReviewSettings settings, Map<Criterion, Integer> maxima) {
        this.settings = settings;
        this.maxima = maxima;
    }

    CommitteeScores combine(List<Assessment> assessments, List<Review> reviews, List<Conflict> conflicts) {
        Map<String, Conflict> conflictOf = new HashMap<>();
        for (Conflict conflict : conflicts) {
            conflictOf.putIfAbsent(conflict.reviewer() + "\u0000" + conflict.applicationId(), conflict);
        }
        Set<String> assessed = new HashSet<>();
        assessments.forEach(a -> assessed.add(a.applicationId()));
        List<Review> counted = new ArrayList<>();
        List<ExcludedReview> excluded = new ArrayList<>();
        List<Review> unknown = new ArrayList<>();
        for (Review review : reviews) {
            Conflict conflict = conflictOf.get(review.reviewer() + "\u0000" + review.applicationId());
            if (conflict != null) {
                excluded.add(new ExcludedReview(review, conflict));
            } else if (!assessed.contains(review.applicationId())) {
                unknown.add(review);
            } else {
                counted.add(review);
            }
        }
        Calibration calibration = new Calibration(counted, settings.scaleMin(), settings.scaleMax());
        Map<String, Map<Criterion, List<Review>>> byApplication = new java.util.TreeMap<>();
        for (Review review : counted) {
            byApplication.computeIfAbsent(review.applicationId(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(review.criterion(), c -> new ArrayList<>()).add(review);
        }
        List<FinalScore> scores = new ArrayList<>();
        for (Assessment assessment : assessments) {
            scores.add(score(assessment, byApplication.getOrDefault(assessment.applicationId(), Map.of()), calibration));
        }
        return new CommitteeScores(ranked(scores, FinalScore::calibratedScore), ranked(scores, FinalScore::score),
                agreement(byApplication), excluded, unknown);
    }

    private FinalScore score(Assessment assessment, Map<Criterion, List<Review>> reviews, Calibration calibration) {
        List<CriterionReview> criteria = new ArrayList<>();
        List<DiscussionFlag> flags = new ArrayList<>();
        double asGiven = assessment.total();
        double calibrated = assessment.total();
        boolean complete = true;
        for (Map.Entry<Criterion, Double> entry : settings.shares().entrySet()) {
            Criterion criterion = entry.getKey();
            List<Review> own = reviews.getOrDefault(criterion, List.of());
            int rulePoints = assessment.score(criterion);
            double spread = own.stream().mapToDouble(Review::score).max().orElse(0)
                    - own.stream().mapToDouble(Review::score).min().orElse(0);
            if (own.isEmpty()) {
                flags.add(new DiscussionFlag(criterion, DiscussionFlag.Reason.NO_REVIEWS, 0, 0));
                criteria.add(new CriterionReview(criterion, rulePoints, 0, null, null, null, null));
                complete = false;
                continue;
            }
            if (own.size() < settings.minimumReviews()) {
                flags.add(new DiscussionFlag(criterion, DiscussionFlag.Reason.TOO_FEW_REVIEWS, own.size(), spread));
            }
            if (spread > settings.maximumSpread()) {
                flags.add(new DiscussionFlag(criterion, DiscussionFlag.Reason.WIDE_DISAGREEMENT, own.size(), spread));
            }
            double mean = own.stream().mapToDouble(Review::score).average().orElseThrow();
            double calibratedMean = own.stream().mapToDouble(calibration::calibrated).average().orElseThrow();
            double points = points(criterion, entry.getValue(), rulePoints, mean);
            double calibratedPoints = points(criterion, entry.getValue(), rulePoints, calibratedMean);
            asGiven += points - rulePoints;
            calibrated += calibratedPoints - rulePoints;
            criteria.add(new CriterionReview(criterion, rulePoints, own.size(), mean, calibratedMean, points, calibratedPoints));
        }
        return new FinalScore(assessment.applicationId(), assessment.eligible(), assessment.total(),
                complete ? round(asGiven) : null, complete ? round(calibrated) : null, criteria, flags);
    }

    /** {@code (1 - share) × rule points + share × maximum × the mean's place on the scale}. */
    private double points(Criterion criterion, double share, int rulePoints, double mean) {
        double place = (mean - settings.scaleMin()) / (settings.scaleMax() - settings.scaleMin());
        return (1 - share) * rulePoints + share * maxima.getOrDefault(criterion, 0) * place;
    }

    /** Two decimals: enough to rank, and the same on every machine. */
    private static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }

    /** Eligible with a final score first (best first, then rule total, then id), then eligible without, then ineligible. */
    private static List<FinalScore> ranked(List<FinalScore> scores, Function<FinalScore, Double> by) {
        Comparator<FinalScore> order = Comparator
                .comparing((FinalScore f) -> !f.eligible() ? 2 : by.apply(f) == null ? 1 : 0)
                .thenComparing(f -> by.apply(f) == null ? 0 : -by.apply(f))
                .thenComparing(f -> -f.ruleTotal())
                .thenComparing(FinalScore::applicationId);
        return scores.stream().sorted(order).toList();
    }

    private List<Agreement> agreement(Map<String, Map<Criterion, List<Review>>> byApplication) {
        List<Agreement> agreement = new ArrayList<>();
        for (Criterion criterion : settings.shares().keySet()) {
            List<List<Double>> units = new ArrayList<>();
            byApplication.values().forEach(criteria -> units.add(
                    criteria.getOrDefault(criterion, List.of()).stream().map(Review::score).toList()));
            List<List<Double>> pairable = units.stream().filter(u -> u.size() >= 2).toList();
            agreement.add(new Agreement(criterion, KrippendorffAlpha.interval(pairable), pairable.size(),
                    pairable.stream().mapToInt(List::size).sum()));
        }
        return agreement;
    }
}
