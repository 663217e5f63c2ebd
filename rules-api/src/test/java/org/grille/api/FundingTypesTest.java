package org.grille.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.grille.api.application.Objective;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.Optimality;
import org.grille.api.funding.YearBudget;
import org.junit.jupiter.api.Test;

/** The funding records keep their old constructors and check what a committee reads from them. */
class FundingTypesTest {

    private static final CatalogInfo CATALOG = new CatalogInfo("c", "1", "0".repeat(64), new org.grille.api.Rubric(java.util.List.of(), java.util.List.of(), org.grille.api.Criterion.of("OBJECTIVE_FIT")));

    @Test
    void a_plan_built_the_old_way_reports_no_search_and_its_years() {
        FundingDecision funded = new FundingDecision("A", 80, Objective.of("HIRING_BARRIERS"), 1, "k", List.of(60L, 10L),
                List.of(60L, 10L), DecisionReason.FUNDED, "ok");
        FundingPlan plan = new FundingPlan(AllocationPolicy.RANK_ORDER, "seed", List.of(100L, 100L), List.of(60L, 10L),
                Map.of(Objective.of("HIRING_BARRIERS"), 70L), List.of(funded), List.of(), CATALOG);

        assertThat(funded.shortYear()).isZero();
        assertThat(plan.optimality().status()).isEqualTo(Optimality.Status.NOT_SEARCHED);
        assertThat(plan.optimality().fundedScore()).isEqualTo(80);
        assertThat(plan.years()).containsExactly(new YearBudget(1, 100, 60, 40), new YearBudget(2, 100, 10, 90));
    }

    @Test
    void optimality_gives_the_gap_and_refuses_a_bound_below_the_score() {
        Optimality cut = new Optimality(Optimality.Status.TIME_LIMIT, 190, 200, "time limit");

        assertThat(cut.gap()).isEqualTo(10);
        assertThat(cut.relativeGap()).isEqualTo(0.05);
        assertThat(cut.scoreProven()).isFalse();
        assertThatThrownBy(() -> new Optimality(Optimality.Status.OPTIMAL, 200, 199, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new YearBudget(1, 100, 60, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
