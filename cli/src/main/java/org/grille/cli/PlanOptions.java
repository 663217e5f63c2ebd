package org.grille.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchResult;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.FundingPlanner;
import org.grille.api.funding.FundingRequest;
import picocli.CommandLine.Option;

/** The funding plan's options ({@code --policy}, {@code --time-limit}), shared by the commands that make a plan. */
final class PlanOptions {

    @Option(names = "--policy", defaultValue = "rank",
            description = "rank (ordre de rang, défaut) ou max-score (note totale maximale).",
            converter = AllocateCommand.PolicyConverter.class)
    AllocateCommand.Policy policy;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Limite de travail du solveur max-score, en secondes déterministes : le même plan sur tout ordinateur "
                    + "(défaut : celle du manifeste, 10) / max-score solver work limit, in deterministic seconds.")
    Double timeLimit;

    /** A plan with what it was made from: the planner and requests a sensitivity study reuses, and the rejections. */
    record Planned(FundingPlanner planner, List<FundingRequest> requests, FundingPlan plan, List<Rejection> rejections) {
    }

    /** Refuses a time limit outside (0, 3600] seconds before anything is read. */
    void check(Text text) {
        if (timeLimit != null && !(timeLimit > 0 && timeLimit <= 3600)) {
            throw new UsageException(text.get("error.timeLimit", timeLimit));
        }
    }

    AllocationPolicy policy() {
        return policy == AllocateCommand.Policy.max_score ? AllocationPolicy.MAX_SCORE : AllocationPolicy.RANK_ORDER;
    }

    /** Scores the batch once and plans from the assessments. Repeated ids are already rejections of the batch. */
    Planned plan(Scorer scorer, ApplicationBatch batch) {
        BatchResult scored = scorer.assessAll(batch);
        Map<String, Application> byId = new HashMap<>();
        batch.applications().forEach(a -> byId.putIfAbsent(a.id(), a));
        List<FundingRequest> requests = scored.assessments().stream()
                .map(a -> FundingRequest.of(byId.get(a.applicationId()), a)).toList();
        FundingPlanner planner = scorer.planner();
        if (timeLimit != null) {
            planner = planner.withTimeLimit(Duration.ofNanos(Math.max(1, Math.round(timeLimit * 1e9))));
        }
        return new Planned(planner, requests, planner.plan(requests, policy()), List.copyOf(scored.rejections()));
    }
}
