package org.grille.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The api module")
class ApiArchitectureTest {

    private final JavaClasses api = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.grille.api");

    @Test
    void depends_on_nothing_but_the_jdk() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.grille.api..", "java..")
                .because("embedders compile against the api alone; Drools, Jackson and SLF4J stay in the engine")
                .check(api);
    }
}
