package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Explanation;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.api.application.Application;
import org.grille.engine.catalog.BundledCatalog;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.messages.Messages;
import org.grille.engine.scoring.Tally;

/**
 * The points still open are exact under the caps (checked against the tally that makes totals), and the fewest
 * criteria to improve are the fewest (checked against every subset).
 */
class ExplanationProperties {

    private static final CompiledCatalog COMPILED = BundledCatalog.compiled(ExplanationProperties.class.getClassLoader(),
            new Messages(Locale.CANADA_FRENCH));

    @Provide
    Arbitrary<Map<Criterion, Integer>> openPoints() {
        List<Criterion> grid = COMPILED.manifest().rubric().criterionIds();
        return Arbitraries.integers().between(0, 25).list().ofSize(grid.size()).map(values -> {
            Map<Criterion, Integer> open = new java.util.LinkedHashMap<>();
            for (int i = 0; i < grid.size(); i++) {
                open.put(grid.get(i), values.get(i));
            }
            return open;
        });
    }

    @Property(tries = 2000)
    void the_greedy_choice_is_as_small_as_the_smallest_subset_that_closes_the_gap(
            @ForAll("openPoints") Map<Criterion, Integer> open, @ForAll @IntRange(min = 1, max = 100) int gap) {
        List<Criterion> chosen = Explanation.fewestCriteria(open, gap);

        Criterion[] criteria = COMPILED.manifest().rubric().criterionIds().toArray(Criterion[]::new);
        int smallest = Integer.MAX_VALUE;
        for (int subset = 0; subset < 1 << criteria.length; subset++) {
            int sum = 0;
            for (int i = 0; i < criteria.length; i++) {
                if ((subset & 1 << i) != 0) {
                    sum += open.get(criteria[i]);
                }
            }
            if (sum >= gap) {
                smallest = Math.min(smallest, Integer.bitCount(subset));
            }
        }
        if (smallest == Integer.MAX_VALUE) {
            assertThat(chosen).as("no subset closes the gap").isEmpty();
        } else {
            assertThat(chosen).hasSize(smallest);
            assertThat(chosen.stream().mapToInt(open::get).sum()).isGreaterThanOrEqualTo(gap);
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void open_points_are_what_the_tally_gives_when_the_unfired_rules_fire(
            @ForAll("applications") ApplicationArbitraries.Sample sample) {
        Application application = sample.application();
        Assessment assessment = Catalog.SCORER.assess(application);
        Explanation explanation = Catalog.SCORER.explain(assessment);
        List<RuleInfo> fired = new ArrayList<>();
        assessment.failedGates().forEach(g -> fired.add(COMPILED.rule(g.rule())));
        for (Contribution c : assessment.contributions()) {
            fired.add(COMPILED.rule(c.rule()));
        }

        for (OpenPoints points : explanation.criteria()) {
            List<RuleInfo> all = new ArrayList<>(fired);
            points.rules().forEach(r -> all.add(COMPILED.rule(r.rule())));
            assertThat(tally(application, all).score(points.criterion()))
                    .as("%s with every unfired rule", points.criterion()).isEqualTo(points.obtained() + points.open());
            for (OpenRule rule : points.rules()) {
                List<RuleInfo> one = new ArrayList<>(fired);
                one.add(COMPILED.rule(rule.rule()));
                assertThat(tally(application, one).total()).as("%s alone", rule.rule())
                        .isEqualTo(assessment.total() + rule.adds());
            }
        }
    }

    @Provide
    Arbitrary<ApplicationArbitraries.Sample> applications() {
        return ApplicationArbitraries.samples();
    }

    private static Assessment tally(Application application, List<RuleInfo> rules) {
        return Tally.of(application.id(), application.project().primaryObjective(), rules, COMPILED, Locale.CANADA_FRENCH);
    }
}
