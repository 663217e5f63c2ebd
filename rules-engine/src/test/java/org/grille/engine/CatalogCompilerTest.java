package org.grille.engine;

import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Compiling a catalog directory")
class CatalogCompilerTest {

    @TempDir
    Path temp;

    private static Compilation compile(Path catalog) {
        return new CatalogCompiler(new Messages(Locale.CANADA_FRENCH)).compile(new DirectoryCatalogSource(catalog));
    }

    private static CatalogProblem onlyError(Compilation compilation) {
        List<CatalogProblem> errors = compilation.problems().stream()
                .filter(p -> p.severity() == CatalogProblem.Severity.ERROR).toList();
        assertThat(errors).as("errors of %s", compilation.problems()).hasSize(1);
        assertThat(compilation.succeeded()).isFalse();
        return errors.get(0);
    }

    @Test
    void a_valid_catalog_compiles_without_any_problem() {
        Compilation compilation = compile(TestCatalogs.source("mini"));

        assertThat(compilation.problems()).isEmpty();
        assertThat(compilation.catalog().info().id()).isEqualTo("mini");
        assertThat(compilation.catalog().info().fingerprint()).hasSize(64);
        assertThat(compilation.catalog().rules()).hasSize(8);
    }

    @Test
    void the_fingerprint_changes_with_any_byte_of_a_rule_file_and_not_otherwise() {
        Path a = TestCatalogs.copy("mini", temp.resolve("a"));
        Path b = TestCatalogs.copy("mini", temp.resolve("b"));
        String before = compile(a).catalog().info().fingerprint();
        assertThat(compile(b).catalog().info().fingerprint()).isEqualTo(before);

        TestCatalogs.append(b, "points.drl", "\n// a comment\n");

        assertThat(compile(b).catalog().info().fingerprint()).isNotEqualTo(before);
    }

    @Nested
    @DisplayName("reports a broken rule file with its file, line and rule")
    class BrokenRules {

        @Test
        void a_syntax_error() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    Project( primaryObjective == Objective.HIRING_BARRIERS )",
                    "    Project( primaryObjective == Objective.HIRING_BARRIERS ");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.file()).isEqualTo("points.drl");
            assertThat(problem.code()).isEqualTo("GRILLE-DRL-UNCLOSED-PARENTHESIS");
            assertThat(problem.line()).isEqualTo(10);
            assertThat(problem.column()).isEqualTo(12);
            assertThat(problem.rule()).isEqualTo("Hiring is primary");
            assertThat(problem.message()).contains("parenthèse ouverte ici n'est pas fermée avant « then »");
        }

        @Test
        void a_stray_line_after_the_last_rule_is_told_in_words_not_as_a_parser_token() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", "\n# a note\n");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-DRL-SYNTAX");
            assertThat(problem.message()).contains("le fichier se termine").doesNotContainIgnoringCase("eof");
        }

        @Test
        void a_misspelled_field_names_the_field_and_the_rule() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "gates.drl", "yearsActive < $minimum", "yearsActiv < $minimum");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.file()).isEqualTo("gates.drl");
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.rule()).isEqualTo("Gate: too young");
            assertThat(problem.message()).contains("yearsActiv");
        }

        @Test
        void an_unknown_type() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "gates.drl", "Organization( yearsActive", "Organisation( yearsActive");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-DRL-UNKNOWN-TYPE");
            assertThat(problem.file()).isEqualTo("gates.drl");
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.rule()).isEqualTo("Gate: too young");
            assertThat(problem.message()).contains("Organisation");
        }

        @Test
        void a_comparison_between_a_number_field_and_text() throws java.io.IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "gates.drl", "yearsActive < $minimum", "yearsActive < \"deux\"");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-DRL-TYPE-MISMATCH");
            assertThat(problem.file()).isEqualTo("gates.drl");
            assertThat(problem.line()).isEqualTo(11);
            assertThat(problem.rule()).isEqualTo("Gate: too young");
            assertThat(problem.message()).contains("yearsActive < \"deux\"").contains(": nombre").doesNotContain("Integer");
            String line = Files.readAllLines(catalog.resolve("gates.drl")).get(problem.line() - 1);
            assertThat(line.substring(problem.column() - 1)).as("the caret sits under the comparison")
                    .startsWith("yearsActive < \"deux\"");
        }

        @Test
        void a_comparison_between_a_text_field_and_a_number_or_an_unknown_enum_value() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "gates.drl", "Organization( yearsActive < $minimum )",
                    "Organization( yearsActive < $minimum, legalForm == \"OBNL\" )\n    Finding( name > 5 )");

            List<CatalogProblem> problems = compile(catalog).problems();

            assertThat(problems).extracting(CatalogProblem::code).containsOnly("GRILLE-DRL-TYPE-MISMATCH");
            assertThat(problems).extracting(CatalogProblem::message)
                    .anySatisfy(m -> assertThat(m).contains("name > 5").contains("texte entre guillemets").doesNotContain("String"))
                    .anySatisfy(m -> assertThat(m).contains("\"OBNL\"").contains("NON_PROFIT_COOPERATIVE"));
        }

        @Test
        void a_consequence_outside_the_grammar_points_to_its_statement() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "insert(new Finding(\"SIGNED_PARTNER\"));", "insert(new Finding(42));");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-CONSEQUENCE-FORBIDDEN");
            assertThat(problem.file()).isEqualTo("points.drl");
            assertThat(problem.line()).isEqualTo(41);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.rule()).isEqualTo("Any committed partner is a signed partner finding");
            assertThat(problem.message()).contains("Finding(42)");
        }

        @Test
        void a_pattern_on_a_type_that_is_not_a_fact() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    Partner()\n", "    Board( members >= 3 )\n");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-DRL-NOT-A-FACT");
            assertThat(problem.rule()).isEqualTo("Any partner");
            assertThat(problem.message()).contains("Organization( board.members >= 3 )");
        }

        @Test
        void a_list_of_values_compared_with_a_number() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "Project( objectives contains Objective.NEWCOMER_RIGHTS )",
                    "Project( targetGroups contains 5 )");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-DRL-TYPE-MISMATCH");
            assertThat(problem.rule()).isEqualTo("Rights claimed");
            assertThat(problem.message()).contains("TargetGroup.");
        }

        @Test
        void a_variable_used_before_it_is_bound() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "gates.drl", "yearsActive < $minimum", "yearsActive < $min");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-DRL-UNKNOWN-VARIABLE");
            assertThat(problem.rule()).isEqualTo("Gate: too young");
            assertThat(problem.line()).isPositive();
            assertThat(problem.message()).contains("$min");
        }

        @Test
        void a_consequence_that_creates_application_data() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    insert(new Finding(\"SIGNED_PARTNER\"));",
                    "    insert(new Partner(\"Fantôme\", PartnerRole.DELIVERY, Commitment.SIGNED_AGREEMENT, 0L, 0L));");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-CONSEQUENCE-FORBIDDEN");
            assertThat(problem.line()).isEqualTo(41);
            assertThat(problem.message()).contains("Partner");
        }

        @Test
        void a_rule_that_singles_out_one_application() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    Partner()\n", "    Partner()\n    Application( id == \"MI-2027-001\" )\n");

            assertThat(onlyError(compile(catalog)).code()).isEqualTo("GRILLE-RULE-READS-IDENTIFYING");
        }

        @Test
        void a_duplicate_rule_name_points_to_both_places() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "rule \"Rights claimed\"", "rule \"Gate: too young\"");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-DUPLICATE-NAME");
            assertThat(problem.file()).isEqualTo("points.drl");
            assertThat(problem.message()).contains("gates.drl").contains("7");
        }

        @Test
        void a_rule_without_metadata() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    @criterion(OBJECTIVE_FIT) @objective(NEWCOMER_RIGHTS) @points(3) @reason(\"fit.rights\")\n", "");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-METADATA-MISSING");
            assertThat(problem.rule()).isEqualTo("Rights claimed");
        }

        @Test
        void points_beyond_the_criterion_cap() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "@points(12) @reason(\"partners.any\")", "@points(16) @reason(\"partners.any\")");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-POINTS-OVER-CAP");
            assertThat(problem.rule()).isEqualTo("Any partner");
            assertThat(problem.message()).contains("16").contains("PARTNERSHIPS").contains("15");
        }

        @Test
        void a_reason_key_missing_from_a_language() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "reasons_en.properties", "partners.any=A partner.\n", "");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-REASON-UNKNOWN");
            assertThat(problem.message()).contains("partners.any").contains("reasons_en.properties");
        }

        @Test
        void a_rule_reading_a_protected_attribute() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    Partner()\n",
                    "    Partner()\n    Application( leadership.gender == Gender.WOMAN )\n");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-READS-PROTECTED");
            assertThat(problem.rule()).isEqualTo("Any partner");
            assertThat(problem.file()).isEqualTo("points.drl");
            assertThat(problem.line()).isEqualTo(55);
            assertThat(problem.column()).isEqualTo(18);
            assertThat(problem.message()).contains("leadership");
        }

        @Test
        void a_rule_reading_the_application_language() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    Partner()\n", "    Partner()\n    Application( language == Language.FRENCH )\n");

            assertThat(compile(catalog).problems()).extracting(CatalogProblem::code)
                    .containsOnly("GRILLE-RULE-READS-PROTECTED");
        }

        @Test
        void a_rule_calling_outside_the_vocabulary() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    insert(new Finding(\"SIGNED_PARTNER\"));",
                    "    System.exit(1);");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-RULE-CONSEQUENCE-FORBIDDEN");
            assertThat(problem.line()).isEqualTo(41);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.message()).contains("System.exit(1)");
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
                "system        | Runtime.getRuntime().exec(\"rm\");                        | Runtime",
                "files         | java.nio.file.Files.readString(null);                     | Files",
                "network       | new java.net.Socket(\"example.org\", 80);                 | Socket",
                "threads       | new Thread(() -> {}).start();                             | Thread",
                "reflection    | Finding.class.getDeclaredMethods();                       | getDeclaredMethods",
                "class loading | Finding.class.getClassLoader().loadClass(\"x\");           | getClassLoader",
                "changing facts| delete($f);                                               | delete",
                "loops         | while (true) { }                                          | while"})
        void every_kind_of_escape_from_the_vocabulary_is_refused(String kind, String consequence, String word) {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    insert(new Finding(\"SIGNED_PARTNER\"));", "    " + consequence);

            List<CatalogProblem> problems = compile(catalog).problems();

            assertThat(problems).as(kind).isNotEmpty().allSatisfy(p -> {
                assertThat(p.file()).isEqualTo("points.drl");
                assertThat(p.line()).isEqualTo(41);
                assertThat(p.rule()).isEqualTo("Any committed partner is a signed partner finding");
            });
            assertThat(problems).extracting(CatalogProblem::code).containsExactly("GRILLE-RULE-CONSEQUENCE-FORBIDDEN");
        }

        @Test
        void an_import_outside_the_vocabulary() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "gates.drl", "import org.grille.api.rules.*;", "import org.grille.api.rules.*;\nimport java.nio.file.Files;");

            List<CatalogProblem> problems = compile(catalog).problems();

            assertThat(problems).extracting(CatalogProblem::code).contains("GRILLE-RULE-IMPORT-FORBIDDEN");
            assertThat(problems).filteredOn(p -> p.code().equals("GRILLE-RULE-IMPORT-FORBIDDEN"))
                    .singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(6));
        }

        @Test
        void words_in_comments_and_strings_are_not_mistaken_for_code() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "points.drl", "    Partner()\n",
                    "    // the language of the leadership does not matter; System is fine in a comment\n    Partner( commitment != null )\n    not Finding( name == \"System.exit\" )\n");

            assertThat(compile(catalog).problems()).isEmpty();
        }
    }

    @Nested
    @DisplayName("reports a broken manifest")
    class BrokenManifest {

        @Test
        void a_missing_rule_file_is_named() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "manifest.json", "\"points.drl\"", "\"point.drl\"");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.file()).isEqualTo("manifest.json");
            assertThat(problem.code()).isEqualTo("GRILLE-MANIFEST-RULE-FILE-MISSING");
            assertThat(problem.message()).contains("point.drl");
        }

        @Test
        void malformed_json_gives_its_line() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "manifest.json", "\"version\": \"1\",", "\"version\": \"1\"");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-MANIFEST-UNREADABLE");
            assertThat(problem.line()).isEqualTo(4);
        }

        @Test
        void removing_a_protected_attribute_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "manifest.json", "\"leadership.racialized\", ", "");

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-MANIFEST-PROTECTED-MISSING");
            assertThat(problem.message()).contains("leadership.racialized");
        }

        @Test
        void a_missing_reasons_file_is_one_problem_not_one_per_rule() throws Exception {
            Path catalog = TestCatalogs.copy("mini", temp);
            Files.delete(catalog.resolve("reasons_en.properties"));

            CatalogProblem problem = onlyError(compile(catalog));

            assertThat(problem.code()).isEqualTo("GRILLE-MANIFEST-REASONS-MISSING");
        }

        @Test
        void criteria_that_do_not_add_up_to_100() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "manifest.json", "\"id\": \"BUDGET_REALISM\", \"maximum\": 10", "\"id\": \"BUDGET_REALISM\", \"maximum\": 12");

            assertThat(onlyError(compile(catalog)).code()).isEqualTo("GRILLE-MANIFEST-CRITERIA-SUM");
        }

        @Test
        void a_reviews_section_is_read_and_a_share_above_one_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.edit(catalog, "manifest.json", "\"fundableThreshold\": 50,", "\"fundableThreshold\": 50, \"reviews\": "
                    + "{\"scale\": {\"min\": 1, \"max\": 5}, \"criteria\": {\"IMPACT_DESIGN\": 0.4}, \"minimumReviews\": 3},");
            Compilation good = compile(catalog);
            assertThat(good.problems()).isEmpty();
            assertThat(good.catalog().manifest().reviews().criteria()).containsEntry(org.grille.api.Criterion.of("IMPACT_DESIGN"), 0.4);

            TestCatalogs.edit(catalog, "manifest.json", "0.4", "1.5");
            assertThat(onlyError(compile(catalog)).code()).isEqualTo("GRILLE-MANIFEST-REVIEWS");
        }

        @Test
        void no_manifest_at_all() throws Exception {
            Path empty = Files.createDirectories(temp.resolve("empty"));

            CatalogProblem problem = onlyError(compile(empty));

            assertThat(problem.code()).isEqualTo("GRILLE-MANIFEST-MISSING");
        }
    }

    @Test
    void every_problem_is_reported_at_once_not_only_the_first() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(catalog, "points.drl", "@points(12) @reason(\"partners.any\")", "@points(16) @reason(\"partners.any\")");
        TestCatalogs.edit(catalog, "gates.drl", "@gate(ACTIVE_TWO_YEARS) @reason(\"gate.young\")", "@reason(\"gate.young\")");

        assertThat(compile(catalog).problems()).extracting(CatalogProblem::code)
                .containsExactlyInAnyOrder("GRILLE-RULE-POINTS-OVER-CAP", "GRILLE-RULE-METADATA-MISSING");
    }

    @Test
    void messages_come_in_english_when_asked() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(catalog, "gates.drl", "Organization( yearsActive", "Organisation( yearsActive");

        Compilation compilation = new CatalogCompiler(new Messages(Locale.CANADA)).compile(new DirectoryCatalogSource(catalog));

        assertThat(compilation.problems().get(0).message()).startsWith("Unknown type \"Organisation\"");
    }

    @Test
    void compile_or_throw_lists_every_problem_in_the_exception() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.edit(catalog, "gates.drl", "Organization( yearsActive", "Organisation( yearsActive");

        assertThatThrownBy(() -> new CatalogCompiler(new Messages(Locale.CANADA_FRENCH)).compileOrThrow(new DirectoryCatalogSource(catalog)))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.getMessage()).contains("gates.drl:11").contains("Gate: too young");
                });
    }
}
