package org.grille.api.fairness;

/**
 * How one group of applicants fared. Rates are shares from 0 to 1 of the group's assessed applications. A gap is
 * flagged only when it is both beyond the four-fifths rule (or its mirror) and unlikely by chance (Fisher's exact test
 * below {@link #SIGNIFICANCE}).
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
 * @param flag            what the ratios and the exact test say
 * @param reference       whether this is the reference group: the judged group funded at the best rate, never one
 *                        that chose not to answer
 * @param difference      funded rate minus the reference group's, or null for the reference or a group not judged
 * @param differenceLow   lower end of the 95 % confidence interval of {@code difference} (Newcombe's method), or null
 * @param differenceHigh  upper end of that interval, or null
 * @param pValue          Fisher's exact test, two-sided: against the reference group for a group below it, against
 *                        all other applicants for a group above five-fourths of the overall rate; null when not judged
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
        Flag flag,
        boolean reference,
        Double difference,
        Double differenceLow,
        Double differenceHigh,
        Double pValue) {

    /** Below this p-value, a gap beyond the four-fifths rule or its mirror is unlikely to be chance, and is flagged. */
    public static final double SIGNIFICANCE = 0.05;

    /** The verdict on a group's selection rate. */
    public enum Flag {
        /** Within four-fifths of the reference group and not above five-fourths of the overall rate. */
        OK,
        /** Selected at less than 80 % of the reference group's rate, and chance is unlikely to explain it. */
        BELOW_FOUR_FIFTHS,
        /** Selected at more than 125 % of the overall rate, and chance is unlikely to explain it. */
        ABOVE_FIVE_FOURTHS,
        /** Beyond four-fifths or five-fourths, but the exact test says chance could explain it: to watch, not a finding. */
        WITHIN_CHANCE,
        /** Fewer applications than the minimum group size: rates this small say nothing reliable. */
        TOO_FEW_TO_JUDGE
    }
}
