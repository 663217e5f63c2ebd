package org.grille.engine.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;

/** What a selection committee relies on in every plan, whatever the applications. */
class AllocationProperties {

    @Provide
    Arbitrary<List<Candidate>> candidates() {
        Arbitrary<Candidate> one = Combinators.combine(
                        Arbitraries.integers().between(1, 9_999), Arbitraries.integers().between(20, 100).withDistribution(RandomDistribution.uniform()),
                        Arbitraries.of(true, true, true, false), Arbitraries.of(Plans.OBJECTIVES),
                        Arbitraries.longs().between(1, 400).withDistribution(RandomDistribution.uniform()).map(n -> n * 250).list().ofMinSize(1).ofMaxSize(3))
                .as((n, total, eligible, objective, years) -> new Candidate("APP-" + n, total, eligible,
                        eligible && total >= 60, objective, years, eligible ? List.of() : List.of("gate"),
                        TieBreak.key(Plans.SEED, "APP-" + n)));
        return one.list().ofMinSize(4).ofMaxSize(18).withSizeDistribution(RandomDistribution.uniform())
                .uniqueElements(Candidate::id);
    }

    @Provide
    Arbitrary<List<Long>> envelopes() {
        // Mostly tight envelopes, so applications compete for the money.
        return Arbitraries.longs().between(0, 300).withDistribution(RandomDistribution.uniform()).map(n -> n * 500).list().ofSize(3);
    }

    private static FundingPlan plan(List<Candidate> candidates, List<Long> envelope, AllocationPolicy policy, int floor) {
        return Plans.allocator(envelope, floor, false).plan(candidates, List.of(), policy, Plans.CATALOG);
    }

    @Property(tries = 300)
    void the_envelope_is_never_exceeded_in_any_year_and_grants_stay_within_requests(
            @ForAll("candidates") List<Candidate> candidates, @ForAll("envelopes") List<Long> envelope,
            @ForAll AllocationPolicy policy, @ForAll @IntRange(max = 2) int floor) {
        FundingPlan plan = plan(candidates, envelope, policy, floor);
        Statistics.label("funded").collect(plan.decisions().stream().filter(FundingDecision::funded).count() > 0);
        Statistics.label("funded").coverage(c -> c.check(true).percentage(p -> p > 30));

        for (int year = 0; year < 3; year++) {
            assertThat(plan.grantedPerYear().get(year)).isLessThanOrEqualTo(envelope.get(year));
            assertThat(plan.leftPerYear().get(year)).isGreaterThanOrEqualTo(0);
        }
        for (FundingDecision d : plan.decisions()) {
            for (int year = 0; year < d.requested().size(); year++) {
                assertThat(d.granted().get(year)).isBetween(0L, d.requested().get(year));
            }
        }
        assertThat(plan.decisions()).hasSize(candidates.size());
    }

    @Property(tries = 150)
    void nothing_ineligible_or_below_threshold_is_funded(@ForAll("candidates") List<Candidate> candidates,
                                                          @ForAll("envelopes") List<Long> envelope,
                                                          @ForAll AllocationPolicy policy) {
        FundingPlan plan = plan(candidates, envelope, policy, 1);

        for (Candidate c : candidates) {
            if (!c.fundable()) {
                assertThat(plan.decision(c.id()).funded()).isFalse();
                assertThat(plan.decision(c.id()).reason()).isIn(DecisionReason.INELIGIBLE, DecisionReason.BELOW_THRESHOLD);
            }
        }
    }

    @Property(tries = 120)
    void the_plan_does_not_depend_on_the_order_of_the_input(@ForAll("candidates") List<Candidate> candidates,
                                                            @ForAll("envelopes") List<Long> envelope,
                                                            @ForAll AllocationPolicy policy, @ForAll long shuffleSeed) {
        List<Candidate> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, new Random(shuffleSeed));

        assertThat(plan(shuffled, envelope, policy, 1)).isEqualTo(plan(candidates, envelope, policy, 1));
    }

    /**
     * In rank order a better application is passed over only for want of money: a lower-scored application that is
     * funded asks for less in at least one year than the better one that is not (unless a floor displaced it).
     */
    @Property(tries = 300)
    void rank_order_never_passes_over_a_better_application_for_one_that_asks_as_much(
            @ForAll("candidates") List<Candidate> candidates, @ForAll("envelopes") List<Long> envelope) {
        FundingPlan plan = plan(candidates, envelope, AllocationPolicy.RANK_ORDER, 0);

        for (Candidate better : candidates) {
            FundingDecision left = plan.decision(better.id());
            if (!better.fundable() || left.funded() || left.reason() == DecisionReason.DISPLACED_BY_FLOOR) {
                continue;
            }
            for (Candidate worse : candidates) {
                FundingDecision funded = plan.decision(worse.id());
                if (funded.funded() && Allocator.RANKING.compare(worse, better) > 0) {
                    assertThat(asksLessInSomeYear(worse, better))
                            .as("%s funded while better %s is not", worse, better).isTrue();
                }
            }
        }
    }

    private static boolean asksLessInSomeYear(Candidate worse, Candidate better) {
        for (int year = 0; year < better.requested().size(); year++) {
            long asked = year < worse.requested().size() ? worse.requested().get(year) : 0;
            if (asked < better.requested().get(year)) {
                return true;
            }
        }
        return false;
    }

    // About 3 % of generated calls let max-score do strictly better: 600 tries make the 1 % coverage floor a check of
    // the generator, not a coin toss (200 tries and a 2 % floor failed once in CI with 3 cases).
    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void the_max_score_plan_never_scores_less_than_rank_order(@ForAll("candidates") List<Candidate> candidates,
                                                              @ForAll("envelopes") List<Long> envelope) {
        int rank = plan(candidates, envelope, AllocationPolicy.RANK_ORDER, 0).fundedScore();
        int best = plan(candidates, envelope, AllocationPolicy.MAX_SCORE, 0).fundedScore();

        Statistics.label("max-score strictly better").collect(best > rank);
        Statistics.label("max-score strictly better").coverage(c -> c.check(true).percentage(p -> p >= 1));
        assertThat(best).isGreaterThanOrEqualTo(rank);
    }

    /**
     * On calls of up to 18 applications, the max-score plan is exactly the one a brute-force check of every subset
     * picks: the highest total score, then the highest rank weight, then the better-ranked application first.
     */
    @Property(tries = 60, edgeCases = EdgeCasesMode.NONE)
    void the_max_score_plan_is_the_brute_force_optimum_with_ties_broken_by_the_key(
            @ForAll("candidates") List<Candidate> candidates, @ForAll("envelopes") List<Long> envelope) {
        FundingPlan plan = plan(candidates, envelope, AllocationPolicy.MAX_SCORE, 0);
        List<Candidate> ranked = Allocator.ranked(candidates);

        int best = BruteForce.best(ranked, envelope);

        Statistics.label("fundable").collect(ranked.size() / 5 * 5);
        assertThat(plan.optimality().status()).isEqualTo(org.grille.api.funding.Optimality.Status.OPTIMAL);
        assertThat(plan.optimality().gap()).isZero();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            if ((best >> i & 1) == 1) {
                expected.add(ranked.get(i).id());
            }
        }
        assertThat(plan.decisions().stream().filter(FundingDecision::funded).map(FundingDecision::applicationId))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * For max-score, the stability study's score changes (found among the enumerated near-optimal plans) are exactly
     * those found by solving the plan again after each change.
     */
    @Property(tries = 15, edgeCases = EdgeCasesMode.NONE)
    void max_score_score_changes_match_solving_again_after_each_change(
            @ForAll("candidates") List<Candidate> candidates, @ForAll("envelopes") List<Long> envelope) {
        Allocator allocator = Plans.allocator(envelope, 0, false);
        FundingPlan plan = allocator.plan(candidates, List.of(), AllocationPolicy.MAX_SCORE, Plans.CATALOG);

        org.grille.api.funding.PlanSensitivity study = new Sensitivity(allocator, new org.grille.engine.messages.Messages(java.util.Locale.CANADA))
                .study(candidates, plan, List.of());

        java.util.Set<String> funded = allocator.fundedIds(candidates, AllocationPolicy.MAX_SCORE);
        List<String> expected = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.eligible()) {
                continue;
            }
            for (int delta : new int[] {-2, -1, 1, 2}) {
                int total = Math.max(0, Math.min(100, c.total() + delta));
                List<Candidate> moved = candidates.stream().map(o -> o != c ? o : new Candidate(o.id(), total, true,
                        total >= 60, o.objective(), o.requested(), o.gateReasons(), o.tieBreakKey())).toList();
                if (!allocator.fundedIds(moved, AllocationPolicy.MAX_SCORE).equals(funded)) {
                    expected.add(c.id() + " " + delta);
                }
            }
        }
        Statistics.label("near-optimal plans listed completely").collect(study.nearOptimal().exhaustive());
        assertThat(study.nearOptimal().exhaustive()).isTrue();
        assertThat(study.scoreChanges()).extracting(ch -> ch.applicationId() + " " + ch.delta())
                .containsExactlyInAnyOrderElementsOf(expected);
    }
}
