package org.grille.api.application;

/**
 * An expected outcome and how it is measured.
 *
 * @param description the change the project aims for
 * @param indicator   what is measured
 * @param baseline    the indicator's value today, or null if unknown
 * @param target      the value aimed for at the end, or null if not set
 */
public record Outcome(String description, String indicator, Double baseline, Double target) {

    /**
     * Whether the outcome can be evaluated.
     *
     * @return true if it names a non-blank indicator and gives both a baseline and a target
     */
    public boolean measurable() {
        return indicator != null && !indicator.isBlank() && baseline != null && target != null;
    }
}
