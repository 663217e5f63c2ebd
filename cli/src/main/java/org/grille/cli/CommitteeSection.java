package org.grille.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grille.api.Rejection;
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
 * The committee's part of a table: the final ranking with and without calibration beside the rules' total, agreement
 * per criterion, the applications to discuss, the reviews excluded for a conflict of interest and those that could
 * not be read. Printed after the rules' own table, which it never changes.
 */
final class CommitteeSection {

    private final ReviewedRun run;
    private final CommitteeScores scores;
    private final Text text;

    CommitteeSection(ReviewedRun run, CommitteeScores scores, Text text) {
        this.run = run;
        this.scores = scores;
        this.text = text;
    }

    void print(PrintWriter out) {
        ReviewSettings settings = run.committee().settings();
        int excluded = scores.excluded().size();
        int read = run.reviews().reviews().size();
        out.println();
        out.println(text.get("committee.header", read, run.reviewsFile().toString(),
                read - excluded - scores.unknownApplications().size(), excluded, run.rejections().size()));
        out.println(text.get("committee.settings", shown(settings.scaleMin()), shown(settings.scaleMax()),
                settings.shares().entrySet().stream().map(e -> text.get("committee.share", e.getKey().id(),
                        e.getValue())).collect(Collectors.joining(", "))));
        out.println();
        ranking(out);
        out.println();
        agreement(out);
        discussion(out);
        exclusions(out);
        if (!run.undeclared().isEmpty()) {
            out.println();
            out.println(text.get("committee.undeclared", run.undeclared().size(), String.join(", ", run.undeclared())));
        }
        if (!scores.unknownApplications().isEmpty()) {
            out.println();
            out.println(text.get("committee.unknown", scores.unknownApplications().size(), scores.unknownApplications()
                    .stream().map(Review::applicationId).distinct().collect(Collectors.joining(", "))));
        }
        if (!run.rejections().isEmpty()) {
            out.println();
            out.println(text.get("committee.rejected", run.rejections().size()));
            for (Rejection rejection : run.rejections()) {
                out.println(TerminalText.rejection(rejection));
            }
        }
        out.println();
        out.println(text.get("committee.footer"));
    }

    private void ranking(PrintWriter out) {
        Map<String, Integer> asGiven = ranks(scores.rankingAsGiven());
        Map<String, Integer> calibrated = ranks(scores.ranking());
        TextTable table = new TextTable(List.of(text.get("col.rank"), text.get("col.application"), text.get("col.rules"),
                text.get("col.final"), text.get("col.calibrated"), text.get("col.rankAsGiven"), text.get("col.toDiscuss")),
                true, false, true, true, true, true, false);
        for (FinalScore score : scores.ranking()) {
            table.row(List.of(rank(calibrated, score), score.applicationId(), String.valueOf(score.ruleTotal()),
                    score.eligible() ? shown(score.score()) : text.get("committee.ineligible"),
                    score.eligible() ? shown(score.calibratedScore()) : "", rank(asGiven, score),
                    score.toDiscuss() ? text.get("yes") : ""));
        }
        out.println(text.get("committee.ranking"));
        table.print(out);
    }

    /** Rank among eligible applications with a final score; none for the others. */
    private static Map<String, Integer> ranks(List<FinalScore> ranking) {
        Map<String, Integer> ranks = new HashMap<>();
        int rank = 0;
        for (FinalScore score : ranking) {
            if (score.eligible() && score.score() != null) {
                ranks.put(score.applicationId(), ++rank);
            }
        }
        return ranks;
    }

    private static String rank(Map<String, Integer> ranks, FinalScore score) {
        Integer rank = ranks.get(score.applicationId());
        return rank == null ? "" : String.valueOf(rank);
    }

    private void agreement(PrintWriter out) {
        out.println(text.get("committee.agreement"));
        TextTable table = new TextTable(List.of(text.get("col.criterion"), text.get("col.alpha"), text.get("col.applications"),
                text.get("col.reviews")), false, true, true, true);
        for (Agreement agreement : scores.agreement()) {
            table.row(List.of(agreement.criterion().id(), agreement.alpha() == null ? text.get("committee.noAlpha")
                    : String.format(text.locale(), "%.2f", agreement.alpha()), String.valueOf(agreement.applications()),
                    String.valueOf(agreement.scores())));
        }
        table.print(out);
        out.println(text.get("committee.alphaReading"));
    }

    private void discussion(PrintWriter out) {
        List<FinalScore> flagged = scores.ranking().stream().filter(FinalScore::toDiscuss).toList();
        if (flagged.isEmpty()) {
            return;
        }
        out.println();
        out.println(text.get("committee.discuss", flagged.size()));
        ReviewSettings settings = run.committee().settings();
        for (FinalScore score : flagged) {
            for (DiscussionFlag flag : score.flags()) {
                out.println("  " + text.get("committee.flag." + flag.reason().name(), score.applicationId(),
                        flag.criterion().id(), flag.reviews(), settings.minimumReviews(), shown(flag.spread()),
                        shown(settings.maximumSpread())));
            }
        }
    }

    private void exclusions(PrintWriter out) {
        if (scores.excluded().isEmpty() && run.reviewers() == null) {
            return;
        }
        out.println();
        if (scores.excluded().isEmpty()) {
            out.println(text.get("committee.noExclusion", run.conflicts().size()));
            return;
        }
        Map<Conflict, Integer> counts = new LinkedHashMap<>();
        for (ExcludedReview excluded : scores.excluded()) {
            counts.merge(excluded.conflict(), 1, Integer::sum);
        }
        out.println(text.get("committee.excluded", scores.excluded().size()));
        TextTable table = new TextTable(List.of(text.get("col.reviewer"), text.get("col.application"), text.get("col.link"),
                text.get("col.declared"), text.get("col.found"), text.get("col.reviews")), false, false, false, false, false, true);
        counts.forEach((conflict, count) -> table.row(List.of(conflict.reviewer(), conflict.applicationId(),
                text.get("link." + conflict.link().name()), conflict.declared(), conflict.found(), String.valueOf(count))));
        table.print(out);
    }

    /** One application's reviews, for {@code grille explain}. */
    void explain(String applicationId, PrintWriter out) {
        FinalScore score = scores.of(applicationId);
        if (score == null) {
            return;
        }
        out.println();
        out.println(text.get("explain.reviews", run.reviewsFile().toString()));
        TextTable table = new TextTable(List.of(text.get("col.criterion"), text.get("col.reviewer"), text.get("col.score"),
                text.get("col.calibrated"), text.get("col.comment")), false, false, true, true, false);
        List<Review> own = run.reviews().reviews().stream().filter(r -> r.applicationId().equals(applicationId)).toList();
        List<ExcludedReview> excluded = scores.excluded().stream()
                .filter(e -> e.review().applicationId().equals(applicationId)).toList();
        for (Review review : own) {
            boolean out1 = excluded.stream().anyMatch(e -> e.review().equals(review));
            table.row(List.of(review.criterion().id(), review.reviewer(), shown(review.score()),
                    out1 ? text.get("explain.excluded") : "", review.comment()));
        }
        table.print(out);
        out.println();
        TextTable criteria = new TextTable(List.of(text.get("col.criterion"), text.get("col.rules"), text.get("col.reviews"),
                text.get("col.mean"), text.get("col.calibrated"), text.get("col.final"), text.get("col.calibratedFinal")),
                false, true, true, true, true, true, true);
        for (CriterionReview c : score.criteria()) {
            criteria.row(List.of(c.criterion().id(), String.valueOf(c.rulePoints()), String.valueOf(c.reviews()),
                    shown(c.meanScore()), shown(c.calibratedScore()), shown(c.points()), shown(c.calibratedPoints())));
        }
        criteria.print(out);
        out.println(text.get("explain.final", score.ruleTotal(), shown(score.score()), shown(score.calibratedScore())));
        for (ExcludedReview e : excluded.stream().filter(distinctConflict()).toList()) {
            out.println(text.get("explain.conflict", e.conflict().reviewer(), text.get("link." + e.conflict().link().name()),
                    e.conflict().declared(), e.conflict().found()));
        }
        ReviewSettings settings = run.committee().settings();
        for (DiscussionFlag flag : score.flags()) {
            out.println(text.get("committee.flag." + flag.reason().name(), applicationId, flag.criterion().id(),
                    flag.reviews(), settings.minimumReviews(), shown(flag.spread()), shown(settings.maximumSpread())));
        }
    }

    private static java.util.function.Predicate<ExcludedReview> distinctConflict() {
        java.util.Set<Conflict> seen = new java.util.HashSet<>();
        return e -> seen.add(e.conflict());
    }

    private String shown(Double value) {
        return number(value, text.locale());
    }

    /** A score with at most two decimals, a decimal comma in French; a dash when there is none. */
    static String number(Double value, java.util.Locale locale) {
        if (value == null || value.isNaN()) {
            return "—";
        }
        java.math.BigDecimal rounded = java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String plain = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        return "fr".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
