package org.grille.engine.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.engine.funding.Plans.fundable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.grille.api.application.Objective;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import java.time.Duration;
import java.util.Locale;
import org.grille.api.funding.PlanSensitivity;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.Manifest;

@DisplayName("Allocating the envelope")
class AllocatorTest {

    private static FundingPlan rank(Allocator allocator, List<Candidate> candidates) {
        return allocator.plan(candidates, List.of(), AllocationPolicy.RANK_ORDER, Plans.CATALOG);
    }

    @Nested
    @DisplayName("in rank order")
    class RankOrder {

        @Test
        void funds_the_best_first_skips_what_does_not_fit_and_tries_the_next() {
            Allocator allocator = Plans.allocator(List.of(100_000L, 100_000L), 0, false);
            List<Candidate> candidates = List.of(
                    fundable("A", 90, Objective.of("HIRING_BARRIERS"), 60_000L, 60_000L),
                    fundable("B", 85, Objective.of("HIRING_BARRIERS"), 50_000L, 10_000L),
                    fundable("C", 80, Objective.of("NEWCOMER_RIGHTS"), 30_000L, 30_000L));

            FundingPlan plan = rank(allocator, candidates);

            assertThat(plan.decision("A").reason()).isEqualTo(DecisionReason.FUNDED);
            assertThat(plan.decision("B").reason()).isEqualTo(DecisionReason.ENVELOPE_EXHAUSTED);
            assertThat(plan.decision("B").explanation()).contains("program year 1").contains("40,000").contains("50,000")
                    .contains("$60,000 of $100,000 committed");
            assertThat(plan.decision("B").shortYear()).isEqualTo(1);
            assertThat(plan.decision("A").shortYear()).isZero();
            assertThat(plan.years()).extracting(org.grille.api.funding.YearBudget::committed).containsExactly(90_000L, 90_000L);
            assertThat(plan.years().get(1).left()).isEqualTo(10_000L);
            assertThat(plan.decision("C").reason()).isEqualTo(DecisionReason.FUNDED);
            assertThat(plan.grantedPerYear()).containsExactly(90_000L, 90_000L);
            assertThat(plan.leftPerYear()).containsExactly(10_000L, 10_000L);
            assertThat(plan.grantedPerObjective()).containsEntry(Objective.of("HIRING_BARRIERS"), 120_000L)
                    .containsEntry(Objective.of("NEWCOMER_RIGHTS"), 60_000L);
            assertThat(plan.decisions()).extracting(FundingDecision::applicationId).containsExactly("A", "C", "B");
        }

        @Test
        void never_funds_an_ineligible_or_below_threshold_application_and_says_why() {
            Allocator allocator = Plans.allocator(List.of(1_000_000L), 0, false);

            FundingPlan plan = rank(allocator, List.of(Plans.ineligible("I", 95, 10_000L), fundable("L", 59, Objective.of("HIRING_BARRIERS"), 10_000L)));

            assertThat(plan.decision("I").reason()).isEqualTo(DecisionReason.INELIGIBLE);
            assertThat(plan.decision("I").explanation()).contains("at least two years");
            assertThat(plan.decision("L").reason()).isEqualTo(DecisionReason.BELOW_THRESHOLD);
            assertThat(plan.decision("L").explanation()).contains("59").contains("60");
            assertThat(plan.totalGranted()).isZero();
        }

        @Test
        void breaks_ties_by_the_published_key_whatever_the_input_order() throws Exception {
            Allocator allocator = Plans.allocator(List.of(50_000L), 0, false);
            List<Candidate> candidates = new ArrayList<>();
            for (String id : List.of("T-1", "T-2", "T-3", "T-4")) {
                candidates.add(fundable(id, 70, Objective.of("EMPLOYER_AWARENESS"), 50_000L));
            }
            String expectedWinner = candidates.stream().min(java.util.Comparator.comparing(Candidate::tieBreakKey)).orElseThrow().id();

            FundingPlan plan = rank(allocator, candidates);
            Collections.reverse(candidates);
            FundingPlan reversed = rank(allocator, candidates);

            assertThat(plan.decisions().get(0).applicationId()).isEqualTo(expectedWinner);
            assertThat(reversed).isEqualTo(plan);
            assertThat(plan.tieBreakSeed()).isEqualTo(Plans.SEED);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((Plans.SEED + "\nT-1").getBytes(StandardCharsets.UTF_8));
            assertThat(TieBreak.key(Plans.SEED, "T-1")).isEqualTo(HexFormat.of().formatHex(hash).substring(0, 16));
        }

        @Test
        void a_portfolio_floor_funds_the_best_of_each_objective_and_names_whom_it_displaced() {
            Allocator allocator = Plans.allocator(List.of(100_000L), 1, false);
            List<Candidate> candidates = List.of(
                    fundable("H1", 95, Objective.of("HIRING_BARRIERS"), 50_000L),
                    fundable("H2", 90, Objective.of("HIRING_BARRIERS"), 50_000L),
                    fundable("W1", 70, Objective.of("IMMIGRANT_WOMEN_AUTONOMY"), 50_000L));

            FundingPlan plan = rank(allocator, candidates);

            assertThat(plan.decision("H1").reason()).isEqualTo(DecisionReason.FUNDED);
            assertThat(plan.decision("W1").reason()).isEqualTo(DecisionReason.FUNDED_BY_FLOOR);
            assertThat(plan.decision("H2").reason()).isEqualTo(DecisionReason.DISPLACED_BY_FLOOR);
            assertThat(plan.decision("H2").explanation()).contains("W1");
        }

        @Test
        void partial_funding_when_the_manifest_allows_it_gives_what_is_left() {
            Allocator allocator = Plans.allocator(List.of(100_000L), 0, true);

            FundingPlan plan = rank(allocator, List.of(fundable("A", 90, Objective.of("HIRING_BARRIERS"), 60_000L),
                    fundable("B", 80, Objective.of("HIRING_BARRIERS"), 60_000L), fundable("C", 70, Objective.of("HIRING_BARRIERS"), 60_000L)));

            assertThat(plan.decision("B").reason()).isEqualTo(DecisionReason.FUNDED_PARTIALLY);
            assertThat(plan.decision("B").granted()).containsExactly(40_000L);
            assertThat(plan.decision("C").reason()).isEqualTo(DecisionReason.ENVELOPE_EXHAUSTED);
        }
    }

    @Test
    void the_max_score_policy_finds_a_better_set_than_rank_order_when_there_is_one() {
        Allocator allocator = Plans.allocator(List.of(100_000L), 0, false);
        List<Candidate> candidates = List.of(
                fundable("BIG", 90, Objective.of("HIRING_BARRIERS"), 100_000L),
                fundable("S1", 80, Objective.of("HIRING_BARRIERS"), 50_000L),
                fundable("S2", 75, Objective.of("HIRING_BARRIERS"), 50_000L));

        FundingPlan byRank = rank(allocator, candidates);
        FundingPlan best = allocator.plan(candidates, List.of(), AllocationPolicy.MAX_SCORE, Plans.CATALOG);

        assertThat(byRank.fundedScore()).isEqualTo(90);
        assertThat(best.fundedScore()).isEqualTo(155);
        assertThat(best.decision("BIG").reason()).isEqualTo(DecisionReason.NOT_IN_BEST_SET);
        assertThat(best.decision("BIG").explanation()).contains("rank 1");
    }

    @Nested
    @DisplayName("max-score")
    class MaxScore {

        /** The case: 100 equal strong applications, 22 of which fit year 1; it used to crash. */
        @Test
        void one_hundred_equal_applications_fund_the_twenty_two_best_keys_proven_optimal() {
            Allocator allocator = Plans.allocator(List.of(1_250_000L, 1_250_000L, 1_250_000L), 0, false);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                candidates.add(fundable(String.format("MI-%03d", i), 96, Objective.of("NEWCOMER_RIGHTS"), 55_000L, 40_000L));
            }
            List<String> bestKeys = candidates.stream().sorted(java.util.Comparator.comparing(Candidate::tieBreakKey))
                    .limit(22).map(Candidate::id).toList();

            FundingPlan best = allocator.plan(candidates, List.of(), AllocationPolicy.MAX_SCORE, Plans.CATALOG);

            assertThat(best.optimality().status()).isEqualTo(org.grille.api.funding.Optimality.Status.OPTIMAL);
            assertThat(best.optimality().gap()).isZero();
            assertThat(best.optimality().message()).contains("Proven optimal").contains("2,112");
            assertThat(best.decisions().stream().filter(FundingDecision::funded).map(FundingDecision::applicationId))
                    .containsExactlyInAnyOrderElementsOf(bestKeys);
            assertThat(best.decisions().stream().filter(FundingDecision::funded).map(FundingDecision::applicationId).toList())
                    .isEqualTo(rank(allocator, candidates).decisions().stream().filter(FundingDecision::funded)
                            .map(FundingDecision::applicationId).toList());
        }

        @Test
        void out_of_time_it_returns_the_best_plan_found_with_its_bound_and_gap_marked_as_such() {
            Manifest manifest = Plans.manifest(List.of(1_250_000L, 1_250_000L, 1_250_000L));
            Allocator allocator = new Allocator(manifest, new Messages(Locale.CANADA), Duration.ofMillis(1));
            java.util.Random random = new java.util.Random(7);
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                candidates.add(fundable("A-" + i, 60 + random.nextInt(40), Objective.of("HIRING_BARRIERS"),
                        20_000L + random.nextInt(40) * 1_000L, (long) random.nextInt(40) * 1_000L));
            }

            FundingPlan plan = allocator.plan(candidates, List.of(), AllocationPolicy.MAX_SCORE, Plans.CATALOG);

            assertThat(plan.optimality().status()).isEqualTo(org.grille.api.funding.Optimality.Status.TIME_LIMIT);
            assertThat(plan.optimality().scoreProven()).isFalse();
            assertThat(plan.optimality().bound()).isGreaterThanOrEqualTo(plan.fundedScore());
            assertThat(plan.optimality().fundedScore()).isEqualTo(plan.fundedScore());
            assertThat(plan.fundedScore()).isGreaterThanOrEqualTo(rank(allocator, candidates).fundedScore());
            assertThat(plan.optimality().message()).contains("Work limit").contains("best plan found")
                    .contains(String.format(Locale.CANADA, "%,d", plan.optimality().bound()));
            for (int year = 0; year < 3; year++) {
                assertThat(plan.grantedPerYear().get(year)).isLessThanOrEqualTo(1_250_000L);
            }
        }
    }

    @Nested
    @DisplayName("sensitivity")
    class Stability {

        @Test
        void rank_order_lists_the_cut_line_and_the_score_moves_that_swap_the_last_funded() {
            Allocator allocator = Plans.allocator(List.of(100_000L), 0, false);
            List<Candidate> candidates = List.of(
                    fundable("A", 90, Objective.of("HIRING_BARRIERS"), 60_000L),
                    fundable("B", 71, Objective.of("HIRING_BARRIERS"), 40_000L),
                    fundable("C", 69, Objective.of("NEWCOMER_RIGHTS"), 40_000L),
                    fundable("D", 50, Objective.of("NEWCOMER_RIGHTS"), 10_000L));
            FundingPlan plan = rank(allocator, candidates);

            PlanSensitivity study = new Sensitivity(allocator, new Messages(Locale.CANADA)).study(candidates, plan, List.of());

            assertThat(study.cutLine()).containsExactly("B", "C");
            assertThat(study.scoreChanges()).contains(new PlanSensitivity.ScoreChange("B", -2, List.of("C"), List.of("B")),
                    new PlanSensitivity.ScoreChange("C", 2, List.of("C"), List.of("B")));
            assertThat(study.scoreChanges()).noneMatch(c -> c.applicationId().equals("A") || c.applicationId().equals("D"));
            assertThat(study.nearOptimal()).isNull();
            assertThat(study.complete()).isTrue();
        }

        @Test
        void max_score_counts_the_plans_within_one_point_of_the_optimum() {
            Allocator allocator = Plans.allocator(List.of(100_000L), 0, false);
            List<Candidate> candidates = List.of(
                    fundable("A", 80, Objective.of("HIRING_BARRIERS"), 50_000L),
                    fundable("B", 80, Objective.of("HIRING_BARRIERS"), 50_000L),
                    fundable("C", 79, Objective.of("NEWCOMER_RIGHTS"), 50_000L),
                    fundable("D", 70, Objective.of("NEWCOMER_RIGHTS"), 50_000L));
            FundingPlan plan = allocator.plan(candidates, List.of(), AllocationPolicy.MAX_SCORE, Plans.CATALOG);

            PlanSensitivity study = new Sensitivity(allocator, new Messages(Locale.CANADA)).study(candidates, plan, List.of());

            // {A,B} = 160 is the optimum; {A,C} and {B,C} score 159.
            assertThat(study.nearOptimal()).isEqualTo(new PlanSensitivity.NearOptimal(3, 1, Sensitivity.PLAN_LIMIT, true));
            assertThat(study.scoreChanges()).extracting(c -> c.applicationId() + c.delta())
                    .contains("A-2", "B-2", "C1", "C2").doesNotContain("D1", "D2"); // a one-point move ties: the key decides
        }
    }
}
