package org.grille.api.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.CatalogInfo;
import org.grille.api.Contribution;
import org.grille.api.GateFailure;
import org.grille.api.Ranking;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;

/**
 * What a catalog change does to the same applications: every application's total, rank, eligibility and funding
 * under both versions, and which rules' points changed. Policy staff read it before an edit goes live.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.compare(liveScorer, editedScorer, lastRoundApplications);
 * diff.changes().stream().filter(ApplicationChange::fundingFlipped).forEach(...);
 * }</pre>
 *
 * @param before     the catalog before
 * @param after      the catalog after
 * @param changes    one per application assessed under both, largest move first, then by id
 * @param rejections applications that could not be assessed under one version or the other
 */
public record CatalogDiff(CatalogInfo before, CatalogInfo after, List<ApplicationChange> changes, List<Rejection> rejections) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param before the catalog before
     * @param after the catalog after
     * @param changes one per application assessed under both, largest move first, then by id
     * @param rejections applications that could not be assessed under one version or the other
     */
    public CatalogDiff {
        changes = List.copyOf(changes);
        rejections = List.copyOf(rejections);
    }

    /**
     * Scores the applications under both scorers, plans both in rank order, and compares. Runs the whole batch
     * four times (two assessments, two plans), so it takes as long as that.
     *
     * @param before       the scorer of the live catalog
     * @param after        the scorer of the edited catalog
     * @param applications the applications to compare on, for example last round's; ids should be unique
     * @return the comparison; an application rejected under either version is in {@code rejections}, not in
     *         {@code changes}
     */
    public static CatalogDiff compare(Scorer before, Scorer after, List<Application> applications) {
        BatchResult old = before.assessAll(applications);
        BatchResult now = after.assessAll(applications);
        FundingPlan oldPlan = before.plan(applications, AllocationPolicy.RANK_ORDER);
        FundingPlan newPlan = after.plan(applications, AllocationPolicy.RANK_ORDER);
        Map<String, Integer> oldRanks = ranks(old.assessments());
        Map<String, Integer> newRanks = ranks(now.assessments());
        Map<String, Assessment> newById = new HashMap<>();
        now.assessments().forEach(a -> newById.put(a.applicationId(), a));

        List<ApplicationChange> changes = new ArrayList<>();
        for (Assessment a : old.assessments()) {
            Assessment b = newById.get(a.applicationId());
            if (b == null) {
                continue;
            }
            changes.add(new ApplicationChange(a.applicationId(), a.total(), b.total(), oldRanks.get(a.applicationId()),
                    newRanks.get(b.applicationId()), a.eligible(), b.eligible(), a.fundable(), b.fundable(),
                    funded(oldPlan, a.applicationId()), funded(newPlan, b.applicationId()), ruleChanges(a, b),
                    gates(b, a), gates(a, b)));
        }
        changes.sort(Comparator.comparingInt((ApplicationChange c) -> -Math.abs(c.delta()))
                .thenComparing(ApplicationChange::applicationId));
        List<Rejection> rejections = new ArrayList<>(old.rejections());
        now.rejections().stream().filter(r -> old.rejections().stream().noneMatch(o -> o.index() == r.index()))
                .forEach(rejections::add);
        return new CatalogDiff(before.catalog(), after.catalog(), changes, rejections);
    }

    /**
     * Applications where anything changed.
     *
     * @return the {@linkplain ApplicationChange#changed() changed} entries of {@code changes}, in the same order
     */
    public List<ApplicationChange> changed() {
        return changes.stream().filter(ApplicationChange::changed).toList();
    }

    /**
     * The largest moves of the total.
     *
     * @param count the most entries to return, 0 or more
     * @return at most {@code count} changes whose total moved, largest move first
     * @throws IllegalArgumentException when {@code count} is negative
     */
    public List<ApplicationChange> largestMoves(int count) {
        return changes.stream().filter(c -> c.delta() != 0).limit(count).toList();
    }

    /**
     * How many applications became eligible or ineligible.
     *
     * @return the number of changes whose eligibility flipped
     */
    public long eligibilityFlips() {
        return changes.stream().filter(ApplicationChange::eligibilityFlipped).count();
    }

    /**
     * How many applications crossed the fundable threshold while eligible both times.
     *
     * @return the number of changes that crossed the threshold
     */
    public long thresholdCrossings() {
        return changes.stream().filter(ApplicationChange::crossedThreshold).count();
    }

    /**
     * How many applications the rank-order plan funds under one version and not the other.
     *
     * @return the number of changes whose funding flipped
     */
    public long fundingFlips() {
        return changes.stream().filter(ApplicationChange::fundingFlipped).count();
    }

    private static Map<String, Integer> ranks(List<Assessment> assessments) {
        Map<String, Integer> ranks = new HashMap<>();
        Ranking.of(assessments).forEach(e -> ranks.put(e.assessment().applicationId(), e.rank()));
        return ranks;
    }

    private static boolean funded(FundingPlan plan, String id) {
        FundingDecision decision = plan.decision(id);
        return decision != null && decision.funded();
    }

    private static List<RuleChange> ruleChanges(Assessment before, Assessment after) {
        Map<String, Integer> old = points(before);
        Map<String, Integer> now = points(after);
        Set<String> rules = new TreeSet<>(old.keySet());
        rules.addAll(now.keySet());
        List<RuleChange> changes = new ArrayList<>();
        for (String rule : rules) {
            int b = old.getOrDefault(rule, 0);
            int a = now.getOrDefault(rule, 0);
            if (a != b) {
                changes.add(new RuleChange(rule, b, a));
            }
        }
        changes.sort(Comparator.comparingInt((RuleChange c) -> -Math.abs(c.delta())).thenComparing(RuleChange::rule));
        return changes;
    }

    private static Map<String, Integer> points(Assessment assessment) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Contribution c : assessment.contributions()) {
            points.merge(c.rule(), c.counted(), Integer::sum);
        }
        return points;
    }

    /** Gates failed in {@code a} but not in {@code b}. */
    private static List<String> gates(Assessment a, Assessment b) {
        Set<String> other = new TreeSet<>(b.failedGates().stream().map(GateFailure::gate).toList());
        return a.failedGates().stream().map(GateFailure::gate).filter(g -> !other.contains(g)).sorted().toList();
    }
}
