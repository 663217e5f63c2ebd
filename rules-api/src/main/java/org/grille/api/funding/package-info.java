/**
 * From scores to money: a {@link org.grille.api.funding.FundingPlan} allocates the catalog's envelope among
 * assessed applications under an {@link org.grille.api.funding.AllocationPolicy}, with a
 * {@link org.grille.api.funding.FundingDecision} and its reason for every application, the money committed and left
 * in each program year ({@link org.grille.api.funding.YearBudget}) and, for max-score, what the solver proved
 * ({@link org.grille.api.funding.Optimality}).
 *
 * <pre>{@code
 * FundingPlan plan = scorer.plan(applications, AllocationPolicy.RANK_ORDER);
 * plan.decisions().forEach(d -> System.out.println(d.applicationId() + " " + d.reason() + " " + d.explanation()));
 * }</pre>
 *
 * <p>From stored assessments, without scoring again, and with a study of how stable the funded set is:
 *
 * <pre>{@code
 * FundingPlanner planner = scorer.planner();
 * List<FundingRequest> requests = ...;                 // FundingRequest.of(application, storedAssessment)
 * FundingPlan plan = planner.plan(requests, AllocationPolicy.MAX_SCORE);
 * PlanSensitivity study = planner.sensitivity(requests, AllocationPolicy.MAX_SCORE);
 * }</pre>
 */
package org.grille.api.funding;
