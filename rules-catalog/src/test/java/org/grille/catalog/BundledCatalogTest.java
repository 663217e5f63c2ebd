package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.grille.api.Criterion;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.ClasspathCatalogSource;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The bundled Montréal inclusive catalog")
class BundledCatalogTest {

    private static final String ROOT = "org/grille/catalog/montrealinclusive/";

    private static Compilation compile() {
        return new CatalogCompiler(new Messages(Locale.CANADA_FRENCH))
                .compile(new ClasspathCatalogSource(BundledCatalogTest.class.getClassLoader(), ROOT));
    }

    @Test
    void compiles_with_no_error_and_no_warning() {
        Compilation compilation = compile();

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }

    @Test
    void passes_the_fairness_gate_and_its_own_scenarios() {
        var validated = new org.grille.engine.live.CatalogValidator(new Messages(Locale.CANADA_FRENCH))
                .validate(new ClasspathCatalogSource(BundledCatalogTest.class.getClassLoader(), ROOT), 10_000);

        assertThat(validated.validation().problems()).isEmpty();
        assertThat(validated.validation().failedScenarios()).isEmpty();
        assertThat(validated.valid()).isTrue();
    }

    @Test
    void ships_an_executable_model_made_from_exactly_its_rule_files() {
        ClassLoader loader = getClass().getClassLoader();
        Compilation compilation = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH)).compile(
                new ClasspathCatalogSource(loader, ROOT), fingerprint -> org.grille.engine.catalog.PrecompiledModel.load(loader, ROOT, fingerprint));

        assertThat(compilation.succeeded()).isTrue();
        assertThat(compilation.catalog().precompiled())
                .as("without drools-model-compiler or with a stale model the engine silently builds the DRL at run time")
                .isTrue();
    }

    @Test
    void the_precompiled_rules_metadata_and_the_partnerships_checked_on_first_use_are_those_of_the_rule_files() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        CatalogCompiler compiler = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH));
        Compilation precompiled = compiler.compile(new ClasspathCatalogSource(loader, ROOT),
                fingerprint -> org.grille.engine.catalog.PrecompiledModel.load(loader, ROOT, fingerprint));
        java.nio.file.Path directory = java.nio.file.Path.of(getClass().getResource("/" + ROOT + "manifest.json").toURI()).getParent();
        Compilation runTime = compiler.compile(new org.grille.engine.catalog.DirectoryCatalogSource(directory));

        assertThat(precompiled.catalog().rules()).isEqualTo(runTime.catalog().rules());
        assertThat(precompiled.catalog().partnerships().rules()).isNotEmpty()
                .isEqualTo(runTime.catalog().partnerships().rules());
        assertThat(precompiled.catalog().partnerships().adjacency().pairs()).isNotEmpty()
                .extracting(pair -> String.join(" | ", pair))
                .containsExactlyElementsOf(runTime.catalog().partnerships().adjacency().pairs().stream()
                        .map(pair -> String.join(" | ", pair)).toList());
    }

    @Test
    void the_precompiled_model_scores_exactly_like_the_rule_files_built_at_run_time() throws Exception {
        java.nio.file.Path directory = java.nio.file.Path.of(getClass().getResource("/" + ROOT + "manifest.json").toURI()).getParent();
        java.util.List<org.grille.api.application.Application> applications = new java.util.ArrayList<>();
        try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../examples/data/applications.json"))) {
            applications.addAll(org.grille.api.JsonCodec.standard().readBatch(in).applications());
        }
        ApplicationArbitraries.applications().sampleStream().limit(300).forEach(applications::add);
        try (org.grille.api.Scorer runTime = org.grille.api.Scorer.builder().catalogDirectory(directory).build()) {
            for (org.grille.api.application.Application application : applications) {
                assertThat(Catalog.SCORER.assess(application)).isEqualTo(runTime.assess(application));
            }
        }
    }

    @Test
    void is_the_catalog_the_default_scorer_uses() {
        assertThat(Catalog.SCORER.catalog()).isEqualTo(compile().catalog().info());
        assertThat(Catalog.SCORER.catalog().id()).isEqualTo("montreal-inclusive");
    }

    @Test
    void has_gates_and_awards_for_every_criterion_and_objective() {
        var rules = compile().catalog().rules();

        assertThat(rules).filteredOn(r -> r.kind() == RuleKind.GATE).hasSizeGreaterThanOrEqualTo(10);
        for (Criterion criterion : compile().catalog().manifest().maxima().keySet()) {
            assertThat(rules).as("rules feeding %s", criterion).anyMatch(r -> criterion.equals(r.criterion()));
        }
        for (var objective : compile().catalog().manifest().objectiveIds()) {
            assertThat(rules).as("rules feeding %s", objective).anyMatch(r -> objective.equals(r.objective()));
        }
        assertThat(rules).extracting(RuleInfo::file).contains("eligibility.drl", "quality.drl",
                "objectives/reduce-discrimination.drl", "objectives/newcomer-rights.drl",
                "objectives/immigrant-women-autonomy.drl", "objectives/hiring-barriers.drl",
                "objectives/employer-awareness.drl");
    }

    @Test
    void every_rule_file_starts_with_a_header_naming_its_source_and_owner() throws IOException {
        for (String file : compile().catalog().manifest().ruleFiles()) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(ROOT + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(file).startsWith("/*").contains("Source :").contains("Responsable :");
            }
        }
    }
}
