package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import org.grille.api.ScenarioResult;
import org.grille.api.Scorer;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.ClasspathCatalogSource;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;
import org.grille.engine.scenario.Scenario;
import org.grille.engine.scenario.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The bundled catalog's own scenario tables: they pass, and together they fire every rule of the catalog, so a
 * rule no scenario exercises cannot slip in unnoticed.
 */
@DisplayName("The bundled catalog's scenario tables")
class BundledScenariosTest {

    private static final String ROOT = "org/grille/catalog/montrealinclusive/";
    private static final int MINIMUM_SCENARIOS = 30;

    private static CatalogValidation validation;
    private static CompiledCatalog catalog;

    @BeforeAll
    static void validate_the_bundled_catalog_once() throws URISyntaxException {
        Path directory = Path.of(BundledScenariosTest.class
                .getResource("/" + ROOT + "manifest.json").toURI()).getParent();
        validation = Scorer.validateCatalog(directory, Locale.CANADA_FRENCH);
        catalog = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH))
                .compile(new ClasspathCatalogSource(BundledScenariosTest.class.getClassLoader(), ROOT))
                .catalog();
    }

    @Test
    void the_bundled_catalog_directory_is_valid() {
        assertThat(validation.catalog()).as("the catalog compiles").isNotNull();
        assertThat(validation.problems())
                .as("problems found while validating the bundled catalog")
                .isEmpty();
        assertThat(validation.valid()).as("valid: no error and every scenario passed").isTrue();
    }

    @Test
    void has_at_least_thirty_scenarios_and_every_one_passes() {
        assertThat(validation.scenarios()).hasSizeGreaterThanOrEqualTo(MINIMUM_SCENARIOS);
        assertThat(validation.failedScenarios().stream().map(BundledScenariosTest::describe).toList())
                .as("failed scenarios")
                .isEmpty();
    }

    @Test
    void every_rule_of_the_catalog_fires_in_at_least_one_scenario() {
        Set<String> everyRule = catalog.rules().stream().map(RuleInfo::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = validation.scenarios().stream()
                .flatMap(s -> s.firedRules().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> neverFired = new TreeSet<>(everyRule);
        neverFired.removeAll(covered);

        assertThat(everyRule).as("the catalog declares rules").isNotEmpty();
        assertThat(covered)
                .as("rules no scenario fires:%n  %s", String.join(System.lineSeparator() + "  ", neverFired))
                .isEqualTo(everyRule);
    }

    @Test
    void exercises_both_the_json_and_the_csv_scenario_formats() {
        Set<String> files = validation.scenarios().stream().map(ScenarioResult::file)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(files).anyMatch(file -> file.endsWith(".json"));
        assertThat(files).anyMatch(file -> file.endsWith(".csv"));
    }

    @Test
    void every_rule_an_expectation_names_exists_in_the_catalog() {
        Set<String> everyRule = catalog.rules().stream().map(RuleInfo::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (Scenario scenario : scenarios()) {
            scenario.expect().fired().stream().filter(rule -> !everyRule.contains(rule)).forEach(unknown::add);
            scenario.expect().notFired().stream().filter(rule -> !everyRule.contains(rule)).forEach(unknown::add);
        }

        assertThat(unknown).as("rule names in \"fired\" or \"notFired\" that no catalog rule has").isEmpty();
    }

    @Test
    void every_eligibility_gate_fails_alone_in_at_least_one_scenario() {
        Set<String> gates = catalog.rules().stream().filter(r -> r.kind() == RuleKind.GATE).map(RuleInfo::gate)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> failingAlone = scenarios().stream()
                .map(s -> s.expect().failedGates())
                .filter(failed -> failed != null && failed.size() == 1)
                .map(failed -> failed.get(0))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(failingAlone).as("gates that fail alone in some scenario").containsAll(gates);
    }

    /** The scenarios as written, expectations included, read from the bundled catalog's scenario files. */
    private static List<Scenario> scenarios() {
        ClasspathCatalogSource source = new ClasspathCatalogSource(BundledScenariosTest.class.getClassLoader(), ROOT);
        ScenarioReader reader = new ScenarioReader(new Messages(Locale.CANADA_FRENCH));
        List<CatalogProblem> problems = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (String file : catalog.manifest().scenarioFiles()) {
            scenarios.addAll(reader.read(source, file, problems));
        }
        assertThat(problems).as("problems reading the scenario files").isEmpty();
        return scenarios;
    }

    /** A failed scenario as policy staff read it: name, place, each failed expectation, then what changed. */
    private static String describe(ScenarioResult scenario) {
        StringBuilder text = new StringBuilder(scenario.name()).append(" (").append(scenario.file()).append(':')
                .append(scenario.line()).append(')');
        scenario.failures().forEach(f -> text.append(System.lineSeparator()).append("    ").append(f));
        scenario.differences().forEach(d -> text.append(System.lineSeparator()).append("      ").append(d));
        return text.toString();
    }
}
