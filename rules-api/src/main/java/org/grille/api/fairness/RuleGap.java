package org.grille.api.fairness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Mean points one rule gave each group: shows which rule drives a gap between groups.
 *
 * @param rule               the rule
 * @param file               its file
 * @param line               its line
 * @param meanPointsByGroup  mean counted points per application of each judged group
 * @param gap                the largest difference between two judged groups' means
 */
public record RuleGap(String rule, String file, int line, Map<String, Double> meanPointsByGroup, double gap) {

    /**
     * Copies {@code meanPointsByGroup}, keeping its order.
     *
     * @param rule the rule
     * @param file its file
     * @param line its line
     * @param meanPointsByGroup mean counted points per application of each judged group
     * @param gap the largest difference between two judged groups' means
     */
    public RuleGap {
        meanPointsByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(meanPointsByGroup));
    }
}
