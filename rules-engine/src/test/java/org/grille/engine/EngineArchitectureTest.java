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
     * One exception, by design: the facts rules see ({@code org.grille.api.rules}) are named as the application's
     * records they project ({@code org.grille.api.application}), because rule authors write {@code Project( ... )}.
     */
    @Test
    void gives_no_two_public_types_the_same_simple_name() {
        Map<String, List<String>> byName = ENGINE.stream()
                .filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC) && type.isTopLevelClass())
                .filter(type -> !type.getPackageName().contains(".templates"))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName,
                        Collectors.mapping(JavaClass::getName, Collectors.toList())));
        Map<String, List<String>> shared = byName.entrySet().stream()
                .filter(entry -> entry.getValue().size() > 1 && !isRuleProjection(entry.getKey(), entry.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(shared).as("public types that share a simple name, so an import can pick the wrong one").isEmpty();
    }

    private static boolean isRuleProjection(String name, List<String> types) {
        return types.size() == 2 && types.contains("org.grille.api.rules." + name)
                && types.contains("org.grille.api.application." + name);
    }
}
