package org.grille.api;

import java.util.List;
import java.util.Objects;

/**
 * One criterion of an application: the points it obtained, the points still open and the rules that would give them.
 *
 * <p>{@code open} is exact: it is what the criterion would reach if every rule in {@code rules} awarded its points,
 * minus what it has, after the manifest's caps (for objective fit, the best objective's maximum plus the secondary
 * objective's). It is never more than {@code maximum - obtained}, and never promises points a cap would take away.
 *
 * @param criterion the criterion
 * @param obtained  points obtained, after caps
 * @param maximum   the criterion's maximum in the manifest
 * @param open      points the rules that did not fire could still add under the caps, {@code 0..maximum - obtained}
 * @param rules     the criterion's scoring rules that did not fire, most points added on their own first, then in
 *                  catalog order
 */
public record OpenPoints(Criterion criterion, int obtained, int maximum, int open, List<OpenRule> rules) {

    /**
     * Checks the numbers and copies the list.
     *
     * @param criterion the criterion
     * @param obtained points obtained, after caps
     * @param maximum the criterion's maximum in the manifest
     * @param open points the rules that did not fire could still add under the caps
     * @param rules the criterion's scoring rules that did not fire
     * @throws IllegalArgumentException when {@code open} is negative or above {@code maximum - obtained}
     */
    public OpenPoints {
        Objects.requireNonNull(criterion, "criterion");
        if (open < 0 || open > Math.max(0, maximum - obtained)) {
            throw new IllegalArgumentException("open: must be within 0.." + (maximum - obtained) + ", was " + open);
        }
        rules = List.copyOf(rules);
    }
}
