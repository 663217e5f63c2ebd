package org.grille.engine.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Explanation;
import org.grille.api.GateFailure;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.FundingDecision;
import org.grille.api.report.ApplicantLetter;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.catalog.Reasons;

/**
 * Turns an {@link ApplicantLetter} into a {@link LetterPage} in the application's language: the decision said from
 * its reason code and figures (not from the plan's explanation, which is in the scorer's language), the reasons of
 * the rules from the catalog's bundles in that language, and the points still open from an explanation made in it.
 */
final class LetterBuilder {

    /** Principal factors shown: the reasons that gave the most points. */
    static final int FACTORS = 3;
    /** Rules named per criterion with points still open: the ones that would add the most. */
    static final int RULES_PER_CRITERION = 2;

    private final Manifest manifest;
    /** The criteria's maxima, read once from the manifest. */
    private final java.util.Map<org.grille.api.Criterion, Integer> maxima;
    private final Reasons reasons;
    private final Words w;
    private final Locale locale;

    LetterBuilder(Manifest manifest, Reasons reasons, Words w, Locale locale) {
        this.manifest = manifest;
        this.maxima = manifest.maxima();
        this.reasons = reasons;
        this.w = w;
        this.locale = locale;
    }

    LetterPage build(ApplicantLetter letter, Explanation explanation) {
        Assessment a = letter.assessment();
        FundingDecision d = letter.decision();
        Manifest.ReviewRequest review = manifest.reviewRequest();
        LocalDate until = letter.date().plusDays(review.withinDays());
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        String language = locale.getLanguage();
        String program = manifest.name().getOrDefault(language, manifest.name().getOrDefault("fr", manifest.id()));
        String title = letter.application().project() == null ? "" : letter.application().project().title();
        String organization = letter.application().organization() == null ? "" : letter.application().organization().name();

        List<String> money = new ArrayList<>();
        for (int year = 0; year < d.granted().size(); year++) {
            if (d.granted().get(year) > 0) {
                money.add(w.t("letter.year", year + 1, w.money(d.granted().get(year))));
            }
        }
        List<LetterPage.CriterionLine> criteria = new ArrayList<>();
        for (Criterion c : maxima.keySet()) {
            criteria.add(new LetterPage.CriterionLine(w.criterion(c), a.score(c), maxima.getOrDefault(c, 0)));
        }
        List<String> factors = a.contributions().stream().filter(c -> c.counted() > 0)
                .sorted(Comparator.comparingInt(Contribution::counted).reversed()).limit(FACTORS)
                .map(c -> w.t("letter.factor", reasons.text(c.reasonKey(), locale), c.counted())).toList();
        List<String> gates = a.failedGates().stream().map(GateFailure::reasonKey).map(k -> reasons.text(k, locale)).toList();
        List<LetterPage.Missing> missing = new ArrayList<>();
        String gap = null;
        if (!d.funded() && a.eligible()) {
            for (OpenPoints open : explanation.criteria()) {
                if (open.open() > 0) {
                    missing.add(new LetterPage.Missing(w.criterion(open.criterion()), open.open(), open.rules().stream()
                            .sorted(Comparator.comparingInt(OpenRule::adds).reversed()).limit(RULES_PER_CRITERION)
                            .map(r -> w.t("letter.factor", r.reason(), r.adds())).toList()));
                }
            }
            if (explanation.gap() > 0) {
                gap = w.t("letter.gap", explanation.gap(), explanation.threshold(), String.join(", ",
                        explanation.fewestChanges().stream().map(c -> w.criterion(c)).toList()));
            }
        }
        String committee = letter.committee() == null ? null : letter.committee().reason();
        return new LetterPage(w, program, dates.format(letter.date()), organization,
                w.t("letter.subject", a.applicationId(), title), d.funded(), decision(d, a), money, committee,
                w.t("letter.score", a.total(), manifest.fundableThreshold()), reviewed(letter), criteria, factors, gates, missing, gap,
                w.t(letter.committee() == null ? "letter.automated.rules" : "letter.automated.committee"),
                w.t("letter.review", dates.format(until), review.withinDays(), review.contact().get(language)),
                w.t("letter.reference", a.applicationId(), a.catalog().id(), a.catalog().version(),
                        a.catalog().fingerprint().substring(0, 12)));
    }

    /** What the reviewers scored and the final score beside the rules' points, or null without reviews. */
    private String reviewed(ApplicantLetter letter) {
        org.grille.api.review.FinalScore reviews = letter.reviews();
        if (reviews == null) {
            return null;
        }
        String criteria = String.join(", ", reviews.criteria().stream().map(c -> w.criterion(c.criterion())).toList());
        if (reviews.score() == null) {
            return w.t("letter.reviewedNone", criteria);
        }
        return w.t("letter.reviewed", criteria, w.decimal(reviews.score()),
                reviews.calibratedScore() == null ? "—" : w.decimal(reviews.calibratedScore()));
    }

    /** The decision in the letter's language, from its reason and figures. */
    private String decision(FundingDecision d, Assessment a) {
        DecisionReason reason = d.reason();
        return w.t("letter.decision." + reason.name(), w.money(d.totalGranted()), a.total(), manifest.fundableThreshold(),
                d.rank(), d.shortYear(), w.money(d.requested().stream().mapToLong(Long::longValue).sum()));
    }
}
