/**
 * From scores to money: a {@link org.grille.api.funding.FundingPlan} allocates the catalog's envelope among
 * assessed applications under an {@link org.grille.api.funding.AllocationPolicy}, with a
 * {@link org.grille.api.funding.FundingDecision} and its reason for every application.
 *
 * <pre>{@code
 * FundingPlan plan = scorer.plan(applications, AllocationPolicy.RANK_ORDER);
 * plan.decisions().forEach(d -> System.out.println(d.applicationId() + " " + d.reason() + " " + d.explanation()));
 * }</pre>
 */
package org.grille.api.funding;
