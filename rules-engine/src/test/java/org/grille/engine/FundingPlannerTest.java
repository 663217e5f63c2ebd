package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.Criterion;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Budget;
import org.grille.api.application.Commitment;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.FundingPlanner;
import org.grille.api.funding.FundingRequest;
import org.grille.api.funding.PlanSensitivity;
import org.grille.engine.funding.Sensitivity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans and audits from stored assessments: what an auditor re-runs months after the scoring. */
class FundingPlannerTest {

    @TempDir
    static Path temp;

    private static Scorer scorer;
    private static List<Application> applications;
    private static List<FundingRequest> requests;

    @BeforeAll
    static void scoreOnce() {
        scorer = Scorer.builder().catalogDirectory(TestCatalogs.copy("mini", temp)).build();
        applications = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            Application base = Applications.valid("P-" + i);
            Budget b = base.budget();
            long perYear = 20_000L + 5_000L * i;
            applications.add(new Application(base.id(), base.language(), base.organization(), base.project(),
                    new Budget(List.of(perYear, perYear), b.totalCost(), b.lines(), b.otherFunding()),
                    i % 3 == 0 ? List.of() : List.of(Applications.partner(Commitment.SIGNED_AGREEMENT)), base.leadership()));
        }
        requests = applications.stream().map(a -> FundingRequest.of(a, scorer.assess(a))).toList();
    }

    @Test
    void a_plan_from_stored_assessments_is_the_plan_of_scoring_again() {
        for (AllocationPolicy policy : AllocationPolicy.values()) {
            assertThat(scorer.planner().plan(requests, policy)).isEqualTo(scorer.plan(applications, policy));
        }
    }

    @Test
    void uses_the_stored_scores_without_scoring_again() {
        int last = requests.size() - 1;
        Assessment stored = requests.get(last).assessment();
        assertThat(stored.eligible()).isTrue();
        Assessment raised = new Assessment(stored.applicationId(), true, true, 100,
                stored.failedGates(), stored.criterionScores(), stored.objectiveScores(), stored.contributions(), stored.catalog());
        List<FundingRequest> edited = new ArrayList<>(requests);
        edited.set(last, new FundingRequest(raised, requests.get(last).primaryObjective(), requests.get(last).requestedPerYear()));

        FundingPlan plan = scorer.planner().plan(edited, AllocationPolicy.RANK_ORDER);

        assertThat(plan.decision(stored.applicationId()).total()).isEqualTo(100);
        assertThat(plan.decision(stored.applicationId()).rank()).isEqualTo(1);
    }

    @Test
    void refuses_assessments_made_with_another_catalog() {
        Assessment stored = requests.get(0).assessment();
        Assessment foreign = new Assessment(stored.applicationId(), stored.eligible(), stored.fundable(), stored.total(),
                stored.failedGates(), stored.criterionScores(), stored.objectiveScores(), stored.contributions(),
                new CatalogInfo("mini", "1", "f".repeat(64), stored.catalog().rubric()));

        assertThatThrownBy(() -> scorer.planner().plan(List.of(new FundingRequest(foreign, requests.get(0).primaryObjective(),
                requests.get(0).requestedPerYear())), AllocationPolicy.RANK_ORDER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(stored.applicationId()).hasMessageContaining("score it again");
        assertThatThrownBy(() -> scorer.planner().plan(List.of(requests.get(0), requests.get(0)), AllocationPolicy.MAX_SCORE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(stored.applicationId());
    }

    @Test
    void an_audit_from_stored_assessments_is_the_audit_of_scoring_again() {
        List<Assessment> stored = requests.stream().map(FundingRequest::assessment).toList();

        assertThat(scorer.planner().audit(applications, stored, 2)).isEqualTo(scorer.fairness().audit(applications, 2));
        assertThatThrownBy(() -> scorer.planner().audit(applications, stored.subList(1, stored.size()), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-1");
    }

    @Test
    void the_time_limit_comes_from_the_manifest_or_the_caller_and_must_be_positive() {
        FundingPlanner planner = scorer.planner();

        assertThat(planner.timeLimit()).isEqualTo(FundingPlanner.DEFAULT_TIME_LIMIT);
        assertThat(planner.withTimeLimit(Duration.ofSeconds(3)).timeLimit()).isEqualTo(Duration.ofSeconds(3));
        assertThatThrownBy(() -> planner.withTimeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void counting_again_with_the_manifest_maximums_gives_every_stored_total_back() {
        // the maximums of the catalog under test, as its manifest gives them
        Map<Criterion, Integer> criteria = new java.util.LinkedHashMap<>();
        requests.get(0).assessment().catalog().rubric().criteria().forEach(c -> criteria.put(c.criterion(), c.maximum()));
        for (FundingRequest r : requests) {
            assertThat(Sensitivity.recount(r.assessment(), r.primaryObjective(), criteria, 20, 5)).isEqualTo(r.assessment().total());
        }
    }

    @Test
    void the_sensitivity_study_tries_every_criterion_maximum() {
        PlanSensitivity study = scorer.planner().sensitivity(requests, AllocationPolicy.RANK_ORDER);

        assertThat(study.policy()).isEqualTo(AllocationPolicy.RANK_ORDER);
        assertThat(study.fundedScore()).isEqualTo(scorer.plan(applications, AllocationPolicy.RANK_ORDER).fundedScore());
        assertThat(study.message()).contains("14");
        assertThat(study.complete()).isTrue();
    }
}
