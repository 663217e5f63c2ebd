package org.grille.api.funding;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.grille.api.CatalogInfo;
import org.grille.api.Rejection;
import org.grille.api.application.Objective;

/**
 * Who gets how much: a decision for every assessed application, the money used and left in each program
 * year, and everything needed to reproduce the plan (policy, tie-break seed, catalog). The same applications
 * and catalog give the same plan on any machine, in any input order.
 *
 * <p>A project's first year draws on the envelope's first year, its second on the second, and so on.
 *
 * @param policy              the policy used
 * @param tieBreakSeed        the seed of the tie-break keys, published for the round
 * @param envelopePerYear     money available each program year
 * @param grantedPerYear      money granted each program year
 * @param grantedPerObjective money granted per primary objective
 * @param decisions           one per assessed application, funded first in rank order, then the others
 * @param rejections          applications that could not be assessed, so they are not silently left out
 * @param catalog             the catalog whose scores and envelope were used
 * @param optimality          for max-score, whether the plan is proven best or was cut short by the time limit, with
 *                            its bound and gap; for rank order, {@link Optimality.Status#NOT_SEARCHED}
 * @param committeeDecisions  the selection committee's decisions the plan was made around, in the order given; empty
 *                            for the rules' plan
 * @param departures          every application whose outcome differs from the rules' plan, in the order of
 *                            {@code decisions}; empty without committee decisions
 */
public record FundingPlan(
        AllocationPolicy policy,
        String tieBreakSeed,
        List<Long> envelopePerYear,
        List<Long> grantedPerYear,
        Map<Objective, Long> grantedPerObjective,
        List<FundingDecision> decisions,
        List<Rejection> rejections,
        CatalogInfo catalog,
        Optimality optimality,
        List<CommitteeDecision> committeeDecisions,
        List<Departure> departures) {

    /**
     * Checks and copies; a missing {@code optimality} becomes {@link Optimality.Status#NOT_SEARCHED}.
     *
     * @param policy the policy used
     * @param tieBreakSeed the seed of the tie-break keys, published for the round
     * @param envelopePerYear money available each program year
     * @param grantedPerYear money granted each program year
     * @param grantedPerObjective money granted per primary objective
     * @param decisions one per assessed application, funded first in rank order, then the others
     * @param rejections applications that could not be assessed, so they are not silently left out
     * @param catalog the catalog whose scores and envelope were used
     * @param optimality for max-score, whether the plan is proven best or was cut short by the time limit, with its
     *                   bound and gap; for rank order, {@link Optimality.Status#NOT_SEARCHED}
     * @param committeeDecisions the committee's decisions the plan was made around; null reads as none
     * @param departures every application whose outcome differs from the rules' plan; null reads as none
     * @throws NullPointerException when {@code policy}, a list or the map is null
     */
    public FundingPlan {
        java.util.Objects.requireNonNull(policy, "policy");
        envelopePerYear = List.copyOf(envelopePerYear);
        grantedPerYear = List.copyOf(grantedPerYear);
        java.util.LinkedHashMap<Objective, Long> perObjective = new java.util.LinkedHashMap<>();
        perObjective.putAll(grantedPerObjective);
        grantedPerObjective = Collections.unmodifiableMap(perObjective);
        decisions = List.copyOf(decisions);
        rejections = List.copyOf(rejections);
        committeeDecisions = committeeDecisions == null ? List.of() : List.copyOf(committeeDecisions);
        departures = departures == null ? List.of() : List.copyOf(departures);
        if (optimality == null) {
            int score = decisions.stream().filter(FundingDecision::funded).mapToInt(FundingDecision::total).sum();
            optimality = new Optimality(Optimality.Status.NOT_SEARCHED, score, score, "");
        }
    }

    /**
     * A plan without a search to report ({@link Optimality.Status#NOT_SEARCHED}, with no message).
     *
     * @param policy              the policy used
     * @param tieBreakSeed        the seed of the tie-break keys, published for the round
     * @param envelopePerYear     money available each program year, in dollars
     * @param grantedPerYear      money granted each program year, in dollars
     * @param grantedPerObjective money granted per primary objective, in dollars
     * @param decisions           one per assessed application, funded first in rank order, then the others
     * @param rejections          applications that could not be assessed
     * @param catalog             the catalog whose scores and envelope were used
     * @throws NullPointerException when {@code policy}, a list or the map is null
     */
    public FundingPlan(AllocationPolicy policy, String tieBreakSeed, List<Long> envelopePerYear, List<Long> grantedPerYear,
                       Map<Objective, Long> grantedPerObjective, List<FundingDecision> decisions, List<Rejection> rejections,
                       CatalogInfo catalog) {
        this(policy, tieBreakSeed, envelopePerYear, grantedPerYear, grantedPerObjective, decisions, rejections, catalog, null,
                List.of(), List.of());
    }

    /**
     * A plan made by the rules alone: no committee decision, no departure.
     *
     * @param policy              the policy used
     * @param tieBreakSeed        the seed of the tie-break keys, published for the round
     * @param envelopePerYear     money available each program year, in dollars
     * @param grantedPerYear      money granted each program year, in dollars
     * @param grantedPerObjective money granted per primary objective, in dollars
     * @param decisions           one per assessed application, funded first in rank order, then the others
     * @param rejections          applications that could not be assessed
     * @param catalog             the catalog whose scores and envelope were used
     * @param optimality          what the solver proved, or null for {@link Optimality.Status#NOT_SEARCHED}
     * @throws NullPointerException when {@code policy}, a list or the map is null
     */
    public FundingPlan(AllocationPolicy policy, String tieBreakSeed, List<Long> envelopePerYear, List<Long> grantedPerYear,
                       Map<Objective, Long> grantedPerObjective, List<FundingDecision> decisions, List<Rejection> rejections,
                       CatalogInfo catalog, Optimality optimality) {
        this(policy, tieBreakSeed, envelopePerYear, grantedPerYear, grantedPerObjective, decisions, rejections, catalog,
                optimality, List.of(), List.of());
    }

    /**
     * Each program year with its envelope, the money committed and the money left.
     *
     * @return one entry per program year, first year first
     */
    public List<YearBudget> years() {
        return java.util.stream.IntStream.range(0, envelopePerYear.size())
                .mapToObj(year -> new YearBudget(year + 1, envelopePerYear.get(year), grantedPerYear.get(year),
                        envelopePerYear.get(year) - grantedPerYear.get(year)))
                .toList();
    }

    /**
     * Money left in each program year.
     *
     * @return envelope minus granted for each program year, in dollars, first year first
     */
    public List<Long> leftPerYear() {
        return java.util.stream.IntStream.range(0, envelopePerYear.size())
                .mapToObj(year -> envelopePerYear.get(year) - grantedPerYear.get(year))
                .toList();
    }

    /**
     * Money granted over the whole program.
     *
     * @return the sum of {@code grantedPerYear}, in whole Canadian dollars
     */
    public long totalGranted() {
        return grantedPerYear.stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The sum of the scores of the funded applications: what the max-score policy maximizes.
     *
     * @return the total of the funded decisions' scores; 0 when nothing is funded
     */
    public int fundedScore() {
        return decisions.stream().filter(FundingDecision::funded).mapToInt(FundingDecision::total).sum();
    }

    /**
     * The decision for one application.
     *
     * @param applicationId the application's id
     * @return its decision, or null when the plan has none (not assessed, or not in the plan)
     */
    public FundingDecision decision(String applicationId) {
        return decisions.stream().filter(d -> d.applicationId().equals(applicationId)).findFirst().orElse(null);
    }
}
