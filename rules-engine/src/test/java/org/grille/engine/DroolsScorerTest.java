package org.grille.engine;

import org.grille.engine.scoring.Facts;
import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.grille.api.Assessment;
import org.grille.api.AssessmentException;
import org.grille.api.BatchResult;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Commitment;
import org.grille.api.application.Objective;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Organization;
import org.grille.api.application.Project;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Drools scorer")
class DroolsScorerTest {

    private static final Scorer MINI = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
    private static final Messages FRENCH = new Messages(Locale.CANADA_FRENCH);

    @TempDir
    Path temp;

    /** A scorer straight from the compiler, without validation: these tests plant faults validation would stop. */
    private static Scorer unvalidated(Path catalog, int maxRuleFirings) {
        Messages messages = new Messages(Locale.CANADA_FRENCH);
        return new DroolsScorer(new org.grille.engine.catalog.CatalogCompiler(messages)
                .compileOrThrow(new org.grille.engine.catalog.DirectoryCatalogSource(catalog)), messages, maxRuleFirings);
    }

    private static int counted(Assessment assessment, String rule) {
        return assessment.contributions().stream().filter(c -> c.rule().equals(rule))
                .mapToInt(Contribution::counted).findFirst().orElseThrow();
    }

    @Nested
    @DisplayName("applies the manifest's caps")
    class Caps {

        private final Assessment assessment = MINI.assess(Applications.valid("A-1"));

        @Test
        void the_best_objective_counts_up_to_its_cap_in_catalog_order() {
            assertThat(counted(assessment, "Hiring is primary")).isEqualTo(15);
            assertThat(counted(assessment, "Hiring activity")).isEqualTo(5);
            assertThat(assessment.score(Objective.of("HIRING_BARRIERS"))).isEqualTo(20);
        }

        @Test
        void the_second_objective_adds_at_most_the_secondary_bonus_and_a_third_adds_nothing() {
            assertThat(counted(assessment, "Employers claimed")).isEqualTo(5);
            assertThat(counted(assessment, "Rights claimed")).isZero();
            assertThat(assessment.score(Objective.of("EMPLOYER_AWARENESS"))).isEqualTo(8);
            assertThat(assessment.score(Objective.of("NEWCOMER_RIGHTS"))).isEqualTo(3);
            assertThat(assessment.score(Criterion.of("OBJECTIVE_FIT"))).isEqualTo(25);
        }

        @Test
        void a_criterion_is_capped_and_rules_past_the_cap_count_zero() {
            assertThat(counted(assessment, "Signed partner")).isEqualTo(12);
            assertThat(counted(assessment, "Any partner")).isEqualTo(3);
            assertThat(assessment.score(Criterion.of("PARTNERSHIPS"))).isEqualTo(15);
        }

        @Test
        void rules_in_two_packages_build_side_by_side_and_a_finding_derived_in_one_is_read_in_the_other() {
            // points.drl in its own package: the two files now go through two KnowledgeBuilders at once
            Path catalog = TestCatalogs.copy("mini", temp);
            String consumer = """
                    rule "Signed partner"
                        @criterion(PARTNERSHIPS) @points(12) @reason("partners.signed")
                    when
                        Finding( name == "SIGNED_PARTNER" )
                    then
                    end
                    """;
            TestCatalogs.edit(catalog, "points.drl", "package org.grille.catalog.mini;", "package org.grille.catalog.mini.points;");
            TestCatalogs.edit(catalog, "points.drl", consumer.strip(), "");
            TestCatalogs.append(catalog, "gates.drl", "\n" + consumer);

            Assessment split = Scorer.builder().catalogDirectory(catalog).build().assess(Applications.valid("A-1"));

            assertThat(counted(split, "Signed partner")).isEqualTo(12);
            assertThat(split.contributions()).filteredOn(c -> c.rule().equals("Signed partner"))
                    .extracting(Contribution::file).containsExactly("gates.drl");
            assertThat(split.total()).isEqualTo(assessment.total());
        }

        @Test
        void the_total_is_the_sum_of_counted_points() {
            int counted = assessment.contributions().stream().mapToInt(Contribution::counted).sum();
            assertThat(assessment.total()).isEqualTo(counted).isEqualTo(40);
            assertThat(assessment.eligible()).isTrue();
            assertThat(assessment.fundable()).isFalse();
        }

        @Test
        void every_point_names_its_rule_file_and_line() {
            assertThat(assessment.contributions()).allSatisfy(c -> {
                assertThat(c.file()).isEqualTo("points.drl");
                assertThat(c.line()).isPositive();
                assertThat(c.reason()).isNotBlank();
            });
            assertThat(assessment.catalog().id()).isEqualTo("mini");
        }

        @Test
        void a_rule_matching_several_facts_awards_its_points_once() {
            Application two = Applications.valid("A-2");
            two = new Application(two.id(), two.language(), two.organization(), two.project(), two.budget(),
                    List.of(Applications.partner(Commitment.LETTER_OF_SUPPORT), Applications.partner(Commitment.NONE)),
                    two.leadership());

            Assessment result = MINI.assess(two);

            assertThat(result.contributions()).filteredOn(c -> c.rule().equals("Any partner")).hasSize(1);
            assertThat(result.firedRules()).doesNotContain("Signed partner");
        }
    }

    @Test
    void a_failed_gate_is_reported_with_its_reason_in_the_chosen_language() {
        Application young = Applications.valid("A-3");
        Organization o = young.organization();
        young = new Application(young.id(), young.language(), new Organization(o.name(), o.legalForm(), o.registryNumber(),
                o.inGoodStanding(), o.board(), o.lastAnnualGeneralMeeting(), 1, o.annualRevenue(), o.accumulatedDeficit(),
                o.lobbyistStatus(), o.borough(), o.projectsCompleted()), young.project(), young.budget(), young.partners(), null);

        Assessment french = MINI.assess(young);
        Assessment english = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).locale(Locale.ENGLISH).build().assess(young);

        assertThat(french.eligible()).isFalse();
        assertThat(french.failedGates()).singleElement().satisfies(g -> {
            assertThat(g.gate()).isEqualTo("ACTIVE_TWO_YEARS");
            assertThat(g.file()).isEqualTo("gates.drl");
            assertThat(g.line()).isEqualTo(7);
            assertThat(g.reason()).isEqualTo("L'organisme est trop jeune.");
        });
        assertThat(english.failedGates().get(0).reason()).isEqualTo("The organization is too young.");
    }

    @Test
    void the_scorers_codec_speaks_the_scorers_language() {
        Scorer english = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).locale(Locale.ENGLISH).build();

        assertThatThrownBy(() -> english.json().readApplication("{"))
                .isInstanceOf(org.grille.api.InvalidApplicationException.class).hasMessageContaining("The JSON cannot be read");
        assertThatThrownBy(() -> MINI.json().readApplication("{"))
                .isInstanceOf(org.grille.api.InvalidApplicationException.class).hasMessageContaining("Le JSON ne peut pas être lu");
        assertThat(english.json()).isSameAs(english.json());
        Application read = english.json().readApplication(english.json().writeApplication(Applications.valid("A-9")));
        assertThat(english.assess(read).total()).isEqualTo(english.assess(Applications.valid("A-9")).total());
    }

    @Test
    void an_invalid_application_is_refused_with_every_field_path() {
        Application valid = Applications.valid("A-4");
        Application invalid = new Application(" ", null, valid.organization(), valid.project(), valid.budget(), valid.partners(), null);

        assertThatThrownBy(() -> MINI.assess(invalid))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path()).containsExactlyInAnyOrder("$.id", "$.language"));
    }

    @Nested
    @DisplayName("stops a faulty rule without taking the host down")
    class Faults {

        @Test
        void a_rule_that_retriggers_itself_forever_is_stopped_and_named() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", """

                    rule "Seed"
                        @derives
                    when
                        Finding( name == "SIGNED_PARTNER" )
                    then
                        insert(new Finding("LOOP"));
                    end

                    rule "Runaway"
                        @derives
                    when
                        Finding( name == "LOOP" )
                    then
                        insert(new Finding("LOOP"));
                    end
                    """);
            Scorer scorer = unvalidated(catalog, 500);

            assertThatThrownBy(() -> scorer.assess(Applications.valid("A-5")))
                    .isInstanceOfSatisfying(AssessmentException.class, e -> {
                        assertThat(e.rule()).isEqualTo("Runaway");
                        assertThat(e.file()).isEqualTo("points.drl");
                        assertThat(e.line()).isPositive();
                        assertThat(e.applicationId()).isEqualTo("A-5");
                        assertThat(e.getMessage()).contains("500").contains("Runaway");
                    });
        }

        @Test
        void a_stopped_assessment_leaves_nothing_behind_for_the_next_one_on_a_reused_session() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", """

                    rule "Seed"
                        @derives
                    when
                        Finding( name == "SIGNED_PARTNER" )
                    then
                        insert(new Finding("LOOP"));
                    end

                    rule "Runaway"
                        @derives
                    when
                        Finding( name == "LOOP" )
                    then
                        insert(new Finding("LOOP"));
                    end
                    """);
            Scorer scorer = unvalidated(catalog, 200);
            Application runaway = Applications.valid("STOP");
            Application quiet = new Application("NEXT", runaway.language(), runaway.organization(), runaway.project(),
                    runaway.budget(), List.of(Applications.partner(Commitment.LETTER_OF_SUPPORT)), null);
            int expected = MINI.assess(quiet).total();

            for (int i = 0; i < 20; i++) {
                assertThatThrownBy(() -> scorer.assess(runaway)).isInstanceOf(AssessmentException.class);
                Assessment next = scorer.assess(quiet);
                assertThat(next.total()).isEqualTo(expected);
                assertThat(next.firedRules()).doesNotContain("Signed partner");
            }
        }

        @Test
        void an_assessment_over_its_time_budget_is_stopped_and_names_the_rule_and_the_next_one_is_unaffected() {
            Path catalog = TestCatalogs.copy("mini", temp);
            // The costliest rule the bounds allow with a third pattern (120 200 evaluations by the estimate), and 17 more
            // joins of every activity with every outcome (80 200 each): 1 483 600 in all, just under the catalog's bound.
            StringBuilder rules = new StringBuilder("""

                    rule "Combines every activity two ways"
                        @criterion(BUDGET_REALISM) @points(1) @reason("fit.rights")
                    when
                        Activity( sessions != null, $a : sessions )
                        Outcome( target != null, target < $a - 100000 )
                        Project()
                    then
                    end
                    """);
            for (int i = 0; i < 17; i++) {
                rules.append("\nrule \"Joins again ").append(i).append("\"\n    @criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")\n")
                        .append("when\n    Activity( sessions != null, $a : sessions )\n")
                        .append("    Outcome( target != null, target < $a - 100000 )\nthen\nend\n");
            }
            TestCatalogs.append(catalog, "points.drl", rules.toString());
            CompiledCatalog compiled = new CatalogCompiler(FRENCH).compileOrThrow(new DirectoryCatalogSource(catalog));
            // No catalog can cost more than that (CostEstimate): the time budget is the backstop for a machine too slow
            // even for it. Here it is set well below what 200 activities × 200 outcomes take in these rules (about 80 ms
            // here), and far above what an ordinary application takes once the scorer is warm (well under 1 ms).
            DroolsScorer scorer = new DroolsScorer(compiled, FRENCH, 10_000, Facts::of, java.time.Duration.ofMillis(15));
            for (int i = 0; i < 20; i++) {
                try {
                    scorer.assess(Applications.valid("WARM-" + i));
                } catch (AssessmentException coldStart) {
                    // the first ones, on cold code, may take longer: this loop only warms the scorer up
                }
            }
            Application base = Applications.valid("SLOW");
            Project p = base.project();
            List<Activity> many = new ArrayList<>();
            List<org.grille.api.application.Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                many.add(new Activity(ActivityType.MENTORING, "Séance " + i, 1 + i % 3));
                outcomes.add(new org.grille.api.application.Outcome("Emplois " + i, "Personnes en emploi", 0.0, 20.0));
            }
            Application slow = new Application("SLOW", base.language(), base.organization(), new Project(p.title(), p.summary(),
                    p.primaryObjective(), p.objectives(), p.targetGroups(), p.boroughsServed(), p.start(), p.end(),
                    p.expectedParticipants(), p.needEvidence(), p.participantsInvolvedInDesign(), p.theoryOfChange(), many,
                    outcomes, p.evaluationPlan(), p.trainingModulesCompleted(), p.coCreationWorkshopAttended()),
                    base.budget(), base.partners(), base.leadership());

            assertThatThrownBy(() -> scorer.assess(slow))
                    .isInstanceOfSatisfying(AssessmentException.class, e -> {
                        assertThat(e.rule()).isEqualTo("Combines every activity two ways");
                        assertThat(e.file()).isEqualTo("points.drl");
                        assertThat(e.getMessage()).contains("SLOW").contains(" ms");
                    });
            assertThat(scorer.assess(Applications.valid("NEXT")).total()).isEqualTo(MINI.assess(Applications.valid("NEXT")).total());
        }

        @Test
        void a_stack_or_heap_exhausted_on_one_application_rejects_only_that_one() {
            CompiledCatalog compiled = new CatalogCompiler(FRENCH).compileOrThrow(
                    new DirectoryCatalogSource(TestCatalogs.source("mini")));
            // the projection stands in for a rule that recurses or allocates without end on this one application
            DroolsScorer scorer = new DroolsScorer(compiled, FRENCH, 10_000, (terms, application) -> {
                if (application.id().equals("DEEP")) {
                    throw new StackOverflowError();
                }
                if (application.id().equals("HUGE")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                return Facts.of(terms, application);
            }, DroolsScorer.DEFAULT_TIME_BUDGET);

            BatchResult result = scorer.assessAll(List.of(Applications.valid("OK-1"), Applications.valid("DEEP"),
                    Applications.valid("HUGE"), Applications.valid("OK-2")));

            assertThat(result.assessments()).extracting(Assessment::applicationId).containsExactly("OK-1", "OK-2");
            assertThat(result.assessments()).allSatisfy(a -> assertThat(a.total()).isEqualTo(
                    MINI.assess(Applications.valid(a.applicationId())).total()));
            assertThat(result.rejections()).extracting(r -> r.applicationId()).containsExactly("DEEP", "HUGE");
            assertThat(result.rejections()).allSatisfy(r -> assertThat(r.message()).contains("mémoire ou la pile")
                    .doesNotContain("Error"));
        }

        /** Arithmetic on a missing value: the failure a condition inside the grammar can still have. */
        private static final String ARITHMETIC_ON_NULL = """

                rule "Doubles a missing baseline"
                    @criterion(BUDGET_REALISM) @points(1) @reason("fit.rights")
                when
                    Outcome( baseline * 2 > 1 )
                then
                end
                """;

        @Test
        void validation_stops_a_rule_that_fails_on_an_ordinary_application() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", ARITHMETIC_ON_NULL);

            assertThatThrownBy(() -> Scorer.builder().catalogDirectory(catalog).build())
                    .isInstanceOfSatisfying(org.grille.api.CatalogException.class, e -> assertThat(e.problems())
                            .singleElement().satisfies(p -> {
                                assertThat(p.code()).isEqualTo("GRILLE-RULE-FAILS");
                                assertThat(p.rule()).isEqualTo("Doubles a missing baseline");
                                assertThat(p.file()).isEqualTo("points.drl");
                                assertThat(p.line()).isEqualTo(58);
                            }));
        }

        @Test
        void a_condition_that_throws_rejects_that_application_and_the_batch_goes_on() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", ARITHMETIC_ON_NULL);
            Scorer scorer = unvalidated(catalog, 10_000);
            List<Application> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Application a = Applications.valid("Z-" + i);
                Project p = a.project();
                List<org.grille.api.application.Outcome> outcomes = List.of(new org.grille.api.application.Outcome(
                        "Emplois", "Personnes en emploi", i % 2 == 0 ? null : 1.0, 20.0));
                batch.add(new Application(a.id(), a.language(), a.organization(), new Project(p.title(), p.summary(),
                        p.primaryObjective(), p.objectives(), p.targetGroups(), p.boroughsServed(), p.start(), p.end(),
                        p.expectedParticipants(), p.needEvidence(), p.participantsInvolvedInDesign(), p.theoryOfChange(),
                        p.activities(), outcomes, p.evaluationPlan(), p.trainingModulesCompleted(),
                        p.coCreationWorkshopAttended()), a.budget(), a.partners(), a.leadership()));
            }

            BatchResult result = scorer.assessAll(batch);

            assertThat(result.rejections()).hasSize(20).allSatisfy(r -> {
                assertThat(Integer.parseInt(r.applicationId().substring(2)) % 2).isZero();
                assertThat(r.message()).contains("Doubles a missing baseline").contains("points.drl:58")
                        .contains("!= null").doesNotContain("Exception");
            });
            assertThat(result.assessments()).hasSize(20);
        }
    }

    @Nested
    @DisplayName("isolates applications")
    class Isolation {

        @Test
        void an_application_scores_the_same_alone_and_in_a_batch_in_any_order() {
            List<Application> applications = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Application a = Applications.valid("B-" + i);
                if (i % 3 == 0) {
                    a = new Application(a.id(), a.language(), a.organization(), a.project(), a.budget(), List.of(), null);
                }
                applications.add(a);
            }
            List<Assessment> alone = applications.stream().map(MINI::assess).toList();
            List<Application> reversed = new ArrayList<>(applications);
            java.util.Collections.reverse(reversed);

            List<Assessment> batch = MINI.assessAll(reversed).assessments();

            List<Assessment> batchInOriginalOrder = new ArrayList<>(batch);
            java.util.Collections.reverse(batchInOriginalOrder);
            assertThat(batchInOriginalOrder).isEqualTo(alone);
        }

        @Test
        void concurrent_assessments_on_eight_threads_equal_sequential_ones() throws Exception {
            List<Application> applications = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Application a = Applications.valid("T-" + i);
                applications.add(i % 2 == 0 ? a
                        : new Application(a.id(), a.language(), a.organization(), a.project(), a.budget(), List.of(), null));
            }
            List<Assessment> sequential = applications.stream().map(MINI::assess).toList();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Callable<Assessment>> tasks = applications.stream()
                        .<Callable<Assessment>>map(a -> () -> MINI.assess(a)).toList();
                List<Assessment> concurrent = new ArrayList<>();
                for (Future<Assessment> future : pool.invokeAll(tasks)) {
                    concurrent.add(future.get());
                }
                assertThat(concurrent).isEqualTo(sequential);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
