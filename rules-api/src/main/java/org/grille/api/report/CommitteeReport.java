package org.grille.api.report;

import java.util.HashSet;
import java.util.List;
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
import org.grille.api.funding.FundingPlan;

/**
 * What the selection committee's report shows: the applications, their assessments, the funding plan and the
 * fairness audit of one round, all made by the same catalog version. {@link Scorer#writeReport} turns it into one
 * self-contained HTML page.
 *
 * <pre>{@code
 * CommitteeReport report = CommitteeReport.of(scorer, batch, AllocationPolicy.RANK_ORDER, 5);
 * try (OutputStream out = Files.newOutputStream(file)) {
 *     scorer.writeReport(report, out);
 * }
 * }</pre>
 *
 * @param applications the applications read, in input order: the report shows their titles, organizations and summaries
 * @param assessments  one assessment for each application that could be assessed
 * @param plan         the funding plan of those applications
 * @param audit        the fairness audit of the same applications
 * @param unreadable   entries of the input that could not be read, so the report counts and lists them
 */
public record CommitteeReport(List<Application> applications, List<Assessment> assessments, FundingPlan plan,
                              FairnessAudit audit, List<Rejection> unreadable) {

    /**
     * Copies the lists and checks that everything comes from one round and one catalog version.
     *
     * @param applications the applications read, in input order: the report shows their titles, organizations and
     *                     summaries
     * @param assessments one assessment for each application that could be assessed
     * @param plan the funding plan of those applications
     * @param audit the fairness audit of the same applications
     * @param unreadable entries of the input that could not be read, so the report counts and lists them
     * @throws NullPointerException     when a list, an element, {@code plan} or {@code audit} is null
     * @throws IllegalArgumentException when an assessment or a decision names an application that is not in
     *                                  {@code applications}, or when the plan, the audit and the assessments were made
     *                                  by different catalog versions
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
    }

    /**
     * Scores a batch, plans it under {@code policy} and audits it: everything a report needs. The audit's funded
     * rates are those of the rank-order plan, whatever {@code policy} is (see {@link Scorer#audit}).
     *
     * @param scorer           the scorer of the catalog version to report on
     * @param batch            the applications read, with the entries that could not be read
     * @param policy           how the envelope is allocated in the plan
     * @param minimumGroupSize the audit's smallest group to judge, at least 1
     * @return the report, ready for {@link Scorer#writeReport}
     * @throws IllegalArgumentException when {@code minimumGroupSize} is below 1 or two applications share an id
     */
    public static CommitteeReport of(Scorer scorer, ApplicationBatch batch, AllocationPolicy policy, int minimumGroupSize) {
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(policy, "policy");
        FairnessAudit audit = scorer.audit(batch.applications(), minimumGroupSize);
        FundingPlan plan = scorer.plan(batch.applications(), policy);
        BatchResult result = scorer.assessAll(batch.applications());
        return new CommitteeReport(batch.applications(), result.assessments(), plan, audit, batch.rejections());
    }
}
