package org.grille.engine;

import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.grille.api.CatalogProblem;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Language;
import org.grille.api.application.Leadership;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per family of holes a rule author found in the checker (issue "Rule files are safe by construction"). Each
 * catalog here did harm before Drools compiled only Grille's printed text: wrote a marker, ran for minutes, overflowed
 * a stack, quoted a file outside the catalog, or scored an application against what the rule says.
 */
@DisplayName("Rule files are safe by construction")
class RuleFilesSafeByConstructionTest {

    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    @TempDir
    Path temp;

    private Path marker;

    @BeforeEach
    void markerPath() {
        marker = temp.resolve("marker");
    }

    /** Java that writes the marker file when anything evaluates it. */
    private String writesMarker() {
        return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + marker + "\"), \"ran\")";
    }

    private static String rule(String name, String metadata, String when) {
        return "\nrule \"" + name + "\"\n    " + metadata + "\nwhen\n    " + when + "\nthen\nend\n";
    }

    private static List<CatalogProblem> compile(Path catalog) {
        return new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog)).problems();
    }

    private static List<String> codes(List<CatalogProblem> problems) {
        return problems.stream().filter(p -> p.severity() == CatalogProblem.Severity.ERROR).map(CatalogProblem::code).toList();
    }

    private static Application withYearsActive(int years) {
        Application valid = Applications.valid("Y-" + years);
        return new Application(valid.id(), Language.FRENCH, Applications.organization(years), valid.project(), valid.budget(),
                valid.partners(), Leadership.UNDISCLOSED);
    }

    @Nested
    @DisplayName("metadata never reaches Drools")
    class Metadata {

        @Test
        void code_in_any_annotation_of_any_kind_of_rule_is_refused_and_never_runs() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            String code = writesMarker();
            // a reason key that exists in both reasons files and is code: the key check alone does not stop it
            TestCatalogs.append(catalog, "reasons.properties", "\n" + code.replace(" ", "\\ ") + "=x\n");
            TestCatalogs.append(catalog, "reasons_en.properties", "\n" + code.replace(" ", "\\ ") + "=x\n");
            TestCatalogs.append(catalog, "points.drl",
                    rule("Reason", "@criterion(BUDGET_REALISM) @points(1) @reason(" + code + ")", "Project()")
                            + rule("Gate", "@gate(" + code + ") @reason(\"gate.young\")", "Organization( yearsActive < 1 )")
                            + rule("Derivation", "@derives(" + code + ")", "Project()")
                            + rule("Unknown", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\") @note(" + code + ")",
                                    "Project()")
                            + rule("Title", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\") @title_en(" + code + ")",
                                    "Project()"));

            assertThat(codes(compile(catalog))).contains("GRILLE-RULE-ANNOTATION-NOT-LITERAL");
            assertThat(Scorer.validateCatalog(catalog, Locale.CANADA).valid()).isFalse();
            assertThat(marker).doesNotExist();
        }

        @Test
        void a_partnership_rule_s_metadata_is_checked_like_any_other() throws IOException {
            Path catalog = PartnershipCatalogs.withPartnerships(temp, PartnershipCatalogs.RULES.replace("@strength(3)",
                    "@strength(" + writesMarker() + ")"));

            assertThat(codes(compile(catalog))).contains("GRILLE-RULE-ANNOTATION-NOT-LITERAL");
            assertThat(marker).doesNotExist();
        }
    }

    @Nested
    @DisplayName("every part of Drools' tree is walked or refused")
    class UnwalkedNodes {

        @Test
        void the_grouped_accumulate_is_refused_and_its_key_never_runs() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Grouped", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "groupby( Activity( $t : type ) ; $k : " + writesMarker() + " ; $n : count() ; $n > 0 )"));

            assertThat(codes(compile(catalog))).isNotEmpty();
            assertThat(Scorer.validateCatalog(catalog, Locale.CANADA).valid()).isFalse();
            assertThat(marker).doesNotExist();
        }

        @Test
        void exclusive_and_inclusive_connectives_are_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Xor", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "Project( documentsNeed == true ^ hasTheoryOfChange == true )")
                    + rule("Ampersand", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "Project( documentsNeed == true & hasTheoryOfChange == true )"));

            assertThat(codes(compile(catalog))).hasSize(2);
        }
    }

    @Nested
    @DisplayName("the engine reads numbers and operators as the guide does")
    class Arithmetic {

        @Test
        void a_leading_zero_is_decimal_never_octal() throws Exception {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Ten years exactly",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")", "Organization( yearsActive == 010 )"));

            try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {
                // MVEL reads 010 as eight: before the printer, the eight-year-old organization got the point
                assertThat(firedRules(scorer.assess(withYearsActive(10)))).contains("Ten years exactly");
                assertThat(firedRules(scorer.assess(withYearsActive(8)))).doesNotContain("Ten years exactly");
            }
        }

        @Test
        void arithmetic_that_could_wrap_around_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Impossible",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")",
                    "Organization( annualRevenue * 100000000000 * 100000000000 < 0 )"));

            assertThat(codes(compile(catalog))).containsExactly("GRILLE-RULE-ARITHMETIC-TOO-LARGE");
        }

        @Test
        void a_doubled_minus_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Decrement",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")", "Organization( yearsActive > --1 )"));

            assertThat(codes(compile(catalog))).containsExactly("GRILLE-RULE-EXPRESSION-FORBIDDEN");
        }

        @Test
        void whole_numbers_are_multiplied_without_wrapping_at_two_billion() throws Exception {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Nine billion",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")",
                    "Project( expectedParticipants * 9000 > 2147483647 )"));
            Application valid = Applications.valid("P-1");
            org.grille.api.application.Project p = valid.project();
            Application large = new Application("P-1", Language.FRENCH, valid.organization(),
                    new org.grille.api.application.Project(p.title(), p.summary(), p.primaryObjective(), p.objectives(),
                            p.targetGroups(), p.boroughsServed(), p.start(), p.end(), 1_000_000, p.needEvidence(),
                            p.participantsInvolvedInDesign(), p.theoryOfChange(), p.activities(), p.outcomes(),
                            p.evaluationPlan(), p.trainingModulesCompleted(), p.coCreationWorkshopAttended()),
                    valid.budget(), valid.partners(), Leadership.UNDISCLOSED);

            try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {
                // 9 000 000 000 as an int is 410 065 408: a wrapping engine would say no
                assertThat(firedRules(scorer.assess(large))).contains("Nine billion");
            }
        }

        @Test
        void an_accumulated_whole_number_is_multiplied_without_wrapping() throws Exception {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Four billion sessions",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")",
                    "accumulate( Activity( sessions != null, $s : sessions ) ; $m : max( $s ) ; $m * 2 > 3000000000 )"));
            Application valid = Applications.valid("M-1");
            org.grille.api.application.Project p = valid.project();
            Application many = new Application("M-1", Language.FRENCH, valid.organization(),
                    new org.grille.api.application.Project(p.title(), p.summary(), p.primaryObjective(), p.objectives(),
                            p.targetGroups(), p.boroughsServed(), p.start(), p.end(), p.expectedParticipants(), p.needEvidence(),
                            p.participantsInvolvedInDesign(), p.theoryOfChange(),
                            List.of(new org.grille.api.application.Activity(org.grille.api.application.ActivityType.MENTORING,
                                    "Séances", 2_000_000_000)),
                            p.outcomes(), p.evaluationPlan(), p.trainingModulesCompleted(), p.coCreationWorkshopAttended()),
                    valid.budget(), valid.partners(), Leadership.UNDISCLOSED);

            try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {
                // printed as $m.doubleValue() * 2; as it was written, Drools' interpreter failed on the accumulate's
                // untyped result (the rule failed on the fairness corpus), and 2 000 000 000 × 2 as an int would be negative
                assertThat(firedRules(scorer.assess(many))).contains("Four billion sessions");
            }
        }

        @Test
        void a_minus_before_a_parenthesis_stays_a_minus() throws Exception {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Negative",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")",
                    "Organization( yearsActive - -(2) == 12 )"));

            try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).build()) {
                assertThat(firedRules(scorer.assess(withYearsActive(10)))).contains("Negative");
                assertThat(firedRules(scorer.assess(withYearsActive(8)))).doesNotContain("Negative");
            }
        }
    }

    @Nested
    @DisplayName("every cost is bounded before it is paid")
    class Costs {

        @Test
        void or_groups_that_expand_to_a_million_rules_are_refused_at_once() {
            Path catalog = TestCatalogs.copy("mini", temp);
            String or = "( Activity( type == ActivityType.MENTORING ) or Outcome( measurable == true ) )\n    ";
            TestCatalogs.append(catalog, "points.drl", rule("Wide", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    or.repeat(20)));

            List<String> codes = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> codes(compile(catalog)));
            assertThat(codes).contains("GRILLE-RULE-OR-TOO-WIDE");
        }

        @Test
        void joins_multiplied_across_nested_groups_are_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Nested join", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "Activity()\n    Outcome()\n    exists( Partner() and Activity() )"));

            assertThat(codes(compile(catalog))).containsExactly("GRILLE-RULE-JOIN-TOO-COSTLY");
        }

        @Test
        void nesting_deep_enough_to_overflow_the_parser_is_refused_before_it_parses() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Deep", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "Organization( " + "(".repeat(50_000) + "yearsActive" + ")".repeat(50_000) + " > 1 )"));

            List<CatalogProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> compile(catalog));
            assertThat(codes(problems)).containsExactly("GRILLE-RULE-NESTING-TOO-DEEP");
        }

        @Test
        void a_constraint_of_twenty_thousand_terms_is_refused_quickly() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Long", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "Organization( yearsActive == 1" + " || yearsActive == 1".repeat(20_000) + " )"));

            List<String> codes = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> codes(compile(catalog)));
            assertThat(codes).containsExactly("GRILLE-RULE-CONSTRAINT-TOO-LONG");
        }

        @Test
        void a_rule_file_of_several_gigabytes_is_refused_without_being_read() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            try (RandomAccessFile huge = new RandomAccessFile(catalog.resolve("points.drl").toFile(), "rw")) {
                huge.setLength(3L * 1024 * 1024 * 1024); // sparse: no disk used
            }

            List<CatalogProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compile(catalog));
            assertThat(codes(problems)).containsExactly("GRILLE-FILE-TOO-LARGE");
        }

        @Test
        void a_partnership_pattern_tied_by_a_tautology_counts_as_untied() {
            Path catalog = PartnershipCatalogs.withPartnerships(temp, """
                    package org.grille.catalog.mini;

                    import org.grille.api.rules.batch.*;

                    rule "Every triple"
                        @suggests(SHARED_OBJECTIVE) @strength(3) @reason("partner.shared")
                    when
                        Serves( $ka : key )
                        Serves( $kb : key != $ka )
                        Serves( $b : borough, $b == $b, borough == $b )
                    then
                    end
                    """);

            assertThat(codes(compile(catalog))).containsExactly("GRILLE-RULE-BATCH-UNTIED");
        }
    }

    @Nested
    @DisplayName("a catalog is its folder")
    class Folder {

        private static final String SECRET = "SECRET-LINE-never-to-be-quoted";

        private void assertNothingQuoted(List<CatalogProblem> problems) {
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).doesNotContain(SECRET));
        }

        @Test
        @EnabledOnOs({OS.LINUX, OS.MAC})
        void a_link_to_a_file_outside_is_refused_and_never_quoted() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp.resolve("c"));
            Path secret = Files.writeString(temp.resolve("secret.drl"), SECRET + "\n", StandardCharsets.UTF_8);
            Files.delete(catalog.resolve("points.drl"));
            Files.createSymbolicLink(catalog.resolve("points.drl"), secret);

            List<CatalogProblem> problems = compile(catalog);

            assertThat(codes(problems)).containsExactly("GRILLE-FILE-OUTSIDE-CATALOG");
            assertNothingQuoted(problems);
        }

        @Test
        void a_path_that_climbs_out_of_the_folder_is_refused() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp.resolve("c"));
            Files.writeString(temp.resolve("secret.drl"), SECRET + "\n", StandardCharsets.UTF_8);
            TestCatalogs.edit(catalog, "manifest.json", "\"points.drl\"", "\"../secret.drl\"");

            List<CatalogProblem> problems = compile(catalog);

            assertThat(codes(problems)).containsExactly("GRILLE-FILE-OUTSIDE-CATALOG");
            assertNothingQuoted(problems);
        }

        @Test
        @EnabledOnOs({OS.LINUX, OS.MAC})
        void a_fifo_is_refused_without_opening_it() throws Exception {
            Path catalog = TestCatalogs.copy("mini", temp);
            Files.delete(catalog.resolve("points.drl"));
            Process mkfifo = new ProcessBuilder("mkfifo", catalog.resolve("points.drl").toString()).start();
            assertThat(mkfifo.waitFor()).isZero();

            List<CatalogProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> compile(catalog));
            assertThat(codes(problems)).containsExactly("GRILLE-FILE-NOT-REGULAR");
        }

        @Test
        void a_reason_with_a_right_to_left_override_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "reasons_en.properties", "\nextra=Funded \u202Edednuf ton\n");

            assertThat(codes(compile(catalog))).contains("GRILLE-TEXT-CONTROL-CHARACTER");
        }

        @Test
        void a_scenario_name_with_a_right_to_left_override_is_refused() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "scenarios.json", "fails the two-year condition", "fails the \u202Etwo-year condition");

            assertThat(Scorer.validateCatalog(catalog, Locale.CANADA).problems()).anySatisfy(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-TEXT-CONTROL-CHARACTER");
                assertThat(p.file()).isEqualTo("scenarios.json");
            });
        }

        @Test
        void a_base_application_with_a_zero_width_character_is_refused() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "base.json", "\"MINI-BASE\"", "\"MINI\u200B-BASE\"");

            assertThat(Scorer.validateCatalog(catalog, Locale.CANADA).problems()).anySatisfy(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-TEXT-CONTROL-CHARACTER");
                assertThat(p.file()).isEqualTo("base.json");
            });
        }

        @Test
        void a_rule_file_the_manifest_does_not_list_is_a_warning() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            Files.writeString(catalog.resolve("forgotten.drl"), "package org.grille.catalog.mini;\n", StandardCharsets.UTF_8);

            List<CatalogProblem> problems = compile(catalog);

            assertThat(codes(problems)).isEmpty();
            assertThat(problems).anySatisfy(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-FILE-DRL-UNLISTED");
                assertThat(p.file()).isEqualTo("forgotten.drl");
            });
        }
    }

    @Nested
    @DisplayName("scenarios still exercise the catalog")
    class Scenarios {

        private List<String> validate(Path catalog) {
            return Scorer.validateCatalog(catalog, Locale.CANADA).problems().stream()
                    .filter(p -> p.severity() == CatalogProblem.Severity.ERROR).map(CatalogProblem::code).toList();
        }

        @Test
        void a_catalog_without_scenarios_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "manifest.json", "\"scenarioFiles\": [\"scenarios.json\"],", "");

            assertThat(validate(catalog)).containsExactly("GRILLE-SCENARIOS-MISSING");
        }

        @Test
        void a_new_gate_and_a_new_criterion_without_a_scenario_are_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "gates.drl", rule("Gate: no board", "@gate(BOARD) @reason(\"gate.young\")",
                    "Organization( board.members < 1 )"));
            TestCatalogs.append(catalog, "points.drl", rule("Budget", "@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")",
                    "Budget( totalRequested > 100000000 )"));

            assertThat(validate(catalog)).containsExactlyInAnyOrder("GRILLE-SCENARIOS-GATE-UNCOVERED",
                    "GRILLE-SCENARIOS-CRITERION-UNCOVERED");
        }

        @Test
        void a_criterion_covered_by_another_rule_stays_covered() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", rule("Another partnership rule",
                    "@criterion(PARTNERSHIPS) @points(1) @reason(\"fit.rights\")", "Budget( totalRequested > 100000000 )"));

            assertThat(validate(catalog)).isEmpty();
        }
    }

    @Nested
    @DisplayName("the manifest's sums cannot overflow")
    class ManifestSums {

        @Test
        void a_per_year_envelope_that_overflows_to_its_total_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            // 9223372036854775807 + 9223372036854775807 + 2 wraps round to 0 in a long
            TestCatalogs.edit(catalog, "manifest.json", "\"envelope\": { \"total\": 300000, \"perYear\": [100000, 100000, 100000] }",
                    "\"envelope\": { \"total\": 0, \"perYear\": [9223372036854775807, 9223372036854775807, 2] }");

            assertThat(codes(compile(catalog))).containsExactly("GRILLE-MANIFEST-ENVELOPE-RANGE");
        }

        @Test
        void criteria_maxima_that_wrap_round_to_one_hundred_are_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            // as ints, 25 + 2147483647 + 15 + 15 + 15 + 2147483647 + 32 is exactly 100
            TestCatalogs.edit(catalog, "manifest.json", "\"id\": \"NEED_AND_PARTICIPATION\", \"maximum\": 10",
                    "\"id\": \"NEED_AND_PARTICIPATION\", \"maximum\": 2147483647");
            TestCatalogs.edit(catalog, "manifest.json", "\"id\": \"ORGANIZATIONAL_CAPACITY\", \"maximum\": 10",
                    "\"id\": \"ORGANIZATIONAL_CAPACITY\", \"maximum\": 2147483647");
            TestCatalogs.edit(catalog, "manifest.json", "\"id\": \"BUDGET_REALISM\", \"maximum\": 10",
                    "\"id\": \"BUDGET_REALISM\", \"maximum\": 32");

            assertThat(codes(compile(catalog))).contains("GRILLE-MANIFEST-CRITERION-INVALID");
        }
    }

    private static List<String> firedRules(org.grille.api.Assessment assessment) {
        return assessment.contributions().stream().map(org.grille.api.Contribution::rule).toList();
    }
}
