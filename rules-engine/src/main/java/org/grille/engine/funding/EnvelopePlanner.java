package org.grille.engine.funding;

import org.grille.engine.messages.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.grille.api.Assessment;
import org.grille.api.Criterion;
import org.grille.api.GateFailure;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.FundingPlanner;
import org.grille.api.funding.FundingRequest;
import org.grille.api.funding.PlanSensitivity;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.fairness.FairnessAuditor;
import org.grille.engine.funding.Allocator;
import org.grille.engine.funding.Candidate;
import org.grille.engine.funding.Sensitivity;
import org.grille.engine.funding.TieBreak;

/** Plans and audits from stored assessments with one compiled catalog's envelope and options; nothing is scored again. */
public final class EnvelopePlanner implements FundingPlanner {

    private final CompiledCatalog catalog;
    private final Messages messages;
    private final Duration timeLimit;

    public EnvelopePlanner(CompiledCatalog catalog, Messages messages, Duration timeLimit) {
        this.catalog = catalog;
        this.messages = messages;
        this.timeLimit = timeLimit;
    }

    public EnvelopePlanner(CompiledCatalog catalog, Messages messages) {
        this(catalog, messages, Allocator.timeLimitOf(catalog.manifest()));
    }

    @Override
    public FundingPlan plan(List<FundingRequest> requests, AllocationPolicy policy) {
        return plan(requests, List.of(), policy);
    }

    @Override
    public FundingPlan plan(List<FundingRequest> requests, AllocationPolicy policy, List<CommitteeDecision> decisions) {
        return plan(requests, List.of(), policy, decisions);
    }

    /** A plan that also lists the applications that could not be assessed. */
    public FundingPlan plan(List<FundingRequest> requests, List<Rejection> rejections, AllocationPolicy policy) {
        return plan(requests, rejections, policy, List.of());
    }

    /** A plan around the committee's decisions that also lists the applications that could not be assessed. */
    public FundingPlan plan(List<FundingRequest> requests, List<Rejection> rejections, AllocationPolicy policy,
                            List<CommitteeDecision> decisions) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(decisions, "decisions");
        Allocator allocator = allocator();
        return new CommitteePlan(allocator).plan(candidates(requests, allocator), rejections, policy, catalog.info(), decisions);
    }

    @Override
    public PlanSensitivity sensitivity(List<FundingRequest> requests, AllocationPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Allocator allocator = allocator();
        List<Candidate> candidates = candidates(requests, allocator);
        FundingPlan plan = allocator.plan(candidates, List.of(), policy, catalog.info());
        return new Sensitivity(allocator, messages).study(candidates, plan, criterionVariants(requests));
    }

    @Override
    public FairnessAudit audit(List<Application> applications, List<Assessment> assessments, int minimumGroupSize) {
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(assessments, "assessments");
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("minimumGroupSize: must be at least 1, was " + minimumGroupSize);
        }
        Map<String, Assessment> byId = new HashMap<>();
        for (Assessment a : assessments) {
            if (byId.put(a.applicationId(), a) != null) {
                throw new IllegalArgumentException(messages.get("funding.duplicateId", a.applicationId()));
            }
        }
        List<FundingRequest> requests = new ArrayList<>();
        List<Assessment> ordered = new ArrayList<>();
        for (Application application : applications) {
            Assessment a = byId.get(application.id());
            if (a == null) {
                throw new IllegalArgumentException("no assessment for application " + application.id());
            }
            requests.add(FundingRequest.of(application, a));
            ordered.add(a);
        }
        FundingPlan plan = plan(requests, AllocationPolicy.RANK_ORDER);
        return new FairnessAuditor(messages).audit(applications, ordered, plan, catalog, minimumGroupSize);
    }

    @Override
    public Duration timeLimit() {
        return timeLimit;
    }

    @Override
    public FundingPlanner withTimeLimit(Duration limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isZero() || limit.isNegative()) {
            throw new IllegalArgumentException("timeLimit: must be positive, was " + limit);
        }
        return new EnvelopePlanner(catalog, messages, limit);
    }

    private Allocator allocator() {
        return new Allocator(catalog.manifest(), messages, timeLimit);
    }

    private List<Candidate> candidates(List<FundingRequest> requests, Allocator allocator) {
        Objects.requireNonNull(requests, "requests");
        Set<String> ids = new HashSet<>();
        List<Candidate> candidates = new ArrayList<>(requests.size());
        for (FundingRequest r : requests) {
            Objects.requireNonNull(r, "requests: null entry");
            Assessment a = r.assessment();
            if (!ids.add(a.applicationId())) {
                throw new IllegalArgumentException(messages.get("funding.duplicateId", a.applicationId()));
            }
            if (!a.catalog().fingerprint().equals(catalog.info().fingerprint())) {
                throw new IllegalArgumentException("assessment of " + a.applicationId() + " was made with catalog "
                        + a.catalog() + ", not with this planner's " + catalog.info() + ": score it again or plan with that catalog");
            }
            candidates.add(new Candidate(a.applicationId(), a.total(), a.eligible(), a.fundable(), r.primaryObjective(),
                    r.requestedPerYear(), a.failedGates().stream().map(GateFailure::reason).toList(),
                    TieBreak.key(allocator.seed(), a.applicationId())));
        }
        return candidates;
    }

    /** Every criterion's maximum one point lower and one point higher, with each application's total counted again. */
    private List<Sensitivity.CriterionVariant> criterionVariants(List<FundingRequest> requests) {
        Manifest m = catalog.manifest();
        List<Sensitivity.CriterionVariant> variants = new ArrayList<>();
        for (Criterion criterion : m.maxima().keySet()) {
            for (int delta : new int[] {-1, 1}) {
                Map<Criterion, Integer> criteria = m.maxima();
                int max = criteria.getOrDefault(criterion, 0) + delta;
                if (max < 0) {
                    continue;
                }
                criteria.put(criterion, max);
                // Objective fit is the best objective's points plus the second's: its cap moves with the best objective's.
                int best = m.objectiveFit().bestObjectiveMax() + (criterion.equals(m.fitCriterion()) ? delta : 0);
                int second = m.objectiveFit().secondaryObjectiveMax();
                Map<String, Integer> totals = new HashMap<>();
                for (FundingRequest r : requests) {
                    totals.put(r.applicationId(), Sensitivity.recount(r.assessment(), r.primaryObjective(), criteria, best, second));
                }
                variants.add(new Sensitivity.CriterionVariant(criterion, delta, totals));
            }
        }
        return variants;
    }
}
