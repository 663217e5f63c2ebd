package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Explanation;
import org.grille.api.JsonCodec;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.api.application.Application;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What an applicant can act on, on the sample applications")
class ExplanationTest {

    private static final int THRESHOLD = Catalog.MANIFEST.fundableThreshold();

    private static List<Application> samples() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("../examples/data/applications.json"))) {
            return JsonCodec.standard().readBatch(in).applications();
        }
    }

    private static Application sample(String id) throws IOException {
        return samples().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void application_040_under_the_threshold_gets_its_gap_and_the_fewest_criteria_that_close_it() throws IOException {
        Assessment assessment = Catalog.SCORER.assess(sample("MI-2027-040"));
        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.total()).as("the sample is meant to fall just short").isLessThan(THRESHOLD);

        Explanation explanation = Catalog.SCORER.explain(assessment);

        assertThat(explanation.gap()).isEqualTo(THRESHOLD - assessment.total());
        List<Criterion> fewest = explanation.fewestChanges();
        Map<Criterion, Integer> open = openByCriterion(explanation);
        assertThat(fewest).isNotEmpty();
        assertThat(fewest.stream().mapToInt(open::get).sum()).as("the chosen criteria close the gap")
                .isGreaterThanOrEqualTo(explanation.gap());
        int largestFewer = open.values().stream().sorted((a, b) -> b - a).limit(fewest.size() - 1L).mapToInt(Integer::intValue).sum();
        assertThat(largestFewer).as("no set of one criterion fewer closes it").isLessThan(explanation.gap());
        for (Criterion criterion : fewest) {
            OpenPoints points = of(explanation, criterion);
            assertThat(points.rules()).as("%s names the rules that would give its points", criterion)
                    .anySatisfy(r -> assertThat(r.adds()).isPositive());
        }
    }

    @Test
    void every_criterion_shows_what_it_has_what_is_open_and_only_rules_that_did_not_fire() throws IOException {
        for (Application application : samples()) {
            Assessment assessment = Catalog.SCORER.assess(application);
            Explanation explanation = Catalog.SCORER.explain(assessment);
            Set<String> fired = assessment.contributions().stream().map(Contribution::rule).collect(Collectors.toSet());

            assertThat(explanation.criteria()).extracting(OpenPoints::criterion).containsExactlyElementsOf(Catalog.MANIFEST.maxima().keySet());
            for (OpenPoints points : explanation.criteria()) {
                int maximum = Catalog.MANIFEST.maxima().get(points.criterion());
                assertThat(points.obtained()).isEqualTo(assessment.score(points.criterion()));
                assertThat(points.maximum()).isEqualTo(maximum);
                assertThat(points.obtained() + points.open()).as("%s %s", application.id(), points.criterion())
                        .isLessThanOrEqualTo(maximum);
                assertThat(points.rules()).allSatisfy(rule -> {
                    assertThat(fired).as("a rule that fired is not open").doesNotContain(rule.rule());
                    assertThat(rule.criterion()).isEqualTo(points.criterion());
                    assertThat(rule.adds()).isBetween(0, Math.min(rule.points(), points.open()));
                    assertThat(rule.reason()).isNotBlank().doesNotStartWith("!");
                });
                assertThat(points.rules()).extracting(OpenRule::adds).isSortedAccordingTo((a, b) -> b - a);
            }
        }
    }

    @Test
    void an_ineligible_application_lists_every_failed_gate_and_no_gap_points_would_close() throws IOException {
        for (Application application : samples()) {
            Assessment assessment = Catalog.SCORER.assess(application);
            if (assessment.eligible()) {
                continue;
            }
            Explanation explanation = Catalog.SCORER.explain(assessment);
            assertThat(explanation.eligible()).isFalse();
            assertThat(explanation.failedGates()).isEqualTo(assessment.failedGates()).isNotEmpty()
                    .allSatisfy(g -> assertThat(g.reason()).isNotBlank());
            assertThat(explanation.gap()).as("eligibility is not a matter of points").isZero();
            assertThat(explanation.fewestChanges()).isEmpty();
        }
    }

    @Test
    void a_fundable_application_has_no_gap() throws IOException {
        Assessment fundable = samples().stream().map(Catalog.SCORER::assess).filter(Assessment::fundable).findFirst().orElseThrow();
        Explanation explanation = Catalog.SCORER.explain(fundable);
        assertThat(explanation.gap()).isZero();
        assertThat(explanation.fewestChanges()).isEmpty();
    }

    @Test
    void an_assessment_of_another_catalog_version_is_refused() throws IOException {
        Assessment assessment = Catalog.SCORER.assess(sample("MI-2027-040"));
        Assessment other = new Assessment(assessment.applicationId(), assessment.eligible(), assessment.fundable(),
                assessment.total(), assessment.failedGates(), assessment.criterionScores(), assessment.objectiveScores(),
                assessment.contributions(), new CatalogInfo("montreal-inclusive", "2026.9", "0".repeat(64), assessment.catalog().rubric()));
        assertThatThrownBy(() -> Catalog.SCORER.explain(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2026.9");
    }

    private static Map<Criterion, Integer> openByCriterion(Explanation explanation) {
        Map<Criterion, Integer> open = new java.util.LinkedHashMap<>();
        explanation.criteria().forEach(c -> open.put(c.criterion(), c.open()));
        return open;
    }

    private static OpenPoints of(Explanation explanation, Criterion criterion) {
        return explanation.criteria().stream().filter(c -> c.criterion().equals(criterion)).findFirst().orElseThrow();
    }
}
