package org.grille.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages follow the flow (messages, json and validation of applications, catalog compilation, scoring,
 * live reload, funding, fairness, report, partnerships, scenarios) and none of them reaches back into another that
 * depends on it: a change in one room never has to be made in a room that uses it.
 */
@DisplayName("The engine module")
class EngineArchitectureTest {

    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.grille.engine", "org.grille.api");

    @Test
    void has_no_cycle_between_its_packages() {
        slices().matching("org.grille.engine.(*)..").should().beFreeOfCycles().check(ENGINE);
    }

    @Test
    void keeps_in_its_root_only_the_entry_point_nothing_depends_on() {
        noClasses().that().resideInAPackage("org.grille.engine.*..")
                .should().dependOnClassesThat().resideInAPackage("org.grille.engine")
                .because("the root holds the ServiceLoader entry point, which assembles the packages below it")
                .check(ENGINE);
        classes().that().resideInAPackage("org.grille.engine").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().haveSimpleName("DroolsScorerProvider").check(ENGINE);
    }

    @Test
    void keeps_drools_out_of_the_api() {
        noClasses().that().resideInAPackage("org.grille.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.grille.engine..", "org.drools..", "org.kie..")
                .check(ENGINE);
    }

    /**
     * Java offers nothing between package-private and public across packages, so a class is public only when another
     * package of the engine (a jte template included) uses it, or something outside the engine's main code must reach
     * it: the {@code ServiceLoader} entry point, the build's precompiler, what the printed rules call, and the parts the
     * benchmarks measure and the catalog's tests check on their own, each listed with who reaches it.
     */
    @Test
    void makes_public_only_what_another_package_uses() {
        Map<String, String> reachedFromOutside = Map.ofEntries(
                Map.entry("org.grille.engine.DroolsScorerProvider", "META-INF/services"),
                Map.entry("org.grille.engine.catalog.ModelPrecompiler", "rules-catalog's build runs its main"),
                Map.entry("org.grille.engine.catalog.JoinBudget", "the printed rules call the join guard"),
                Map.entry("org.grille.engine.catalog.PairWindow", "the printed partnership rules read the window"),
                Map.entry("org.grille.engine.catalog.ClasspathCatalogSource", "benchmarks, catalog tests: the bundled catalog"),
                Map.entry("org.grille.engine.catalog.PrecompiledModel", "benchmarks, catalog tests: its precompiled model"),
                Map.entry("org.grille.engine.scoring.Facts", "the naive Drools peer inserts the same projection"),
                Map.entry("org.grille.engine.scoring.Tally", "benchmarks and the catalog's accounting properties"),
                Map.entry("org.grille.engine.funding.Allocator", "the solver comparison benchmark"),
                Map.entry("org.grille.engine.funding.Candidate", "the solver comparison benchmark"),
                Map.entry("org.grille.engine.funding.Sensitivity", "the planner's tests recount a plan's scores"),
                Map.entry("org.grille.engine.partnerships.BatchFacts", "the partnership tests build batches by hand"),
                Map.entry("org.grille.engine.scenario.Scenario", "the catalog's test of the rules its scenarios name"),
                Map.entry("org.grille.engine.scenario.Expectation", "the catalog's test of the rules its scenarios name"));
        List<String> needlessly = ENGINE.stream()
                .filter(type -> type.getPackageName().startsWith("org.grille.engine") && type.isTopLevelClass())
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !type.getSimpleName().equals("package-info") && !type.getPackageName().contains(".templates"))
                .filter(type -> !reachedFromOutside.containsKey(type.getName()))
                .filter(type -> type.getDirectDependenciesToSelf().stream()
                        .noneMatch(d -> d.getOriginClass().getPackageName().startsWith("org.grille.engine")
                                && !d.getOriginClass().getPackageName().equals(type.getPackageName())))
                .map(JavaClass::getName).sorted().toList();

        assertThat(needlessly).as("public engine classes no other package uses: make them package-private").isEmpty();
    }

    /**
     * No exception: the facts rules see ({@code org.grille.api.rules}) are {@code ProjectFact} and so on, while rule
     * authors still write {@code Project( ... )} (the printer writes the class's name for Drools).
     */
    @Test
    void gives_no_two_public_types_the_same_simple_name() {
        Map<String, List<String>> byName = ENGINE.stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass())
                .filter(type -> !type.getPackageName().contains(".templates"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        Map<String, List<String>> shared = byName.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(shared).as("public types that share a simple name, so an import can pick the wrong one").isEmpty();
    }
}
