package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.api.Scorer;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The fairness gate")
class FairnessGateTest {

    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    @TempDir
    Path temp;

    private static List<CatalogProblem> gate(Path catalog, boolean checkText) {
        Validated result = new CatalogValidator(ENGLISH, new CatalogCompiler(ENGLISH, checkText))
                .validate(new DirectoryCatalogSource(catalog), 1_000);
        return result.validation().problems().stream().filter(p -> p.code().equals("GRILLE-FAIRNESS-OUTCOME")).toList();
    }

    private Path withRule(String rule) {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(catalog, "points.drl", rule);
        return catalog;
    }

    @Test
    void passes_a_catalog_whose_rules_read_only_what_the_project_does() {
        assertThat(gate(TestCatalogs.source("mini"), true)).isEmpty();
    }

    @Test
    void rejects_a_direct_read_of_a_protected_field_even_without_the_text_check() {
        Path catalog = withRule("""

                rule "Bonus for women leaders"
                    @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
                when
                    Application( leadership.gender == Gender.WOMAN )
                then
                end
                """);

        List<CatalogProblem> problems = gate(catalog, false);

        // found once by varying the gender alone, once by varying every leadership attribute together
        assertThat(problems).hasSize(2).allSatisfy(p -> {
            assertThat(p.rule()).isEqualTo("Bonus for women leaders");
            assertThat(p.file()).isEqualTo("points.drl");
            assertThat(p.line()).isEqualTo(58);
        });
        assertThat(problems).extracting(CatalogProblem::message)
                .anySatisfy(m -> assertThat(m).contains("leadership.gender").contains("\"WOMAN\"").contains("FAIR-"));
    }

    @Test
    void rejects_a_rule_that_reads_a_protected_attribute_through_the_whole_application() {
        Path catalog = withRule("""

                rule "Reads everything"
                    @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
                when
                    Application( toString() matches ".*ageGroup=UNDER_30.*" )
                then
                end
                """);

        List<CatalogProblem> problems = gate(catalog, true);

        assertThat(problems).extracting(CatalogProblem::rule).containsOnly("Reads everything");
        assertThat(problems).extracting(CatalogProblem::message)
                .anySatisfy(m -> assertThat(m).contains("leadership.ageGroup"))
                .anySatisfy(m -> assertThat(m).contains("leadership"));
    }

    @Test
    void names_the_rule_that_derives_a_fact_from_a_protected_attribute() {
        Path catalog = withRule("""

                rule "Derive a finding from the language"
                    @derives
                when
                    Application( toString() contains "ENGLISH" )
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

        List<CatalogProblem> problems = gate(catalog, true);

        assertThat(problems).extracting(CatalogProblem::rule)
                .containsExactlyInAnyOrder("Derive a finding from the language", "Points for the finding");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("language"));
    }

    @Test
    void rejects_a_rule_that_reads_a_proxy_the_manifest_declares() {
        Path catalog = withRule("""

                rule "Head office in a given borough"
                    @criterion(BUDGET_REALISM) @points(2) @reason("fit.rights")
                when
                    Organization( borough == "Westmount" )
                then
                end
                """);
        TestCatalogs.edit(catalog, "manifest.json", "\"leadership.racialized\", \"leadership.ageGroup\"]",
                "\"leadership.racialized\", \"leadership.ageGroup\"],\n  \"proxyAttributes\": [{\"field\": \"organization.borough\", \"values\": [\"Verdun\", \"Westmount\"]}]");

        List<CatalogProblem> problems = gate(catalog, true);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.rule()).isEqualTo("Head office in a given borough");
            assertThat(p.message()).contains("organization.borough").contains("Westmount");
        });
    }

    @Test
    void keeps_a_biased_catalog_from_becoming_a_scorer() {
        Path catalog = withRule("""

                rule "Reads everything"
                    @criterion(BUDGET_REALISM) @points(3) @reason("fit.rights")
                when
                    Application( toString() matches ".*immigrantBackground=YES.*" )
                then
                end
                """);

        assertThatThrownBy(() -> Scorer.builder().catalogDirectory(catalog).build())
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems())
                        .extracting(CatalogProblem::code).contains("GRILLE-FAIRNESS-OUTCOME"));
    }
}
