package org.grille.api.funding;

import java.util.List;
import java.util.Objects;
import org.grille.api.Criterion;

/**
 * How stable a plan's funded set is, for the committee that must defend it: which applications sit at the cut line,
 * which decisions flip when one application's score moves by one or two points, which flip when one criterion's
 * maximum changes by one point, and, for max-score, how many other plans score within one point of the optimum.
 *
 * <p>Each change is tried alone, on the same requests, with the same envelope, threshold and tie-break key; the plan
 * is made again under the same policy and compared with this one. A change that flips no decision is not listed.
 *
 * @param policy          the policy of the plan studied
 * @param fundedScore     the total score of the plan studied
 * @param cutLine         the ids of the applications at the cut line: the lowest-ranked funded application and the
 *                        best-ranked fundable application left out, with every application of the same score as either
 * @param scoreChanges    the single-application score changes (±1, ±2) that flip at least one decision
 * @param criterionChanges the criterion maximum changes (±1) that flip at least one decision
 * @param nearOptimal     for max-score, the plans within one point of the optimum; null for rank order
 * @param complete        false when part of the study was left out (see {@code message}); what is listed still holds
 * @param message         what was studied and how, in the plan's language
 */
public record PlanSensitivity(
        AllocationPolicy policy,
        int fundedScore,
        List<String> cutLine,
        List<ScoreChange> scoreChanges,
        List<CriterionChange> criterionChanges,
        NearOptimal nearOptimal,
        boolean complete,
        String message) {

    /**
     * Checks and copies.
     *
     * @param policy the policy of the plan studied
     * @param fundedScore the total score of the plan studied
     * @param cutLine the ids of the applications at the cut line: the lowest-ranked funded application and the
     *                best-ranked fundable application left out, with every application of the same score as either
     * @param scoreChanges the single-application score changes (±1, ±2) that flip at least one decision
     * @param criterionChanges the criterion maximum changes (±1) that flip at least one decision
     * @param nearOptimal for max-score, the plans within one point of the optimum; null for rank order
     * @param complete false when part of the study was left out (see {@code message}); what is listed still holds
     * @param message what was studied and how, in the plan's language
     * @throws NullPointerException when a list, the policy or the message is null
     */
    public PlanSensitivity {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(message, "message");
        cutLine = List.copyOf(cutLine);
        scoreChanges = List.copyOf(scoreChanges);
        criterionChanges = List.copyOf(criterionChanges);
    }

    /**
     * Whether the plan resists every change tried.
     *
     * @return true when no tried change flips any decision
     */
    public boolean stable() {
        return scoreChanges.isEmpty() && criterionChanges.isEmpty();
    }

    /**
     * One application's score moved by {@code delta} points, and what that does to the plan.
     *
     * @param applicationId  the application whose score moves
     * @param delta          the move: -2, -1, +1 or +2 points
     * @param newlyFunded    applications funded after the move and not before
     * @param noLongerFunded applications funded before the move and not after
     */
    public record ScoreChange(String applicationId, int delta, List<String> newlyFunded, List<String> noLongerFunded) {

        /**
         * Checks and copies.
         *
         * @param applicationId  the application whose score moves
         * @param delta          the move: -2, -1, +1 or +2 points
         * @param newlyFunded    applications funded after the move and not before
         * @param noLongerFunded applications funded before the move and not after
         * @throws NullPointerException when {@code applicationId} or a list is null
         */
        public ScoreChange {
            Objects.requireNonNull(applicationId, "applicationId");
            newlyFunded = List.copyOf(newlyFunded);
            noLongerFunded = List.copyOf(noLongerFunded);
        }
    }

    /**
     * One criterion's maximum changed by {@code delta} point (every application's points on it capped again), and
     * what that does to the plan. For the objective-fit criterion it is the best objective's cap that changes.
     *
     * @param criterion      the criterion whose maximum changes
     * @param delta          -1 or +1
     * @param newlyFunded    applications funded after the change and not before
     * @param noLongerFunded applications funded before the change and not after
     */
    public record CriterionChange(Criterion criterion, int delta, List<String> newlyFunded, List<String> noLongerFunded) {

        /**
         * Checks and copies.
         *
         * @param criterion      the criterion whose maximum changes
         * @param delta          -1 or +1
         * @param newlyFunded    applications funded after the change and not before
         * @param noLongerFunded applications funded before the change and not after
         * @throws NullPointerException when {@code criterion} or a list is null
         */
        public CriterionChange {
            Objects.requireNonNull(criterion, "criterion");
            newlyFunded = List.copyOf(newlyFunded);
            noLongerFunded = List.copyOf(noLongerFunded);
        }
    }

    /**
     * The plans whose total score is within one point of the optimum, the optimal plan included, counted by the solver
     * one by one up to {@code limit}.
     *
     * @param withinOnePoint how many such plans were found (the optimum itself is one)
     * @param atOptimum      how many of them reach the optimum exactly
     * @param limit          where counting stops
     * @param exhaustive     true when every such plan was counted; false when counting stopped at {@code limit}, so
     *                       there are at least {@code withinOnePoint}
     */
    public record NearOptimal(int withinOnePoint, int atOptimum, int limit, boolean exhaustive) {
    }
}
