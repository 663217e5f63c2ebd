package org.grille.api.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.FundingRequest;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.PartnershipReport;

/**
 * What the selection committee's report shows: the applications, their assessments, the funding plan, the
 * fairness audit and the partnership suggestions of one round, all made by the same catalog version.
 * {@link ReportWriter#writeReport} turns it into one self-contained HTML page.
 *
 * <pre>{@code
 * CommitteeReport report = CommitteeReport.of(scorer, batch, AllocationPolicy.RANK_ORDER, 5);
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     scorer.reports().writeReport(report, out);
 * }
 * }</pre>
 *
 * @param applications the applications read, in input order: the report shows their titles, organizations and summaries
 * @param assessments  one assessment for each application that could be assessed
 * @param plan         the funding plan of those applications
 * @param audit        the fairness audit of the same applications
 * @param unreadable   entries of the input that could not be read, so the report counts and lists them
 * @param partnerships what the catalog's partnership rules suggested for the same applications, or null when they
 *                     were not run: the report's partnership section then says so. Suggestions never change a
 *                     score or a funding decision.
 * @param reviews      the committee's final scores of the same assessments, or null when no reviews were given: the
 *                     report then has no reviews section
 * @param date         the report's date, printed on every page with the catalog version and the confidentiality
 *                     line; null for a report without a date (the same inputs then give the same page on any day)
 */
public record CommitteeReport(List<Application> applications, List<Assessment> assessments, FundingPlan plan,
                              FairnessAudit audit, List<Rejection> unreadable, PartnershipReport partnerships,
                              org.grille.api.review.CommitteeScores reviews, java.time.LocalDate date) {

    /**
     * Copies the lists and checks that everything comes from one round and one catalog version.
     *
     * @param applications the applications read, in input order: the report shows their titles, organizations and
     *                     summaries
     * @param assessments one assessment for each application that could be assessed
     * @param plan the funding plan of those applications
     * @param audit the fairness audit of the same applications
     * @param unreadable entries of the input that could not be read, so the report counts and lists them
     * @param partnerships the partnership suggestions of the same applications, or null when they were not run
     * @param reviews the committee's final scores of the same assessments, or null without reviews
     * @param date the report's date, or null
     * @throws NullPointerException     when a list, an element, {@code plan} or {@code audit} is null
     * @throws IllegalArgumentException when an assessment, a decision or a partnership suggestion names an
     *                                  application that is not in {@code applications}, or when the plan, the audit,
     *                                  the partnership suggestions and the assessments were made by different catalog
     *                                  versions
     */
    public CommitteeReport {
        applications = List.copyOf(applications);
        assessments = List.copyOf(assessments);
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(audit, "audit");
        unreadable = List.copyOf(unreadable);
        Set<String> ids = new HashSet<>();
        applications.forEach(a -> ids.add(a.id()));
        for (Assessment assessment : assessments) {
            if (!ids.contains(assessment.applicationId())) {
                throw new IllegalArgumentException("assessments: " + assessment.applicationId() + " is not in applications");
            }
            if (!assessment.catalog().equals(plan.catalog())) {
                throw new IllegalArgumentException("assessments: " + assessment.applicationId() + " was assessed by "
                        + assessment.catalog() + ", the plan by " + plan.catalog());
            }
        }
        plan.decisions().forEach(d -> {
            if (!ids.contains(d.applicationId())) {
                throw new IllegalArgumentException("plan: " + d.applicationId() + " is not in applications");
            }
        });
        if (!audit.catalog().equals(plan.catalog())) {
            throw new IllegalArgumentException("audit: made by " + audit.catalog() + ", the plan by " + plan.catalog());
        }
        if (reviews != null) {
            reviews.ranking().forEach(f -> {
                if (!ids.contains(f.applicationId())) {
                    throw new IllegalArgumentException("reviews: " + f.applicationId() + " is not in applications");
                }
            });
        }
        if (partnerships != null) {
            if (!partnerships.catalog().equals(plan.catalog())) {
                throw new IllegalArgumentException("partnerships: made by " + partnerships.catalog() + ", the plan by "
                        + plan.catalog());
            }
            for (ApplicationSuggestions a : partnerships.applications()) {
                if (!ids.contains(a.applicationId())) {
                    throw new IllegalArgumentException("partnerships: " + a.applicationId() + " is not in applications");
                }
                a.suggestions().forEach(suggestion -> {
                    if (!ids.contains(suggestion.partnerId())) {
                        throw new IllegalArgumentException("partnerships: " + suggestion.partnerId()
                                + " is not in applications");
                    }
                });
            }
            partnerships.overlaps().forEach(cluster -> cluster.applicationIds().forEach(id -> {
                if (!ids.contains(id)) {
                    throw new IllegalArgumentException("partnerships: " + id + " is not in applications");
                }
            }));
        }
    }

    /**
     * A report without partnership suggestions, as before they were part of it: its partnership section says they
     * were not run.
     *
     * @param applications the applications read, in input order
     * @param assessments one assessment for each application that could be assessed
     * @param plan the funding plan of those applications
     * @param audit the fairness audit of the same applications
     * @param unreadable entries of the input that could not be read
     * @throws NullPointerException     when a list, an element, {@code plan} or {@code audit} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public CommitteeReport(List<Application> applications, List<Assessment> assessments, FundingPlan plan,
                           FairnessAudit audit, List<Rejection> unreadable) {
        this(applications, assessments, plan, audit, unreadable, null, null, null);
    }

    /**
     * A report without the committee's reviews: its reviews section is left out.
     *
     * @param applications the applications read, in input order
     * @param assessments one assessment for each application that could be assessed
     * @param plan the funding plan of those applications
     * @param audit the fairness audit of the same applications
     * @param unreadable entries of the input that could not be read
     * @param partnerships the partnership suggestions of the same applications, or null when they were not run
     * @throws NullPointerException     when a list, an element, {@code plan} or {@code audit} is null
     * @throws IllegalArgumentException as the canonical constructor
     */
    public CommitteeReport(List<Application> applications, List<Assessment> assessments, FundingPlan plan,
                           FairnessAudit audit, List<Rejection> unreadable, PartnershipReport partnerships) {
        this(applications, assessments, plan, audit, unreadable, partnerships, null, null);
    }

    /**
     * The same report with the committee's final scores ({@link org.grille.api.review.Committee#combine}): the page
     * gains a reviews section with both rankings, agreement, the applications to discuss and the exclusions.
     *
     * @param scores the final scores of this report's assessments
     * @return a new report, this one unchanged
     * @throws IllegalArgumentException when a final score names an application that is not in the report
     */
    public CommitteeReport withReviews(org.grille.api.review.CommitteeScores scores) {
        return new CommitteeReport(applications, assessments, plan, audit, unreadable, partnerships,
                java.util.Objects.requireNonNull(scores, "scores"), date);
    }

    /**
     * The same report with a date, printed on every page.
     *
     * @param day the report's date
     * @return a new report, this one unchanged
     */
    public CommitteeReport dated(java.time.LocalDate day) {
        return new CommitteeReport(applications, assessments, plan, audit, unreadable, partnerships, reviews,
                java.util.Objects.requireNonNull(day, "day"));
    }

    /**
     * Scores a batch, plans it under {@code policy}, audits it and runs the catalog's partnership rules over it
     * ({@link Scorer#partnerships()}): everything a report needs. The audit's funded rates are those of the rank-order
     * plan, whatever {@code policy} is (see {@link org.grille.api.fairness.Fairness#audit}).
     *
     * @param scorer           the scorer of the catalog version to report on
     * @param batch            the applications read, with the entries that could not be read
     * @param policy           how the envelope is allocated in the plan
     * @param minimumGroupSize the audit's smallest group to judge, at least 1
     * @return the report, ready for {@link ReportWriter#writeReport}
     * @throws IllegalArgumentException when {@code minimumGroupSize} is below 1 or two applications share an id
     * @throws org.grille.api.AssessmentException when the partnership rules run away (a rule that pairs nearly every
     *                                            application with every other)
     */
    public static CommitteeReport of(Scorer scorer, ApplicationBatch batch, AllocationPolicy policy, int minimumGroupSize) {
        return of(scorer, batch, policy, minimumGroupSize, List.of());
    }

    /**
     * As {@link #of(Scorer, ApplicationBatch, AllocationPolicy, int)}, with the plan made around the selection
     * committee's decisions ({@link org.grille.api.funding.FundingPlanner#plan(java.util.List, AllocationPolicy,
     * java.util.List)}): the report lists them and every departure from the rules' plan.
     *
     * @param scorer           the scorer of the catalog version to report on
     * @param batch            the applications read, with the entries that could not be read
     * @param policy           how the envelope left is allocated
     * @param minimumGroupSize the audit's smallest group to judge, at least 1
     * @param decisions        the committee's decisions; none for the rules' plan
     * @return the report, ready for {@link ReportWriter#writeReport}
     * @throws IllegalArgumentException as the other factory, and when a decision cannot be carried out
     */
    public static CommitteeReport of(Scorer scorer, ApplicationBatch batch, AllocationPolicy policy, int minimumGroupSize,
                                     List<CommitteeDecision> decisions) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(decisions, "decisions");
        FairnessAudit audit = scorer.fairness().audit(batch.applications(), minimumGroupSize);
        FundingPlan plan = scorer.plan(batch.applications(), policy);
        BatchResult result = scorer.assessAll(batch.applications());
        if (!decisions.isEmpty()) {
            Map<String, Application> byId = new HashMap<>();
            batch.applications().forEach(a -> byId.putIfAbsent(a.id(), a));
            FundingPlan around = scorer.planner().plan(result.assessments().stream()
                    .map(a -> FundingRequest.of(byId.get(a.applicationId()), a)).toList(), policy, decisions);
            plan = new FundingPlan(around.policy(), around.tieBreakSeed(), around.envelopePerYear(), around.grantedPerYear(),
                    around.grantedPerObjective(), around.decisions(), plan.rejections(), around.catalog(), around.optimality(),
                    around.committeeDecisions(), around.departures());
        }
        PartnershipReport partnerships = scorer.partnerships().suggest(batch.applications());
        return new CommitteeReport(batch.applications(), result.assessments(), plan, audit, batch.rejections(),
                partnerships);
    }
}
