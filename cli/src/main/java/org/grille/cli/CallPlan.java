package org.grille.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchResult;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.FundingPlanner;
import org.grille.api.funding.FundingRequest;

/**
 * A call scored once and planned from its assessments, around the committee's decisions: what {@code allocate},
 * {@code record} and {@code recheck} share, so that a record is made exactly as the plan staff saw.
 */
record CallPlan(ApplicationBatch batch, BatchResult scored, List<FundingRequest> requests, FundingPlanner planner,
                FundingPlan plan) {

    /**
     * Scores and plans. Repeated ids are already rejections of the batch.
     *
     * @throws UsageException when the committee's decisions cannot be carried out on this call
     */
    static CallPlan of(Scorer scorer, ApplicationBatch batch, AllocationPolicy policy, Duration timeLimit,
                       List<CommitteeDecision> decisions, Text text) {
        BatchResult scored = scorer.assessAll(batch);
        Map<String, Application> byId = new HashMap<>();
        batch.applications().forEach(a -> byId.putIfAbsent(a.id(), a));
        List<FundingRequest> requests = scored.assessments().stream()
                .map(a -> FundingRequest.of(byId.get(a.applicationId()), a)).toList();
        FundingPlanner planner = timeLimit == null ? scorer.planner() : scorer.planner().withTimeLimit(timeLimit);
        try {
            return new CallPlan(batch, scored, requests, planner, planner.plan(requests, policy, decisions));
        } catch (IllegalArgumentException e) {
            throw new UsageException(text.get("decisions.cannotApply", TerminalText.visible(e.getMessage())));
        }
    }

    /** The application of each assessed id. */
    Map<String, Application> applicationsById() {
        Map<String, Application> byId = new HashMap<>();
        batch.applications().forEach(a -> byId.putIfAbsent(a.id(), a));
        return byId;
    }
}
