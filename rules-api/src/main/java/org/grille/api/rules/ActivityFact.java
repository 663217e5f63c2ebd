package org.grille.api.rules;

import org.grille.api.application.ActivityType;

/**
 * One activity of the project, as rules see it: its description is readable only for presence.
 *
 * @param type      what kind of activity it is
 * @param sessions  how many sessions are planned, or null
 * @param described the applicant describes the activity
 */
public record ActivityFact(ActivityType type, Integer sessions, boolean described) {
}
