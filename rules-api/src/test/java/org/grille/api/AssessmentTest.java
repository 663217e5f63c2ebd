package org.grille.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grille.api.application.Objective;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    @Test
    void an_assessment_cannot_be_changed_through_what_it_was_built_from_or_what_it_returns() {
        List<Contribution> contributions = new ArrayList<>(List.of(new Contribution("r", "f.drl", 3,
                Criterion.of("PARTNERSHIPS"), null, 5, 5, "k", "reason")));
        Map<Criterion, Integer> criteria = new java.util.LinkedHashMap<>();
        criteria.put(Criterion.of("PARTNERSHIPS"), 5);
        Assessment assessment = new Assessment("A", true, false, 5, List.of(), criteria, Map.of(Objective.of("HIRING_BARRIERS"), 0),
                contributions, new CatalogInfo("c", "1", "ab", new org.grille.api.Rubric(java.util.List.of(), java.util.List.of(), org.grille.api.Criterion.of("OBJECTIVE_FIT"))));

        contributions.clear();
        criteria.put(Criterion.of("PARTNERSHIPS"), 99);

        assertThat(assessment.contributions()).hasSize(1);
        assertThat(assessment.score(Criterion.of("PARTNERSHIPS"))).isEqualTo(5);
        assertThat(assessment.score(Criterion.of("BUDGET_REALISM"))).isZero();
        assertThat(assessment.firedRules()).containsExactly("r");
        assertThatThrownBy(() -> assessment.contributions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void an_assessment_accepts_empty_score_maps() {
        Assessment empty = new Assessment("A", false, false, 0, List.of(), Map.of(), Map.of(), List.of(),
                new CatalogInfo("c", "1", "ab", new org.grille.api.Rubric(java.util.List.of(), java.util.List.of(), org.grille.api.Criterion.of("OBJECTIVE_FIT"))));

        assertThat(empty.score(Criterion.of("PARTNERSHIPS"))).isZero();
        assertThat(empty.score(Objective.of("HIRING_BARRIERS"))).isZero();
    }
}
