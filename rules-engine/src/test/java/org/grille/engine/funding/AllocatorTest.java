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
                    fundable("A", 90, Objective.HIRING_BARRIERS, 60_000L, 60_000L),
                    fundable("B", 85, Objective.HIRING_BARRIERS, 50_000L, 10_000L),
                    fundable("C", 80, Objective.NEWCOMER_RIGHTS, 30_000L, 30_000L));

            FundingPlan plan = rank(allocator, candidates);

            assertThat(plan.decision("A").reason()).isEqualTo(DecisionReason.FUNDED);
            assertThat(plan.decision("B").reason()).isEqualTo(DecisionReason.ENVELOPE_EXHAUSTED);
            assertThat(plan.decision("B").explanation()).contains("program year 1").contains("40,000").contains("50,000");
            assertThat(plan.decision("C").reason()).isEqualTo(DecisionReason.FUNDED);
            assertThat(plan.grantedPerYear()).containsExactly(90_000L, 90_000L);
            assertThat(plan.leftPerYear()).containsExactly(10_000L, 10_000L);
            assertThat(plan.grantedPerObjective()).containsEntry(Objective.HIRING_BARRIERS, 120_000L)
                    .containsEntry(Objective.NEWCOMER_RIGHTS, 60_000L);
            assertThat(plan.decisions()).extracting(FundingDecision::applicationId).containsExactly("A", "C", "B");
        }

        @Test
        void never_funds_an_ineligible_or_below_threshold_application_and_says_why() {
            Allocator allocator = Plans.allocator(List.of(1_000_000L), 0, false);

            FundingPlan plan = rank(allocator, List.of(Plans.ineligible("I", 95, 10_000L), fundable("L", 59, Objective.HIRING_BARRIERS, 10_000L)));

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
                candidates.add(fundable(id, 70, Objective.EMPLOYER_AWARENESS, 50_000L));
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
                    fundable("H1", 95, Objective.HIRING_BARRIERS, 50_000L),
                    fundable("H2", 90, Objective.HIRING_BARRIERS, 50_000L),
                    fundable("W1", 70, Objective.IMMIGRANT_WOMEN_AUTONOMY, 50_000L));

            FundingPlan plan = rank(allocator, candidates);

            assertThat(plan.decision("H1").reason()).isEqualTo(DecisionReason.FUNDED);
            assertThat(plan.decision("W1").reason()).isEqualTo(DecisionReason.FUNDED_BY_FLOOR);
            assertThat(plan.decision("H2").reason()).isEqualTo(DecisionReason.DISPLACED_BY_FLOOR);
            assertThat(plan.decision("H2").explanation()).contains("W1");
        }

        @Test
        void partial_funding_when_the_manifest_allows_it_gives_what_is_left() {
            Allocator allocator = Plans.allocator(List.of(100_000L), 0, true);

            FundingPlan plan = rank(allocator, List.of(fundable("A", 90, Objective.HIRING_BARRIERS, 60_000L),
                    fundable("B", 80, Objective.HIRING_BARRIERS, 60_000L), fundable("C", 70, Objective.HIRING_BARRIERS, 60_000L)));

            assertThat(plan.decision("B").reason()).isEqualTo(DecisionReason.FUNDED_PARTIALLY);
            assertThat(plan.decision("B").granted()).containsExactly(40_000L);
            assertThat(plan.decision("C").reason()).isEqualTo(DecisionReason.ENVELOPE_EXHAUSTED);
        }
    }

    @Test
    void the_max_score_policy_finds_a_better_set_than_rank_order_when_there_is_one() {
        Allocator allocator = Plans.allocator(List.of(100_000L), 0, false);
        List<Candidate> candidates = List.of(
                fundable("BIG", 90, Objective.HIRING_BARRIERS, 100_000L),
                fundable("S1", 80, Objective.HIRING_BARRIERS, 50_000L),
                fundable("S2", 75, Objective.HIRING_BARRIERS, 50_000L));

        FundingPlan byRank = rank(allocator, candidates);
        FundingPlan best = allocator.plan(candidates, List.of(), AllocationPolicy.MAX_SCORE, Plans.CATALOG);

        assertThat(byRank.fundedScore()).isEqualTo(90);
        assertThat(best.fundedScore()).isEqualTo(155);
        assertThat(best.decision("BIG").reason()).isEqualTo(DecisionReason.NOT_IN_BEST_SET);
        assertThat(best.decision("BIG").explanation()).contains("rank 1");
    }
}
