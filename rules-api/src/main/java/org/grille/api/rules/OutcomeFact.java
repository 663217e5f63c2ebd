package org.grille.api.rules;

/**
 * One expected outcome, as rules see it: its description and indicator are readable only for presence.
 *
 * @param described    the outcome is described
 * @param hasIndicator the outcome names an indicator
 * @param baseline     the indicator's value before the project, or null
 * @param target       the indicator's value the project aims for, or null
 * @param measurable   an indicator with both a baseline and a target
 */
public record OutcomeFact(boolean described, boolean hasIndicator, Double baseline, Double target, boolean measurable) {
}
