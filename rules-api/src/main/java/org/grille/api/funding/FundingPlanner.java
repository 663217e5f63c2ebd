package org.grille.api.funding;

import java.time.Duration;
import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.application.Application;
import org.grille.api.fairness.FairnessAudit;

/**
 * Makes funding plans from applications that were already scored: stored assessments and the requested amounts, with
 * the envelope, threshold and tie-break seed of the scorer's catalog. Nothing is scored again, so a plan can be made,
 * compared and audited long after the scoring, and gives the same answer as {@code Scorer.plan} on the same
 * applications. Get one from {@code Scorer.planner()}; it is immutable and thread-safe.
 *
 * <pre>{@code
 * FundingPlanner planner = scorer.planner().withTimeLimit(Duration.ofSeconds(5));
 * FundingPlan plan = planner.plan(requests, AllocationPolicy.MAX_SCORE);
 * if (!plan.optimality().scoreProven()) { ... plan.optimality().message() ... }
 * }</pre>
 */
public interface FundingPlanner {

    /**
     * The time limit given to the max-score solver when neither the manifest nor the caller sets one. It is counted in
     * the solver's deterministic seconds (work done, about a second of an ordinary machine each), not on the clock, so
     * the same requests give the same plan on any machine at any load; a wall-clock safety limit of twenty times as
     * long stops a search that never ends, and the plan's message then says the plan may depend on the machine.
     */
    Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * Allocates the envelope among these requests under {@code policy}. Max-score returns the proven best plan, or,
     * when the time limit runs out first, the best plan found with its bound and gap ({@link FundingPlan#optimality()}).
     *
     * @param requests the stored requests, in any order (the plan does not depend on it)
     * @param policy   how the envelope is allocated
     * @return the plan, with a decision for every request
     * @throws IllegalArgumentException when two requests share an application id, or an assessment was made with
     *                                  another catalog than this planner's (its fingerprint differs)
     */
    FundingPlan plan(List<FundingRequest> requests, AllocationPolicy policy);

    /**
     * Allocates the envelope around the selection committee's decisions: each application the committee funds takes
     * its whole request first, one it does not fund or sets aside takes nothing, and the other requests share what is
     * left under {@code policy}. The plan lists the decisions and every {@link Departure} from the plan the rules alone
     * make. With no decision it is {@link #plan(List, AllocationPolicy)}'s plan.
     *
     * @param requests  the stored requests, in any order
     * @param policy    how the envelope left is allocated
     * @param decisions the committee's decisions, at most one per application
     * @return the plan, with a decision for every request
     * @throws IllegalArgumentException as {@link #plan(List, AllocationPolicy)}, and when a decision names an
     *                                  application that is not requested, two decisions name the same one, the
     *                                  committee funds an ineligible application, or what it funds does not fit in a
     *                                  year's envelope
     */
    FundingPlan plan(List<FundingRequest> requests, AllocationPolicy policy, List<CommitteeDecision> decisions);

    /**
     * Makes the plan and studies how stable its funded set is: see {@link PlanSensitivity}. Costs one plan per change
     * tried (for max-score, one solver run per criterion change and a count of the near-optimal plans).
     *
     * @param requests the stored requests, in any order
     * @param policy   how the envelope is allocated
     * @return the study of the plan {@link #plan(List, AllocationPolicy)} makes
     * @throws IllegalArgumentException as {@link #plan(List, AllocationPolicy)}
     */
    PlanSensitivity sensitivity(List<FundingRequest> requests, AllocationPolicy policy);

    /**
     * Audits stored assessments for fairness, with the rank-order plan made from them and the applications' amounts and
     * self-declared attributes. Nothing is scored again.
     *
     * @param applications     the applications, for their requests and protected attributes
     * @param assessments      their stored assessments, one per application (matched by id)
     * @param minimumGroupSize groups smaller than this are reported as too few to judge
     * @return the audit, made by the catalog of the assessments
     * @throws IllegalArgumentException when {@code minimumGroupSize} is below 1, ids repeat, an application has no
     *                                  assessment, or an assessment was made with another catalog
     */
    FairnessAudit audit(List<Application> applications, List<Assessment> assessments, int minimumGroupSize);

    /**
     * The time limit of the max-score solver.
     *
     * @return the one set by {@link #withTimeLimit}, else the manifest's {@code solverTimeLimitSeconds}, else
     *         {@link #DEFAULT_TIME_LIMIT}
     */
    Duration timeLimit();

    /**
     * A planner like this one whose max-score solver stops after {@code limit}. This planner is unchanged.
     *
     * @param limit the solver's time limit, above zero
     * @return a new planner
     * @throws IllegalArgumentException when {@code limit} is zero or negative
     */
    FundingPlanner withTimeLimit(Duration limit);
}
