package org.grille.api.application;

/**
 * One activity of the project.
 *
 * @param type        what the activity is
 * @param description the applicant's words
 * @param sessions    how many times it is held over the project (1 for a one-off)
 */
public record Activity(ActivityType type, String description, Integer sessions) {
}
