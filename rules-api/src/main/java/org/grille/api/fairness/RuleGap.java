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
 * @param title              what the auditor's language calls the rule: its English title ({@code @title_en}) in
 *                           English when the catalog gives one, otherwise its name; {@code rule} stays its identity
 */
public record RuleGap(String rule, String file, int line, Map<String, Double> meanPointsByGroup, double gap,
                      String title) {

    /**
     * Copies {@code meanPointsByGroup}, keeping its order.
     *
     * @param rule the rule
     * @param file its file
     * @param line its line
     * @param meanPointsByGroup mean counted points per application of each judged group
     * @param gap the largest difference between two judged groups' means
     * @param title what the auditor's language calls the rule; its name when null
     */
    public RuleGap {
        meanPointsByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(meanPointsByGroup));
        title = title == null ? rule : title;
    }

    /**
     * A gap whose title is the rule's name.
     *
     * @param rule the rule
     * @param file its file
     * @param line its line
     * @param meanPointsByGroup mean counted points per application of each judged group
     * @param gap the largest difference between two judged groups' means
     */
    public RuleGap(String rule, String file, int line, Map<String, Double> meanPointsByGroup, double gap) {
        this(rule, file, line, meanPointsByGroup, gap, rule);
    }
}
