package org.grille.engine.funding;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.grille.api.Criterion;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.PlanSensitivity;
import org.grille.engine.messages.Messages;

/**
 * How stable a plan's funded set is. Each change (one application's score by ±1 or ±2, one criterion's maximum by
 * ±1) is applied alone and the plan made again under the same policy; a change is listed when the funded set differs.
 *
 * <p>Rank order is simply planned again for every change. For max-score, planning again for every application would
 * cost thousands of solver runs, so the solver instead enumerates every plan within 2 points of the optimum: when one
 * application's score moves by at most 2 points and no application crosses the fundable threshold, the new best plan
 * is one of those (any plan's score moves by at most 2), chosen by the same score, rank-weight and key order. Changes
 * that cross the threshold, and criterion changes, are solved again. Past {@link #PLAN_LIMIT} near-optimal plans the
 * score changes are not studied and the study says so.
 */
public final class Sensitivity {

    /** How many plans within 2 points of the optimum the solver lists before it stops. */
    public static final int PLAN_LIMIT = 5_000;

    private static final int[] SCORE_MOVES = {-2, -1, 1, 2};

    private final Allocator allocator;
    private final Messages messages;

    /**
     * A criterion maximum changed by {@code delta}, and every candidate's total under it.
     *
     * @param criterion the criterion
     * @param delta     -1 or +1
     * @param totals    total per application id
     */
    public record CriterionVariant(Criterion criterion, int delta, Map<String, Integer> totals) {
    }

    public Sensitivity(Allocator allocator, Messages messages) {
        this.allocator = allocator.quiet();
        this.messages = messages;
    }

    public PlanSensitivity study(List<Candidate> candidates, FundingPlan plan, List<CriterionVariant> variants) {
        AllocationPolicy policy = plan.policy();
        Set<String> funded = funded(plan);
        List<String> cutLine = cutLine(plan);
        List<PlanSensitivity.CriterionChange> criterionChanges = new ArrayList<>();
        for (CriterionVariant v : variants) {
            List<Candidate> changed = candidates.stream().map(c -> withTotal(c, v.totals().getOrDefault(c.id(), c.total()))).toList();
            Set<String> now = allocator.fundedIds(changed, policy);
            if (!now.equals(funded)) {
                criterionChanges.add(new PlanSensitivity.CriterionChange(v.criterion(), v.delta(), added(now, funded), added(funded, now)));
            }
        }
        if (policy == AllocationPolicy.RANK_ORDER) {
            List<PlanSensitivity.ScoreChange> scoreChanges = new ArrayList<>();
            int tried = 0;
            for (Candidate c : candidates) {
                if (!c.eligible()) {
                    continue;
                }
                for (int delta : SCORE_MOVES) {
                    tried++;
                    Set<String> now = allocator.fundedIds(moved(candidates, c, delta), policy);
                    if (!now.equals(funded)) {
                        scoreChanges.add(new PlanSensitivity.ScoreChange(c.id(), delta, added(now, funded), added(funded, now)));
                    }
                }
            }
            return new PlanSensitivity(policy, plan.fundedScore(), cutLine, scoreChanges, criterionChanges, null, true,
                    messages.get("funding.sensitivity.rank", tried, variants.size()));
        }
        return maxScore(candidates, plan, funded, cutLine, criterionChanges);
    }

    private PlanSensitivity maxScore(List<Candidate> candidates, FundingPlan plan, Set<String> funded, List<String> cutLine,
                                     List<PlanSensitivity.CriterionChange> criterionChanges) {
        List<Candidate> ranked = Allocator.ranked(candidates);
        int optimum = plan.fundedScore();
        MaxScoreSolver.Enumeration near = ranked.isEmpty()
                ? new MaxScoreSolver.Enumeration(List.of(new BitSet()), true)
                : allocator.solver(ranked).plansScoringAtLeast(optimum - 2, PLAN_LIMIT, allocator.timeLimit());
        int withinOne = 0;
        int atOptimum = 0;
        int[] scores = new int[near.plans().size()];
        for (int q = 0; q < scores.length; q++) {
            BitSet p = near.plans().get(q);
            scores[q] = p.stream().map(i -> ranked.get(i).total()).sum();
            withinOne += scores[q] >= optimum - 1 ? 1 : 0;
            atOptimum += scores[q] == optimum ? 1 : 0;
        }
        PlanSensitivity.NearOptimal nearOptimal = new PlanSensitivity.NearOptimal(withinOne, atOptimum, PLAN_LIMIT, near.complete());
        String proven = plan.optimality().scoreProven() ? "" : " " + messages.get("funding.sensitivity.unproven");
        if (!near.complete()) {
            return new PlanSensitivity(AllocationPolicy.MAX_SCORE, optimum, cutLine, List.of(), criterionChanges, nearOptimal,
                    false, messages.get("funding.sensitivity.maxScoreIncomplete", PLAN_LIMIT) + proven);
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            position.put(ranked.get(i).id(), i);
        }
        List<PlanSensitivity.ScoreChange> scoreChanges = new ArrayList<>();
        int threshold = allocator.threshold();
        for (Candidate c : candidates) {
            if (!c.eligible()) {
                continue;
            }
            for (int delta : SCORE_MOVES) {
                int moved = clamp(c.total() + delta);
                Set<String> now;
                if ((moved >= threshold) != c.fundable()) {
                    now = allocator.fundedIds(moved(candidates, c, delta), AllocationPolicy.MAX_SCORE);
                } else if (!c.fundable()) {
                    continue; // stays below the threshold: changes nothing
                } else {
                    now = bestAfterMove(ranked, near.plans(), scores, position.get(c.id()), moved);
                }
                if (!now.equals(funded)) {
                    scoreChanges.add(new PlanSensitivity.ScoreChange(c.id(), delta, added(now, funded), added(funded, now)));
                }
            }
        }
        return new PlanSensitivity(AllocationPolicy.MAX_SCORE, optimum, cutLine, scoreChanges, criterionChanges, nearOptimal,
                plan.optimality().scoreProven(), messages.get("funding.sensitivity.maxScore", near.plans().size()) + proven);
    }

    /** The best of the near-optimal plans once the candidate at {@code moved} scores {@code newTotal}, as the solver picks. */
    private Set<String> bestAfterMove(List<Candidate> ranked, List<BitSet> plans, int[] scores, int moved, int newTotal) {
        int delta = newTotal - ranked.get(moved).total();
        int best = Integer.MIN_VALUE;
        List<BitSet> top = new ArrayList<>();
        for (int q = 0; q < plans.size(); q++) {
            int s = scores[q] + (plans.get(q).get(moved) ? delta : 0);
            if (s > best) {
                best = s;
                top.clear();
            }
            if (s == best) {
                top.add(plans.get(q));
            }
        }
        // The new ranking: the moved candidate takes its new place by score, then tie-break key.
        Candidate changed = withTotal(ranked.get(moved), newTotal);
        List<Candidate> reranked = new ArrayList<>(ranked);
        reranked.set(moved, changed);
        reranked.sort(Allocator.RANKING);
        Map<String, Integer> newPosition = new HashMap<>();
        for (int i = 0; i < reranked.size(); i++) {
            newPosition.put(reranked.get(i).id(), i);
        }
        int n = ranked.size();
        Comparator<BitSet> preference = Comparator.comparingLong((BitSet p) -> p.stream()
                        .mapToLong(i -> n - newPosition.get(ranked.get(i).id())).sum())
                .thenComparing((a, b) -> lexicographic(toNew(a, ranked, newPosition), toNew(b, ranked, newPosition)));
        BitSet winner = top.stream().max(preference).orElseThrow();
        Set<String> ids = new TreeSet<>();
        winner.stream().forEach(i -> ids.add(ranked.get(i).id()));
        return ids;
    }

    private static BitSet toNew(BitSet plan, List<Candidate> ranked, Map<String, Integer> newPosition) {
        BitSet b = new BitSet();
        plan.stream().forEach(i -> b.set(newPosition.get(ranked.get(i).id())));
        return b;
    }

    /** Positive when {@code a} funds the better-ranked application at the first place they differ. */
    private static int lexicographic(BitSet a, BitSet b) {
        BitSet diff = (BitSet) a.clone();
        diff.xor(b);
        int first = diff.nextSetBit(0);
        return first < 0 ? 0 : a.get(first) ? 1 : -1;
    }

    /**
     * The lowest-ranked funded application and the best-ranked fundable one left out, with every fundable application of
     * the same score as either.
     */
    static List<String> cutLine(FundingPlan plan) {
        List<FundingDecision> fundable = plan.decisions().stream().filter(d -> d.rank() > 0)
                .sorted(Comparator.comparingInt(FundingDecision::rank)).toList();
        FundingDecision lastIn = fundable.stream().filter(FundingDecision::funded).reduce((a, b) -> b).orElse(null);
        FundingDecision firstOut = fundable.stream().filter(d -> !d.funded()).findFirst().orElse(null);
        if (lastIn == null || firstOut == null) {
            return List.of();
        }
        return fundable.stream().filter(d -> d.total() == lastIn.total() || d.total() == firstOut.total())
                .map(FundingDecision::applicationId).toList();
    }

    private List<Candidate> moved(List<Candidate> candidates, Candidate target, int delta) {
        return candidates.stream().map(c -> c == target ? withTotal(c, clamp(c.total() + delta)) : c).toList();
    }

    private Candidate withTotal(Candidate c, int total) {
        return new Candidate(c.id(), total, c.eligible(), c.eligible() && total >= allocator.threshold(), c.objective(),
                c.requested(), c.gateReasons(), c.tieBreakKey());
    }

    private static int clamp(int total) {
        return Math.max(0, Math.min(100, total));
    }

    private static Set<String> funded(FundingPlan plan) {
        Set<String> ids = new TreeSet<>();
        plan.decisions().stream().filter(FundingDecision::funded).forEach(d -> ids.add(d.applicationId()));
        return ids;
    }

    private static List<String> added(Set<String> now, Set<String> before) {
        return now.stream().filter(id -> !before.contains(id)).toList();
    }

    /** An assessment's total under other criterion maximums; see {@link Recount}. */
    public static int recount(org.grille.api.Assessment assessment, org.grille.api.application.Objective primary,
                              Map<Criterion, Integer> criteria, int bestMax, int secondMax) {
        return Recount.total(assessment, primary, criteria, bestMax, secondMax);
    }
}
