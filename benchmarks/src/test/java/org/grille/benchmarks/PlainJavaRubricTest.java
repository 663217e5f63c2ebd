package org.grille.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.GateFailure;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Objective;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plain-Java baseline is the bundled rubric: on 10 000 generated applications it gives the same
 * eligibility, failed gates, totals, criterion and objective scores as the engine with the bundled catalog.
 * Without this the benchmark's ratios would compare two different rubrics.
 */
class PlainJavaRubricTest {

    private static final int COUNT = 10_000;

    private static List<Application> applications;
    private static BatchResult engine;

    @BeforeAll
    static void scoreWithTheEngine() {
        applications = Samples.generate(COUNT);
        engine = Scorer.builder().build().assessAll(applications);
    }

    @Test
    void everyGeneratedApplicationIsValid() {
        assertThat(engine.rejections()).isEmpty();
        assertThat(engine.assessments()).hasSize(COUNT);
    }

    /** A baseline, not a second source of truth: after a rule edit this comparison waits for the baseline to follow. */
    @Test
    void theBaselineScoresLikeTheEngine() {
        assumeTrue(PlainJavaRubric.mirrorsTheBundledRubric(), "the bundled rules or manifest changed since PlainJavaRubric "
                + "was written (digest " + PlainJavaRubric.digestOfTheBundledRubric() + "): the plain-Java baseline is "
                + "for the older rubric until it is brought up to date");
        PlainJavaRubric rubric = new PlainJavaRubric();
        SoftAssertions softly = new SoftAssertions();
        int differences = 0;
        for (int i = 0; i < COUNT && differences < 20; i++) {
            Assessment expected = engine.assessments().get(i);
            PlainJavaRubric.Result actual = rubric.assess(applications.get(i));
            String id = expected.applicationId();
            List<String> gates = expected.failedGates().stream().map(GateFailure::gate).toList();
            boolean same = actual.applicationId().equals(id)
                    && actual.eligible() == expected.eligible()
                    && actual.fundable() == expected.fundable()
                    && actual.total() == expected.total()
                    && actual.failedGates().equals(gates)
                    && actual.criterionScoreMap().equals(expected.criterionScores())
                    && actual.objectiveScoreMap().equals(expected.objectiveScores());
            if (!same) {
                differences++;
                softly.assertThat(actual.applicationId()).as("id").isEqualTo(id);
                softly.assertThat(actual.eligible()).as("%s eligible", id).isEqualTo(expected.eligible());
                softly.assertThat(actual.fundable()).as("%s fundable", id).isEqualTo(expected.fundable());
                softly.assertThat(actual.failedGates()).as("%s failed gates", id).isEqualTo(gates);
                softly.assertThat(actual.total()).as("%s total; engine fired %s", id, expected.firedRules())
                        .isEqualTo(expected.total());
                softly.assertThat(actual.criterionScoreMap()).as("%s criterion scores", id)
                        .isEqualTo(expected.criterionScores());
                softly.assertThat(actual.objectiveScoreMap()).as("%s objective scores", id)
                        .isEqualTo(expected.objectiveScores());
            }
        }
        softly.assertAll();
    }

    /** The comparison means something only if the generated applications reach every kind of outcome. */
    @Test
    void theSamplesAreVaried() {
        List<Assessment> all = engine.assessments();
        long eligible = all.stream().filter(Assessment::eligible).count();
        long fundable = all.stream().filter(Assessment::fundable).count();
        assertThat(eligible).as("eligible").isBetween(COUNT * 40L / 100, COUNT * 90L / 100);
        assertThat(fundable).as("fundable").isGreaterThan(COUNT / 10);
        assertThat(all.stream().filter(a -> a.eligible() && !a.fundable()).count()).as("eligible, under the threshold")
                .isGreaterThan(COUNT / 10);
        assertThat(all.stream().filter(a -> a.failedGates().size() >= 2).count()).as("two gates or more").isPositive();

        Set<String> gates = new HashSet<>();
        all.forEach(a -> a.failedGates().forEach(g -> gates.add(g.gate())));
        assertThat(gates).as("every gate fails somewhere").hasSize(12);

        Set<String> fired = new HashSet<>();
        all.forEach(a -> fired.addAll(a.firedRules()));
        assertThat(fired).as("every rule of the catalog fires somewhere").hasSize(12 + 25 + 25);

        Set<Objective> primaries = new HashSet<>();
        applications.forEach(a -> primaries.add(a.project().primaryObjective()));
        assertThat(primaries).containsExactlyInAnyOrderElementsOf(all.get(0).catalog().rubric().objectiveIds());

        List<Integer> totals = new ArrayList<>();
        all.forEach(a -> totals.add(a.total()));
        assertThat(totals.stream().mapToInt(Integer::intValue).min().orElseThrow()).as("weakest total").isLessThan(30);
        assertThat(totals.stream().mapToInt(Integer::intValue).max().orElseThrow()).as("strongest total").isGreaterThan(85);
        // A capped rule: some criterion reached its maximum with points left over.
        assertThat(all.stream().flatMap(a -> a.contributions().stream()).anyMatch(c -> c.counted() < c.points()))
                .as("some contribution is capped").isTrue();
    }

    @Test
    void theSamplesAreDeterministic() {
        assertThat(Samples.generate(200)).isEqualTo(applications.subList(0, 200));
        assertThat(Samples.generate(50, 7)).isNotEqualTo(applications.subList(0, 50));
    }
}
