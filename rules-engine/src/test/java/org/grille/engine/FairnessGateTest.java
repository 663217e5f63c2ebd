package org.grille.engine;

import org.grille.engine.scoring.Facts;
import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.api.Scorer;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.grille.api.application.Application;
import org.grille.api.application.Gender;
import org.grille.api.application.Language;
import org.grille.api.rules.CallTerms;
import org.grille.api.rules.ProjectFact;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.fairness.FairnessGate;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The fairness gate")
class FairnessGateTest {

    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    @TempDir
    Path temp;

    /**
     * The gate over the catalog, with a fact projection that may leak: the grammar and the projection keep protected
     * data out of the rules, and the gate is the regression test that a change to the projection did not let it back.
     */
    private static List<CatalogProblem> gate(Path catalog, BiFunction<CallTerms, Application, List<Object>> projection) {
        CompiledCatalog compiled = new CatalogCompiler(ENGLISH).compileOrThrow(new DirectoryCatalogSource(catalog));
        DroolsScorer scorer = new DroolsScorer(compiled, ENGLISH, 1_000, projection, DroolsScorer.DEFAULT_TIME_BUDGET).quiet();
        return new FairnessGate(ENGLISH).check(compiled, scorer::assessTraced, scorer::factsOf, scorer.projection()).stream()
                .filter(p -> p.code().equals("GRILLE-FAIRNESS-OUTCOME")).toList();
    }

    /** The real projection, except that {@code leak} decides the project's {@code hasSummary}. */
    private static BiFunction<CallTerms, Application, List<Object>> leaking(Predicate<Application> leak) {
        return (terms, application) -> Facts.of(terms, application).stream()
                .map(fact -> fact instanceof ProjectFact p ? withSummary(p, leak.test(application)) : fact)
                .toList();
    }

    private static ProjectFact withSummary(ProjectFact p, boolean summary) {
        return new ProjectFact(p.primaryObjective(), p.objectives(), p.targetGroups(), p.boroughsServed(), p.start(), p.end(),
                p.durationMonths(), p.expectedParticipants(), p.documentsNeed(), p.participantsInvolvedInDesign(),
                p.hasTheoryOfChange(), p.hasTitle(), summary, p.activities(), p.outcomes(), p.outcomesWithIndicator(),
                p.measurableOutcomes(), p.evaluationPlan(), p.trainingModulesCompleted(), p.coCreationWorkshopAttended());
    }

    private Path withRule(String rule) {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(catalog, "points.drl", rule);
        return catalog;
    }

    private static final String SUMMARY_RULE = """

            rule "Points for a summary"
                @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
            when
                Project( hasSummary == true )
            then
            end
            """;

    @Test
    void passes_a_catalog_whose_rules_read_only_what_the_project_does() {
        assertThat(gate(TestCatalogs.source("mini"), Facts::of)).isEmpty();
        assertThat(gate(withRule(SUMMARY_RULE), Facts::of)).isEmpty();
    }

    @Test
    void catches_a_projection_that_leaks_the_leaders_gender_into_a_readable_field() {
        Path catalog = withRule(SUMMARY_RULE);

        List<CatalogProblem> problems = gate(catalog, leaking(a -> a.leadership().gender() == Gender.WOMAN));

        // found once by varying the gender alone, once by varying every leadership attribute together
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo("Points for a summary");
            assertThat(p.file()).isEqualTo("points.drl");
            assertThat(p.line()).isEqualTo(58);
        });
        assertThat(problems).extracting(CatalogProblem::message)
                .anySatisfy(m -> assertThat(m).contains("leadership.gender").contains("\"WOMAN\"").contains("FAIR-"));
    }

    @Test
    void names_the_rule_that_derives_a_fact_from_a_leaked_language() {
        Path catalog = withRule("""

                rule "Derive a finding from the summary"
                    @derives
                when
                    Project( hasSummary == true )
                then
                    insert(new Finding("ANGLO"));
                end

                rule "Points for the finding"
                    @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
                when
                    Finding( name == "ANGLO" )
                then
                end
                """);

        List<CatalogProblem> problems = gate(catalog, leaking(a -> a.language() == Language.ENGLISH));

        assertThat(problems).extracting(CatalogProblem::rule)
                .containsExactlyInAnyOrder("Derive a finding from the summary", "Points for the finding");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("language"));
    }

    @Test
    void catches_a_projection_that_leaks_a_proxy_the_manifest_declares() {
        Path catalog = withRule(SUMMARY_RULE);
        TestCatalogs.edit(catalog, "manifest.json", "\"leadership.racialized\", \"leadership.ageGroup\"]",
                "\"leadership.racialized\", \"leadership.ageGroup\"],\n  \"proxyAttributes\": [{\"field\": \"organization.borough\", \"values\": [\"Verdun\", \"Westmount\"]}]");

        List<CatalogProblem> problems = gate(catalog, leaking(a -> "Westmount".equals(a.organization().borough())));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("Points for a summary");
            assertThat(p.message()).contains("organization.borough").contains("Westmount");
        });
    }

    @Test
    void skipping_variations_with_unchanged_facts_finds_exactly_what_a_full_re_score_finds() {
        Path catalog = withRule(SUMMARY_RULE);
        CompiledCatalog compiled = new CatalogCompiler(ENGLISH).compileOrThrow(new DirectoryCatalogSource(catalog));
        for (BiFunction<CallTerms, Application, List<Object>> projection : List.<BiFunction<CallTerms, Application, List<Object>>>of(
                Facts::of, leaking(a -> a.leadership().gender() == Gender.WOMAN), leaking(a -> a.language() == Language.ENGLISH))) {
            DroolsScorer scorer = new DroolsScorer(compiled, ENGLISH, 1_000, projection, DroolsScorer.DEFAULT_TIME_BUDGET).quiet();

            List<CatalogProblem> full = new FairnessGate(ENGLISH).check(compiled, scorer::assessTraced);
            List<CatalogProblem> skipping = new FairnessGate(ENGLISH).check(compiled, scorer::assessTraced, scorer::factsOf);
            // what validate runs: the list of variations to score made once per projection, then kept
            List<CatalogProblem> planned = new FairnessGate(ENGLISH).check(compiled, scorer::assessTraced, scorer::factsOf,
                    scorer.projection());
            List<CatalogProblem> kept = new FairnessGate(ENGLISH).check(compiled, scorer::assessTraced, scorer::factsOf,
                    scorer.projection());

            assertThat(skipping).isEqualTo(full);
            assertThat(planned).isEqualTo(full);
            assertThat(kept).isEqualTo(full);
        }
    }

    @Test
    void the_real_projection_gives_the_same_rule_nothing_to_find() {
        Path catalog = withRule(SUMMARY_RULE);
        TestCatalogs.edit(catalog, "manifest.json", "\"leadership.racialized\", \"leadership.ageGroup\"]",
                "\"leadership.racialized\", \"leadership.ageGroup\"],\n  \"proxyAttributes\": [{\"field\": \"organization.borough\", \"values\": [\"Verdun\", \"Westmount\"]}]");

        assertThat(gate(catalog, Facts::of)).isEmpty();
    }

    @Test
    void a_rule_that_names_a_protected_attribute_never_becomes_a_scorer() {
        Path catalog = withRule("""

                rule "Reads the leader"
                    @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
                when
                    Organization( leadership.gender == Gender.WOMAN )
                then
                end
                """);

        assertThatThrownBy(() -> Scorer.builder().catalogDirectory(catalog).build())
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::code).containsExactly("GRILLE-RULE-READS-PROTECTED"));
    }
}
