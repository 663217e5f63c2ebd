package org.grille.api.funding;

import java.util.Objects;

/**
 * How sure a plan is of being the best one its policy can make: whether the max-score solver proved its plan optimal,
 * or stopped at its time limit with the best plan found so far, and how far from the best possible that can be.
 * It holds no timing, so the same call gives an equal plan on every run and machine (the engine logs solve times).
 *
 * @param status        what was proven
 * @param fundedScore   the total score of the funded applications in this plan
 * @param bound         no plan within the envelope can score more than this; equals {@code fundedScore} when proven
 * @param message       the status in the plan's language, with the figures, for the committee
 */
public record Optimality(Status status, int fundedScore, int bound, String message) {

    /** What the plan's policy proved. */
    public enum Status {
        /** Rank order: no search, nothing to prove; {@code bound} is the plan's own score. */
        NOT_SEARCHED,
        /** The highest total score is proven, and ties among plans of that score are broken by the published key. */
        OPTIMAL,
        /**
         * The highest total score is proven, but the time limit ran out before ties among plans of that score were
         * fully broken by the published key: another machine may return another plan of the same score.
         */
        OPTIMAL_TIES_UNRESOLVED,
        /** The time limit ran out before the solver proved the best score: the plan is the best found, see the gap. */
        TIME_LIMIT
    }

    /**
     * Checks the figures.
     *
     * @param status what was proven
     * @param fundedScore the total score of the funded applications in this plan
     * @param bound no plan within the envelope can score more than this; equals {@code fundedScore} when proven
     * @param message the status in the plan's language, with the figures, for the committee
     * @throws NullPointerException     when {@code status} or {@code message} is null
     * @throws IllegalArgumentException when {@code bound} is below {@code fundedScore}
     */
    public Optimality {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        if (bound < fundedScore) {
            throw new IllegalArgumentException("bound " + bound + " is below the funded score " + fundedScore);
        }
    }

    /**
     * Points between the plan and the best any plan could reach.
     *
     * @return {@code bound - fundedScore}, 0 or more; 0 when proven optimal
     */
    public int gap() {
        return bound - fundedScore;
    }

    /**
     * The gap as a share of the bound.
     *
     * @return from 0.0 to 1.0; 0.0 when the bound is 0
     */
    public double relativeGap() {
        return bound == 0 ? 0.0 : (double) gap() / bound;
    }

    /**
     * Whether the plan's score is proven the highest its policy can reach.
     *
     * @return true for {@link Status#OPTIMAL}, {@link Status#OPTIMAL_TIES_UNRESOLVED} and
     *         {@link Status#NOT_SEARCHED} (rank order has nothing to prove); false for {@link Status#TIME_LIMIT}
     */
    public boolean scoreProven() {
        return status == Status.OPTIMAL || status == Status.OPTIMAL_TIES_UNRESOLVED || status == Status.NOT_SEARCHED;
    }
}
