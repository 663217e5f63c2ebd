package org.grille.engine.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grille.api.review.Agreement;
import org.grille.api.review.CommitteeScores;
import org.grille.api.review.Conflict;
import org.grille.api.review.DiscussionFlag;
import org.grille.api.review.ExcludedReview;
import org.grille.api.review.FinalScore;

/** Fills the report's reviews section from the committee's final scores. */
final class ReviewSection {

    private final CommitteeScores scores;
    private final Words w;
    private final Function<String, ReportPage.Ref> refs;

    ReviewSection(CommitteeScores scores, Words w, Function<String, ReportPage.Ref> refs) {
        this.scores = scores;
        this.w = w;
        this.refs = refs;
    }

    ReportPage.Reviews build() {
        Map<String, Integer> asGiven = ranks(scores.rankingAsGiven());
        Map<String, Integer> calibrated = ranks(scores.ranking());
        List<ReportPage.ReviewRow> rows = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        for (FinalScore score : scores.ranking()) {
            rows.add(new ReportPage.ReviewRow(refs.apply(score.applicationId()), rank(calibrated, score), score.ruleTotal(),
                    score.eligible() ? shown(score.score()) : w.t("reviews.ineligible"),
                    score.eligible() ? shown(score.calibratedScore()) : "", rank(asGiven, score),
                    score.toDiscuss() ? w.t("reviews.discuss") : ""));
            for (DiscussionFlag flag : score.flags()) {
                flags.add(w.t("reviews.flag." + flag.reason().name(), score.applicationId(), w.criterion(flag.criterion()),
                        flag.reviews(), w.decimal(flag.spread())));
            }
        }
        List<ReportPage.AgreementRow> agreement = new ArrayList<>();
        for (Agreement a : scores.agreement()) {
            agreement.add(new ReportPage.AgreementRow(w.criterion(a.criterion()),
                    a.alpha() == null ? w.t("reviews.noAlpha") : w.decimal(a.alpha()), a.applications(), a.scores()));
        }
        Map<Conflict, Integer> counts = new LinkedHashMap<>();
        for (ExcludedReview excluded : scores.excluded()) {
            counts.merge(excluded.conflict(), 1, Integer::sum);
        }
        List<ReportPage.ExclusionRow> exclusions = new ArrayList<>();
        counts.forEach((c, n) -> exclusions.add(new ReportPage.ExclusionRow(c.reviewer(), refs.apply(c.applicationId()),
                w.label("reviews.link", c.link()), c.declared(), c.found(), n)));
        return new ReportPage.Reviews(w.t("reviews.intro"), rows, agreement, flags, exclusions);
    }

    private String shown(Double value) {
        return value == null ? "—" : w.decimal(value);
    }

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
}
