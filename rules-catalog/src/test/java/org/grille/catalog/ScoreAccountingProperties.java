package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;

/** Every point of a total is accounted for, and no cap of the manifest is ever exceeded. */
class ScoreAccountingProperties {

    /** Read from the catalog under test: a tuned weight or threshold is a catalog edit, not a test edit. */
    private static final int OBJECTIVE_MAX = Catalog.MANIFEST.objectiveFit().bestObjectiveMax();
    private static final int FUNDABLE_THRESHOLD = Catalog.MANIFEST.fundableThreshold();

    @Provide
    Arbitrary<ApplicationArbitraries.Sample> applications() {
        return ApplicationArbitraries.samples();
    }

    /** Edge cases are left out here: mixed in, they crowd out the ordinary applications the coverage checks count. */
    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void the_total_is_between_0_and_100_and_equals_the_sum_of_capped_contributions(@ForAll("applications") ApplicationArbitraries.Sample sample) {
        Assessment assessment = Catalog.SCORER.assess(sample.application());

        Statistics.label("eligible").collect(assessment.eligible());
        Statistics.label("fundable").collect(assessment.fundable());
        assessment.failedGates().forEach(g -> Statistics.label("failed gate").collect(g.gate()));
        Statistics.label("eligible").coverage(c -> {
            c.check(true).percentage(p -> p >= 20);
            c.check(false).percentage(p -> p >= 10);
        });
        Statistics.label("fundable").coverage(c -> {
            c.check(true).percentage(p -> p >= 5);
            c.check(false).percentage(p -> p >= 20);
        });

        assertThat(assessment.total()).isBetween(0, 100);
        int counted = assessment.contributions().stream().mapToInt(Contribution::counted).sum();
        int byCriterion = assessment.criterionScores().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(assessment.total()).isEqualTo(counted).isEqualTo(byCriterion);
        for (Criterion criterion : Catalog.MANIFEST.maxima().keySet()) {
            int fromContributions = assessment.contributions().stream().filter(c -> c.criterion().equals(criterion))
                    .mapToInt(Contribution::counted).sum();
            assertThat(assessment.score(criterion)).as("%s", criterion).isEqualTo(fromContributions);
        }
        assertThat(assessment.contributions()).allSatisfy(c -> assertThat(c.counted()).isBetween(0, c.points()));
        for (Criterion criterion : Catalog.MANIFEST.maxima().keySet()) {
            assertThat(assessment.score(criterion)).as("%s", criterion).isBetween(0, Catalog.MANIFEST.maxima().get(criterion));
        }
        for (Objective objective : Catalog.MANIFEST.objectiveIds()) {
            assertThat(assessment.score(objective)).isBetween(0, OBJECTIVE_MAX);
        }
        assertThat(assessment.fundable()).isEqualTo(assessment.eligible() && assessment.total() >= FUNDABLE_THRESHOLD);
    }
}
