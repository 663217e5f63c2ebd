package org.grille.api.fairness;

/**
 * How one group of applicants fared. Rates are shares from 0 to 1 of the group's assessed applications.
 *
 * @param group           the group's value, e.g. {@code WOMAN}
 * @param count           assessed applications in the group
 * @param eligibilityRate share that passed every gate
 * @param meanScore       mean total
 * @param medianScore     median total
 * @param fundableRate    share eligible and at or above the threshold
 * @param fundedRate      share funded by the rank-order plan: the selection rate the four-fifths rule compares
 * @param ratioToBest     funded rate over the best judged group's, or null when not judged or the best is 0
 * @param ratioToOverall  funded rate over the rate of all applicants, or null when not judged or that is 0
 * @param flag            what the ratios say
 */
public record GroupOutcome(
        String group,
        int count,
        double eligibilityRate,
        double meanScore,
        double medianScore,
        double fundableRate,
        double fundedRate,
        Double ratioToBest,
        Double ratioToOverall,
        Flag flag) {

    /** The verdict on a group's selection rate. */
    public enum Flag {
        /** Within four-fifths of the best group and not above five-fourths of the overall rate. */
        OK,
        /** Selected at less than 80 % of the best group's rate (the four-fifths rule). */
        BELOW_FOUR_FIFTHS,
        /** Selected at more than 125 % of the overall rate. */
        ABOVE_FIVE_FOURTHS,
        /** Fewer applications than the minimum group size: rates this small say nothing reliable. */
        TOO_FEW_TO_JUDGE
    }
}
