package org.grille.api.fairness;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.grille.api.application.Objective;

/**
 * The audit of one protected attribute.
 *
 * @param attribute   the attribute, e.g. {@code leadership.gender}
 * @param groups      one line per value, in the attribute's order
 * @param byObjective the same, among applications of each primary objective
 * @param ruleGaps    the rules whose mean points differ most between groups, largest gap first
 */
public record AttributeAudit(String attribute, List<GroupOutcome> groups, Map<Objective, List<GroupOutcome>> byObjective,
                             List<RuleGap> ruleGaps) {

    /**
     * Copies the lists and the map; none of them, nor any element, may be null.
     *
     * @param attribute the attribute, e.g. {@code leadership.gender}
     * @param groups one line per value, in the attribute's order
     * @param byObjective the same, among applications of each primary objective
     * @param ruleGaps the rules whose mean points differ most between groups, largest gap first
     */
    public AttributeAudit {
        groups = List.copyOf(groups);
        java.util.LinkedHashMap<Objective, List<GroupOutcome>> copy = new java.util.LinkedHashMap<>();
        byObjective.forEach((objective, outcomes) -> copy.put(objective, List.copyOf(outcomes)));
        byObjective = Collections.unmodifiableMap(copy);
        ruleGaps = List.copyOf(ruleGaps);
    }

    /**
     * Groups flagged by the four-fifths rule or its mirror.
     *
     * @return the groups flagged {@code BELOW_FOUR_FIFTHS} or {@code ABOVE_FIVE_FOURTHS}, in the attribute's order;
     *         empty when none is
     */
    public List<GroupOutcome> flagged() {
        return groups.stream()
                .filter(g -> g.flag() == GroupOutcome.Flag.BELOW_FOUR_FIFTHS || g.flag() == GroupOutcome.Flag.ABOVE_FIVE_FOURTHS)
                .toList();
    }
}
