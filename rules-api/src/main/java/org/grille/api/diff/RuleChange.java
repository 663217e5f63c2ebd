package org.grille.api.diff;

/**
 * A rule whose counted points for one application changed between two catalog versions.
 *
 * @param rule   the rule's name
 * @param before points it counted before (0 when it did not fire or did not exist)
 * @param after  points it counts after
 */
public record RuleChange(String rule, int before, int after) {

    /**
     * How the rule's points moved.
     *
     * @return {@code after - before}: positive when the rule now counts more points
     */
    public int delta() {
        return after - before;
    }
}
