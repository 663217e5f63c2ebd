package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("The grille command line")
class GrilleCliTest {

    private static final String SAMPLES = Path.of("../examples/data/applications.json").toString();

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    /**
     * One run, its lines whole ({@code --width 1000}): these tests read what is said; how it fits 80 columns is
     * {@link OutputWidthTest}'s.
     */
    static Run grille(String... args) {
        return grilleAt(1000, args);
    }

    static Run grilleAt(int width, String... args) {
        String[] withWidth = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--width", String.valueOf(width))).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Grille.run(new PrintWriter(out), new PrintWriter(err), withWidth);
        return new Run(code, out.toString(), err.toString());
    }

    @Nested
    @DisplayName("score")
    class Score {

        @Test
        void ranks_the_sample_applications_with_sub_scores_reasons_and_failed_gates() {
            Run run = grille("score", SAMPLES);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Catalogue montreal-inclusive", "Rang", "Demande", "Note", "Discr.", "Femmes",
                    "Principaux motifs", "Inadmissibles");
            List<String> rankedLines = run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+MI-2027-\\d{3}.*")).toList();
            assertThat(rankedLines).hasSizeGreaterThanOrEqualTo(30);
            List<Integer> totals = new ArrayList<>();
            for (String line : rankedLines) {
                totals.add(Integer.parseInt(line.trim().split("\\s+")[2]));
            }
            assertThat(totals).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            assertThat(run.out()).contains("Le programme finance des organismes à but non lucratif");
        }

        @Test
        void speaks_english_when_asked() {
            Run run = grille("score", SAMPLES, "--lang", "en");

            assertThat(run.out()).contains("Rank", "Application", "Main reasons", "Ineligible").doesNotContain("Rang");
        }

        @Test
        void writes_json_with_ranks_in_order() {
            Run run = grille("score", SAMPLES, "--format", "json");

            JsonNode root = JsonMapper.builder().build().readTree(run.out());
            assertThat(root.get("catalog").get("id").asString()).isEqualTo("montreal-inclusive");
            JsonNode ranking = root.get("ranking");
            assertThat(ranking.size()).isGreaterThanOrEqualTo(40);
            JsonNode first = ranking.get(0);
            assertThat(first.get("rank").asInt()).isEqualTo(1);
            assertThat(first.get("assessment").get("contributions").get(0).get("file").asString()).endsWith(".drl");
            int previous = Integer.MAX_VALUE;
            for (JsonNode entry : ranking) {
                if (entry.get("rank").asInt() > 0) {
                    int total = entry.get("assessment").get("total").asInt();
                    assertThat(total).isLessThanOrEqualTo(previous);
                    previous = total;
                }
            }
        }

        @Test
        void writes_csv_with_a_header_and_one_row_per_application() {
            Run run = grille("score", SAMPLES, "--format", "csv");

            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).startsWith("rank,applicationId,title,eligible,fundable,total,OBJECTIVE_FIT")
                    .endsWith("failedGates,mainReasons,rejection");
            assertThat(lines).hasSizeGreaterThanOrEqualTo(41);
        }

        @Test
        void writes_an_output_file_that_matches_standard_output(@TempDir Path temp) throws Exception {
            Path output = temp.resolve("ranking.csv");

            Run run = grille("score", SAMPLES, "--format", "csv", "-o", output.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(Files.readString(output, StandardCharsets.UTF_8)).isEqualTo(grille("score", SAMPLES, "--format", "csv").out());
            try (var files = Files.list(temp)) {
                assertThat(files).containsExactly(output);
            }
        }

        @Test
        void never_overwrites_its_input(@TempDir Path temp) throws Exception {
            Path input = Files.copy(Path.of(SAMPLES), temp.resolve("batch.json"));
            byte[] before = Files.readAllBytes(input);

            Run run = grille("score", input.toString(), "-o", input.toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("jamais écrasée");
            assertThat(Files.readAllBytes(input)).isEqualTo(before);
        }

        @Test
        void scores_the_good_applications_of_a_batch_and_reports_the_bad_one_with_its_path(@TempDir Path temp) throws Exception {
            String samples = Files.readString(Path.of(SAMPLES), StandardCharsets.UTF_8);
            String broken = samples.replaceFirst("\"legalForm\": \"NON_PROFIT\"", "\"legalForm\": \"OBNL\"");
            assertThat(broken).isNotEqualTo(samples);
            Path input = Files.writeString(temp.resolve("broken.json"), broken, StandardCharsets.UTF_8);

            Run run = grille("score", input.toString());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.out()).contains("Demandes rejetées (1)", ".organization.legalForm", "OBNL", "NON_PROFIT_COOPERATIVE");
            assertThat(run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+MI-2027-\\d{3}.*")).count()).isGreaterThanOrEqualTo(30);
        }

        @Test
        void malformed_json_stops_with_its_line_and_exit_code_4(@TempDir Path temp) throws Exception {
            Path input = Files.writeString(temp.resolve("bad.json"), "[\n  { \"id\": \"X\" \n  \"language\": \"FRENCH\" }\n]");

            Run run = grille("score", input.toString());

            // the fault lies inside the one entry: that entry is rejected with its path and place, nothing is usable
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.out()).contains("JSON mal formé").contains("$[0] (3:");
        }

        @Test
        void a_missing_file_is_a_usage_error() {
            Run run = grille("score", "does-not-exist.json");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Fichier introuvable").contains("does-not-exist.json");
        }
    }

    @Nested
    @DisplayName("explain")
    class Explain {

        @Test
        void lists_every_contribution_with_rule_file_and_line() {
            Run run = grille("explain", SAMPLES, "MI-2027-001");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Demande MI-2027-001", "Note par critère", "TOTAL", "/100")
                    .containsPattern("quality\\.drl:\\d+")
                    .containsPattern("objectives/[a-z-]+\\.drl:\\d+");
        }

        @Test
        void shows_the_failed_gates_of_an_ineligible_application() {
            String ineligibleId = grille("score", SAMPLES, "--format", "csv").out().lines().skip(1)
                    .filter(l -> l.contains(",false,false,")).findFirst().orElseThrow().split(",")[1];

            Run run = grille("explain", SAMPLES, ineligibleId, "--lang", "en");

            assertThat(run.out()).contains("INELIGIBLE", "Eligibility gates not met").containsPattern("eligibility\\.drl:\\d+");
        }

        @Test
        void tells_an_application_under_the_threshold_its_gap_and_the_fewest_criteria_that_close_it() {
            Run run = grille("explain", SAMPLES, "MI-2027-040");

            assertThat(run.exitCode()).isZero();
            int total = number(run.out(), "Note : (\\d+)/100");
            Matcher gap = Pattern.compile("Il manque (\\d+) point\\(s\\) pour atteindre le seuil de (\\d+)\\.").matcher(run.out());
            assertThat(gap.find()).as(run.out()).isTrue();
            assertThat(Integer.parseInt(gap.group(1))).isEqualTo(Integer.parseInt(gap.group(2)) - total);
            String fewest = run.out().substring(run.out().indexOf("Le moins de critères")).replaceAll("\\s+", " ");
            int named = Pattern.compile("\\(\\+(\\d+)\\)").matcher(fewest.substring(0, fewest.indexOf('.')))
                    .results().mapToInt(m -> Integer.parseInt(m.group(1))).sum();
            assertThat(named).as("the named criteria close the gap").isGreaterThanOrEqualTo(Integer.parseInt(gap.group(1)));
            assertThat(run.out()).contains("Points encore possibles par critère", "Calcul : on prend les critères")
                    .containsPattern("\\+\\d+ .+ \\(quality\\.drl:\\d+\\)");
        }

        @Test
        void tells_an_ineligible_application_each_failed_gate_and_that_points_do_not_make_it_eligible() {
            String ineligibleId = grille("score", SAMPLES, "--format", "csv").out().lines().skip(1)
                    .filter(l -> l.contains(",false,false,")).findFirst().orElseThrow().split(",")[1];

            Run run = grille("explain", SAMPLES, ineligibleId, "--lang", "en");

            assertThat(run.out()).contains("Eligibility gates not met, in plain words:", "Eligibility is not a matter of points")
                    .doesNotContain("short of the threshold");
            assertThat(run.out().lines().filter(l -> l.startsWith("  - "))).isNotEmpty();
        }

        @Test
        void what_the_applicant_can_act_on_fits_80_columns_in_french_and_english() throws Exception {
            List<String> ids = SampleCall.ids();
            // Every fifth sample: eligible and not, fundable and not, long and short rule lists.
            for (int i = 0; i < ids.size(); i += 5) {
                String id = ids.get(i);
                for (String lang : List.of("fr", "en")) {
                    String out = grille("explain", SAMPLES, id, "--lang", lang).out();
                    String open = out.substring(out.indexOf("fr".equals(lang) ? "Points encore possibles" : "Points still open"));
                    assertThat(open.lines()).as("%s %s", id, lang)
                            .allSatisfy(l -> assertThat(l.codePointCount(0, l.length())).isLessThanOrEqualTo(OpenPointsText.WIDTH));
                }
            }
        }

        @Test
        void an_unknown_id_is_a_usage_error_that_names_it() {
            Run run = grille("explain", SAMPLES, "MI-9999-999");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("MI-9999-999");
        }
    }

    @Nested
    @DisplayName("allocate")
    class Allocate {

        @Test
        void prints_the_plan_with_money_per_year_and_a_reason_for_every_application() {
            Run run = grille("allocate", SAMPLES);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Plan de financement", "ordre de rang", "montreal-inclusive-2027-call-1",
                    "3 750 000 $", "Demandes financées", "Demandes non financées", "INELIGIBLE", "BELOW_THRESHOLD");
            long decisions = run.out().lines().filter(l -> l.matches(".*MI-2027-\\d{3}.*")).count();
            assertThat(decisions).isEqualTo(47);
        }

        @Test
        void writes_money_as_the_reader_s_language_does() {
            assertThat(grille("allocate", SAMPLES, "--lang", "en").out()).contains("$3,750,000").doesNotContain("3 750 000 $");
            assertThat(grille("allocate", SAMPLES).out()).contains("3 750 000 $").doesNotContain("$3,750,000");
        }

        @Test
        void writes_json_within_the_envelope_for_both_policies() {
            for (String policy : List.of("rank", "max-score")) {
                Run run = grille("allocate", SAMPLES, "--policy", policy, "--format", "json");

                JsonNode plan = JsonMapper.builder().build().readTree(run.out());
                assertThat(plan.get("policy").asString()).isEqualTo(policy.equals("rank") ? "RANK_ORDER" : "MAX_SCORE");
                for (int year = 0; year < 3; year++) {
                    assertThat(plan.get("grantedPerYear").get(year).asLong())
                            .isLessThanOrEqualTo(plan.get("envelopePerYear").get(year).asLong());
                }
                assertThat(plan.get("decisions").size()).isEqualTo(47);
            }
        }

        @Test
        void writes_csv_with_one_row_per_decision() {
            Run run = grille("allocate", SAMPLES, "--format", "csv", "--lang", "en");

            List<String> lines = run.out().lines().toList();
            assertThat(lines.get(0)).isEqualTo("applicationId,rank,total,objective,requested,granted,totalGranted,decision,tieBreakKey,explanation,shortYear");
            assertThat(lines).hasSize(48);
        }
    }

    @Nested
    @DisplayName("allocate for a real call")
    class AllocateRealCall {

        @TempDir
        Path dir;

        /** The case: 100 copies of one strong application; it used to crash with a stack trace and exit 1. */
        @Test
        void max_score_on_one_hundred_equal_applications_is_proven_and_funds_those_that_fit() throws Exception {
            Path file = copies(100);

            Run run = grille("allocate", file.toString(), "--policy", "max-score", "--format", "json", "--lang", "en");

            assertThat(run.exitCode()).isZero();
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            JsonNode plan = JsonMapper.builder().build().readTree(run.out());
            assertThat(plan.get("optimality").get("status").asString()).isEqualTo("OPTIMAL");
            assertThat(plan.get("optimality").get("bound").asInt()).isEqualTo(plan.get("optimality").get("fundedScore").asInt());
            long funded = 0;
            for (JsonNode d : plan.get("decisions")) {
                funded += d.get("reason").asString().equals("FUNDED") ? 1 : 0;
            }
            assertThat(funded).isEqualTo(22); // 22 × 55 000 $ fit year 1's 1 250 000 $
            JsonNode year1 = plan.get("years").get(0);
            assertThat(year1.get("committed").asLong()).isEqualTo(22 * 55_000L);
            assertThat(year1.get("left").asLong()).isEqualTo(1_250_000L - 22 * 55_000L);
        }

        @Test
        void rank_order_names_the_year_that_caused_each_skip_with_its_figures() throws Exception {
            Run run = grille("allocate", copies(30).toString(), "--lang", "en");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("ENVELOPE_EXHAUSTED").contains("program year 1 is full")
                    .contains("$1,210,000 of $1,250,000 committed, $40,000 left");
        }

        @Test
        void the_sensitivity_study_lists_the_cut_line_flips_and_near_optimal_plans_in_table_and_json() throws Exception {
            Run table = grille("allocate", SAMPLES, "--policy", "max-score", "--sensitivity", "--lang", "en");
            Run json = grille("allocate", SAMPLES, "--policy", "max-score", "--sensitivity", "--format", "json");

            assertThat(table.exitCode()).isZero();
            assertThat(table.out()).contains("How stable the plan is", "At the cut line", "Plans within 1 point of the optimum");
            JsonNode study = JsonMapper.builder().build().readTree(json.out()).get("sensitivity");
            assertThat(study.get("policy").asString()).isEqualTo("MAX_SCORE");
            assertThat(study.get("cutLine").isArray()).isTrue();
            assertThat(study.get("nearOptimal").get("withinOnePoint").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(study.has("scoreChanges")).isTrue();
            assertThat(study.has("criterionChanges")).isTrue();
        }

        @Test
        void a_tiny_time_limit_still_gives_a_plan_marked_as_not_proven() throws Exception {
            Run run = grille("allocate", copies(300).toString(), "--policy", "max-score", "--time-limit", "0.0001", "--lang", "en");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Work limit of 0.0001 deterministic seconds reached", "best plan found", "gap of at most");
        }

        @Test
        void bad_options_and_repeated_ids_are_explained_with_their_exit_code() throws Exception {
            Run zero = grille("allocate", SAMPLES, "--time-limit", "0", "--lang", "en");
            Run csv = grille("allocate", SAMPLES, "--sensitivity", "--format", "csv", "--lang", "en");
            Path twice = dir.resolve("twice.json");
            String one = Files.readString(Path.of("../rules-catalog/src/test/resources/strong-application.json"));
            Files.writeString(twice, "[" + one + "," + one + "]");
            Run repeated = grille("allocate", twice.toString(), "--lang", "en");

            assertThat(zero.exitCode()).isEqualTo(2);
            assertThat(zero.err()).contains("--time-limit");
            assertThat(csv.exitCode()).isEqualTo(2);
            assertThat(csv.err()).contains("--format table");
            assertThat(repeated.exitCode()).isEqualTo(3);
            assertThat(repeated.out()).contains("MI-2027-001").contains("unique id").doesNotContain("Exception");
        }

        private Path copies(int count) throws Exception {
            String one = Files.readString(Path.of("../rules-catalog/src/test/resources/strong-application.json"));
            StringBuilder json = new StringBuilder("[");
            for (int i = 1; i <= count; i++) {
                json.append(i == 1 ? "" : ",").append(one.replace("\"MI-2027-001\"", String.format("\"MI-2027-%03d\"", i + 100)));
            }
            Path file = dir.resolve("copies-" + count + ".json");
            Files.writeString(file, json.append("]").toString());
            return file;
        }
    }

    @Nested
    @DisplayName("audit")
    class Audit {

        @Test
        void reports_every_protected_attribute_with_the_four_fifths_rule_and_the_notice() {
            Run run = grille("audit", SAMPLES);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Audit d'équité", "servent uniquement à cet audit", "quatre cinquièmes",
                    "== language ==", "== leadership.gender ==", "== leadership.immigrantBackground ==",
                    "== leadership.racialized ==", "== leadership.ageGroup ==", "Ratio au meilleur");
        }

        @Test
        void writes_json_and_honours_the_minimum_group_size() {
            Run run = grille("audit", SAMPLES, "--format", "json", "--min-group", "100", "--lang", "en");

            JsonNode audit = JsonMapper.builder().build().readTree(run.out());
            assertThat(audit.get("assessed").asInt()).isEqualTo(47);
            assertThat(audit.get("notice").asString()).contains("used for this audit only");
            for (JsonNode attribute : audit.get("attributes")) {
                for (JsonNode group : attribute.get("groups")) {
                    assertThat(group.get("flag").asString()).isEqualTo("TOO_FEW_TO_JUDGE");
                }
            }
        }

        @Test
        void a_minimum_group_size_below_one_is_a_usage_error() {
            assertThat(grille("audit", SAMPLES, "--min-group", "0").exitCode()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("for policy staff: validate, test, diff")
    class PolicyStaff {

        static final Path BUNDLED = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");

        static Path copy(Path temp, String name) throws Exception {
            Path target = temp.resolve(name);
            try (var files = Files.walk(BUNDLED)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path destination = target.resolve(BUNDLED.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(destination);
                    } else {
                        Files.copy(file, destination);
                    }
                }
            }
            return target;
        }

        private static void replace(Path file, String from, String to) throws Exception {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).contains(from);
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        }

        @Test
        void validate_accepts_the_bundled_catalog() {
            Run run = grille("validate", BUNDLED.toString());

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("VALIDE", "montreal-inclusive");
        }

        @Test
        void validate_names_file_line_and_rule_of_a_broken_edit_and_exits_1(@TempDir Path temp) throws Exception {
            Path catalog = copy(temp, "broken");
            replace(catalog.resolve("eligibility.drl"), "Organization( yearsActive < $minimum )", "Organization( yearsActiv < $minimum )");

            Run run = grille("validate", catalog.toString(), "--lang", "en");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("INVALID", "eligibility.drl:", "Unknown field \"yearsActiv\" on Organization. Did you mean: yearsActive?",
                    "GRILLE-DRL-UNKNOWN-FIELD", "l'organisme est actif depuis moins de deux ans");
        }

        @Test
        void test_shows_a_failing_scenario_with_expected_actual_and_the_rules_behind_it(@TempDir Path temp) throws Exception {
            Path catalog = copy(temp, "with-scenarios");
            Files.copy(Path.of("../rules-catalog/src/test/resources/strong-application.json"), catalog.resolve("base-test.json"));
            Files.writeString(catalog.resolve("cli-scenarios.json"), """
                    { "base": "base-test.json",
                      "scenarios": [
                        { "name": "Un organisme actif depuis un an est inadmissible",
                          "set": { "organization.yearsActive": 1 },
                          "expect": { "eligible": false, "failedGates": ["ACTIVE_TWO_YEARS"] } },
                        { "name": "Sans partenaire, la note reste 99 (faux exprès)",
                          "set": { "partners": [] },
                          "expect": { "total": 99 } } ] }
                    """);
            String manifest = Files.readString(catalog.resolve("manifest.json"));
            manifest = manifest.replaceAll("\"scenarioFiles\"\\s*:\\s*\\[[^]]*]", "\"scenarioFiles\": []");
            if (!manifest.contains("\"scenarioFiles\"")) {
                manifest = manifest.replace("\"ruleFiles\"", "\"scenarioFiles\": [],\n  \"ruleFiles\"");
            }
            Files.writeString(catalog.resolve("manifest.json"), manifest.replace("\"scenarioFiles\": []", "\"scenarioFiles\": [\"cli-scenarios.json\"]"));

            Run run = grille("test", catalog.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("réussi", "ÉCHEC", "Un organisme actif depuis un an est inadmissible",
                    "note totale : attendu 99", "cli-scenarios.json:", "Partenariat", "2 scénario(s) : 1 réussi(s), 1 en échec");
        }

        /** Waits until everything printed after {@code from} contains {@code expected}; returns where it ends. */
        private static int awaitOutput(StringWriter out, int from, String expected) throws InterruptedException {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (System.nanoTime() < deadline) {
                String text = out.toString();
                int at = text.indexOf(expected, from);
                if (at >= 0) {
                    return at + expected.length();
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no \"" + expected + "\" after offset " + from + " in:\n" + out);
        }

        @Test
        void a_rule_failing_on_the_corpus_comes_first_and_the_failed_scenarios_are_said_to_follow_from_it(@TempDir Path temp)
                throws Exception {
            Path catalog = copy(temp, "boucle");
            Files.writeString(catalog.resolve("quality.drl"), """

                    rule "Dérivé : amorce"
                        @derives
                    when
                        Organization( projectsCompleted >= 0 )
                    then
                        insert(new Finding("BOUCLE"));
                    end

                    rule "Dérivé : boucle"
                        @derives
                    when
                        Finding( name == "BOUCLE" )
                    then
                        insert(new Finding("BOUCLE"));
                    end
                    """, java.nio.file.StandardOpenOption.APPEND);

            Run run = grille("validate", catalog.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).contains("GRILLE-RULE-FAILS").contains("« Dérivé : boucle »")
                    .contains("peut-être à cause des erreurs ci-dessus");
            assertThat(run.out().indexOf("GRILLE-RULE-FAILS")).isLessThan(run.out().indexOf("à cause des erreurs ci-dessus"));
        }

        @ParameterizedTest(name = "{0} --watch on a missing folder")
        @ValueSource(strings = {"validate", "test"})
        void watch_on_a_missing_folder_is_a_usage_error_before_any_run(String command, @TempDir Path temp) {
            Run run = grille(command, "--watch", temp.resolve("missing").toString());

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.out()).doesNotContain("──");
            assertThat(run.err()).contains("missing");
        }

        @ParameterizedTest(name = "{0} --watch")
        @ValueSource(strings = {"validate", "test"})
        void watch_gives_a_fresh_verdict_after_each_save_atomic_or_not_and_stops_cleanly(String command, @TempDir Path temp)
                throws Exception {
            Path catalog = copy(temp, "watched");
            Path rules = catalog.resolve("eligibility.drl");
            String original = Files.readString(rules, StandardCharsets.UTF_8);
            StringWriter out = new StringWriter();
            int[] exit = {-1};
            Thread watching = new Thread(() -> exit[0] = Grille.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                    command, "--watch", catalog.toString(), "--lang", "en"));
            watching.start();
            int at = awaitOutput(out, 0, "Waiting for a save");

            // an editor's atomic save: a temporary file renamed over the rule file
            Path staged = catalog.resolve(".eligibility.drl.swp");
            Files.writeString(staged, original.replace("yearsActive < $minimum", "yearsActiv < $minimum"), StandardCharsets.UTF_8);
            Files.move(staged, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            at = awaitOutput(out, at, "Check 2");
            at = awaitOutput(out, at, "Did you mean: yearsActive?");
            at = awaitOutput(out, at, "Waiting for a save");

            // the file deleted, then written again as it was
            Files.delete(rules);
            Files.writeString(rules, original, StandardCharsets.UTF_8);
            at = awaitOutput(out, at, command.equals("validate") ? ": VALID —" : "0 failed");

            watching.interrupt();
            watching.join(10_000);
            assertThat(watching.isAlive()).isFalse();
            assertThat(exit[0]).isZero();
            assertThat(out.toString()).doesNotContain("Exception").contains("── Check 1, ");
        }

        @ParameterizedTest(name = "{0} --watch prints what a cold {0} prints")
        @ValueSource(strings = {"validate", "test"})
        void each_watch_verdict_is_what_a_cold_run_on_the_same_content_prints(String command, @TempDir Path temp)
                throws Exception {
            Path catalog = copy(temp, "watched");
            Path rules = catalog.resolve("eligibility.drl");
            String original = Files.readString(rules, StandardCharsets.UTF_8);
            StringWriter out = new StringWriter();
            Thread watching = new Thread(() -> Grille.run(new PrintWriter(out, true), new PrintWriter(new StringWriter()),
                    command, "--watch", catalog.toString(), "--lang", "en", "--width", "1000"));
            watching.start();
            try {
                int at = awaitOutput(out, 0, "Waiting for a save");
                assertThat(verdict(out.toString(), 1)).isEqualTo(grille(command, catalog.toString(), "--lang", "en").out());

                // staged outside the catalog and renamed in: one event, so no check sees a half-made save
                Path staged = temp.resolve("eligibility.drl.new");
                Files.writeString(staged, original.replace("yearsActive < $minimum", "yearsActiv < $minimum"), StandardCharsets.UTF_8);
                Files.move(staged, rules, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                awaitOutput(out, at, "Waiting for a save");
                assertThat(verdict(out.toString(), 2)).contains("yearsActiv")
                        .isEqualTo(grille(command, catalog.toString(), "--lang", "en").out());
            } finally {
                watching.interrupt();
                watching.join(10_000);
            }
        }

        /** What check {@code run} of a watch printed between its header line and its "(in N ms)" line. */
        private static String verdict(String watchOutput, int run) {
            int header = watchOutput.indexOf("── Check " + run + ", ");
            int start = watchOutput.indexOf('\n', header) + 1;
            int end = watchOutput.indexOf("\n(in ", start) + 1;
            return watchOutput.substring(start, end);
        }

        /** Rules that would each write a marker, from a consequence, a condition, a from, an accumulate and an attribute. */
        private Path malicious(Path temp, Path markers) throws Exception {
            Path catalog = copy(temp, "malicious");
            String write = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + markers + "/%s\"), \"ran\")";
            Files.writeString(catalog.resolve("quality.drl"), Files.readString(catalog.resolve("quality.drl")) + """

                    rule "Marqueur : conséquence"
                        @derives
                    when
                        Project()
                    then
                        %s;
                    end

                    rule "Marqueur : condition"
                        @derives
                    when
                        eval( %s != null )
                    then
                    end

                    rule "Marqueur : from"
                        @derives
                    when
                        Activity() from %s
                    then
                    end

                    rule "Marqueur : accumulate"
                        @derives
                    when
                        Number() from accumulate( Project(), init( %s; ), action( ), result( 0 ) )
                    then
                    end

                    rule "Marqueur : attribut"
                        @derives
                        salience( %s.hashCode() )
                    when
                        Project()
                    then
                    end
                    """.formatted(write.formatted("consequence"), write.formatted("condition"), write.formatted("from"),
                    write.formatted("accumulate"), write.formatted("attribute")), StandardCharsets.UTF_8);
            return catalog;
        }

        @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.ValueSource(strings = {"validate", "test", "diff", "score"})
        void no_command_runs_anything_of_a_catalog_outside_the_grammar(String command, @TempDir Path temp) throws Exception {
            Path markers = Files.createDirectories(temp.resolve("markers"));
            Path catalog = malicious(temp, markers);

            Run run = switch (command) {
                case "validate", "test" -> grille(command, catalog.toString());
                case "diff" -> grille("diff", BUNDLED.toString(), catalog.toString(), SAMPLES);
                default -> grille("score", SAMPLES, "--catalog", catalog.toString());
            };

            assertThat(run.exitCode()).isNotZero();
            assertThat(run.out() + run.err()).contains("quality.drl:", "GRILLE-RULE-CONSEQUENCE-FORBIDDEN",
                    "GRILLE-RULE-ATTRIBUTE-FORBIDDEN").doesNotContain("\tat ", "Exception");
            try (var written = Files.list(markers)) {
                assertThat(written).isEmpty();
            }
        }

        @Test
        void diff_reports_threshold_crossings_and_the_rule_that_moved_the_totals(@TempDir Path temp) throws Exception {
            Path old = copy(temp, "old");
            Path edited = copy(temp, "new");
            replace(edited.resolve("quality.drl"), "@points(6) @reason(\"quality.partners.signed\")", "@points(4) @reason(\"quality.partners.signed\")");
            replace(edited.resolve("manifest.json"), "\"fundableThreshold\": 60", "\"fundableThreshold\": 65");

            Run run = grille("diff", old.toString(), edited.toString(), SAMPLES);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Comparaison", "franchissent le seuil", "Plus grands écarts",
                    "-2 Partenariat : au moins un partenaire a signé une entente de collaboration", "oui → non");
        }
    }

    @Test
    void help_lists_the_commands_and_exit_codes() {
        Run run = grille("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("score", "explain", "allocate", "audit", "validate", "test", "diff", "exit codes");
    }

    private static int number(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertThat(matcher.find()).as(pattern).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
