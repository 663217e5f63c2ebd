package org.grille.engine;

import org.grille.engine.live.Validated;
import org.grille.engine.live.CatalogValidator;
import org.grille.engine.scoring.Facts;
import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import org.grille.api.Scorer;
import java.time.LocalDate;
import org.grille.api.rules.CallTerms;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A catalog whose rules would each write a marker file, from a consequence, a condition, a {@code from}, an
 * {@code accumulate} and an attribute, is refused by every entry point, and no marker is ever written: nothing of a
 * catalog runs (no corpus, no scenario, no session, no generated code) before the grammar has passed it.
 */
@DisplayName("Nothing from a catalog runs before the rule grammar passes it")
class NothingRunsBeforeTheGrammarTest {

    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    /** Each way a rule could run code, writing a marker named after it. */
    static final List<String> WAYS = List.of("consequence", "condition", "from", "accumulate", "attribute");

    @TempDir
    Path temp;

    private Path markers;

    @BeforeEach
    void markerDirectory() throws IOException {
        markers = Files.createDirectories(temp.resolve("markers"));
    }

    private String write(String way) {
        return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + markers.resolve(way) + "\"), \"ran\")";
    }

    /** One rule per way, each writing its own marker. */
    String rule(String way) {
        return switch (way) {
            case "consequence" -> """

                    rule "Marker from a consequence"
                        @derives
                    when
                        Project()
                    then
                        %s;
                    end
                    """.formatted(write(way));
            case "condition" -> """

                    rule "Marker from a condition"
                        @derives
                    when
                        eval( %s != null )
                    then
                    end
                    """.formatted(write(way));
            case "from" -> """

                    rule "Marker from a from"
                        @derives
                    when
                        Project()
                        $f : Activity() from %s
                    then
                    end
                    """.formatted(write(way));
            case "accumulate" -> """

                    rule "Marker from an accumulate"
                        @derives
                    when
                        Number() from accumulate( Project(), init( %s; ), action( ), result( 0 ) )
                    then
                    end
                    """.formatted(write(way));
            case "attribute" -> """

                    rule "Marker from an attribute"
                        @derives
                        salience( %s.hashCode() )
                    when
                        Project()
                    then
                    end
                    """.formatted(write(way));
            default -> throw new IllegalArgumentException(way);
        };
    }

    private Path maliciousCatalog() {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("malicious"));
        WAYS.forEach(way -> TestCatalogs.append(catalog, "points.drl", rule(way)));
        return catalog;
    }

    private List<String> markersWritten() throws IOException {
        try (Stream<Path> files = Files.list(markers)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void assertRefusedWithoutRunning(List<CatalogProblem> problems) throws IOException {
        assertThat(problems).extracting(CatalogProblem::code)
                .contains("GRILLE-RULE-CONSEQUENCE-FORBIDDEN", "GRILLE-RULE-CONSTRUCT-FORBIDDEN", "GRILLE-RULE-FROM-FORBIDDEN",
                        "GRILLE-RULE-ACCUMULATE-FORBIDDEN", "GRILLE-RULE-ATTRIBUTE-FORBIDDEN")
                .doesNotContain("GRILLE-FAIRNESS-OUTCOME", "GRILLE-RULE-FAILS");
        assertThat(markersWritten()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"consequence", "condition", "from", "accumulate", "attribute"})
    void each_rule_would_write_its_marker_if_drools_ran_it_unchecked(String way) throws Exception {
        // The control: the same rule, handed straight to Drools, does write its marker (Project is ProjectFact in Java).
        String drl = "package org.grille.catalog.control;\nimport org.grille.api.rules.*;\n"
                + rule(way).replace("@derives", "").replaceAll("\\b(Project|Activity|Partner|Outcome|Budget|Organization)\\(", "$1Fact(");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getErrors()).as(drl).isEmpty();
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        KieSession session = kieBase.newKieSession();
        try {
            Facts.of(new CallTerms(LocalDate.of(2027, 1, 29), 100_000, 2, LocalDate.of(2027, 4, 1), 36, LocalDate.of(2025, 10, 1)),
                    Applications.valid("C-1")).forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        assertThat(markersWritten()).containsExactly(way);
    }

    @Test
    void validate_and_test_refuse_it() throws IOException {
        Validated result = new CatalogValidator(ENGLISH).validate(new DirectoryCatalogSource(maliciousCatalog()), 1_000);

        assertThat(result.catalog()).isNull();
        assertThat(result.validation().scenarios()).isEmpty();
        assertRefusedWithoutRunning(result.validation().problems());
    }

    @Test
    void the_api_validation_refuses_it() throws IOException {
        CatalogValidation validation = Scorer.validateCatalog(maliciousCatalog(), Locale.CANADA);

        assertRefusedWithoutRunning(validation.problems());
    }

    @Test
    void a_scorer_on_the_directory_is_never_built() throws IOException {
        Path catalog = maliciousCatalog();

        assertThatThrownBy(() -> Scorer.builder().catalogDirectory(catalog).build())
                .isInstanceOfSatisfying(CatalogException.class, e -> assertThat(e.problems()).isNotEmpty());
        assertRefusedWithoutRunning(compileProblems(catalog));
    }

    @Test
    void a_draft_scorer_for_diff_is_never_built() throws IOException {
        Path catalog = maliciousCatalog();

        assertThatThrownBy(() -> Scorer.builder().catalogDirectory(catalog).draftCatalog().build())
                .isInstanceOf(CatalogException.class);
        assertRefusedWithoutRunning(compileProblems(catalog));
    }

    @Test
    void a_reload_keeps_the_live_version_and_runs_nothing() throws IOException {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("live"));
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {
            replacePoints(catalog, Files.readString(maliciousCatalog().resolve("points.drl")));

            CatalogValidation validation = scorer.reloadCatalog();

            assertThat(validation.valid()).isFalse();
            assertThat(scorer.assess(Applications.valid("L-1")).total()).isPositive();
            assertRefusedWithoutRunning(validation.problems());
        }
    }

    @Test
    void the_watcher_rejects_the_edit_and_runs_nothing() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("watched"));
        CatalogReloadTest.Recorder recorder = new CatalogReloadTest.Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).watchCatalog(recorder).build()) {
            replacePoints(catalog, Files.readString(maliciousCatalog().resolve("points.drl")));

            assertThat(recorder.events.poll(20, TimeUnit.SECONDS)).startsWith("rejected");
            assertThat(scorer.assess(Applications.valid("W-1")).total()).isPositive();
            assertRefusedWithoutRunning(recorder.lastRejection.problems());
        }
    }

    @Test
    void a_restart_with_a_last_good_copy_starts_from_the_copy_and_runs_nothing() throws IOException {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("restarted"));
        Path copy = temp.resolve("last-good");
        try (Scorer first = Scorer.builder().catalogDirectory(catalog).lastGoodCopy(copy).build()) {
            assertThat(first.catalog()).isNotNull();
        }
        replacePoints(catalog, Files.readString(maliciousCatalog().resolve("points.drl")));

        try (Scorer restarted = Scorer.builder().catalogDirectory(catalog).lastGoodCopy(copy).build()) {
            assertThat(restarted.assess(Applications.valid("R-1")).total()).isPositive();
        }
        assertRefusedWithoutRunning(compileProblems(catalog));
    }

    private static List<CatalogProblem> compileProblems(Path catalog) {
        return new org.grille.engine.catalog.CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog)).problems();
    }

    private static void replacePoints(Path catalog, String text) throws IOException {
        Path staged = catalog.resolve(".points.drl.tmp");
        Files.writeString(staged, text, StandardCharsets.UTF_8);
        Files.move(staged, catalog.resolve("points.drl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
