package org.grille.api.rules;

import java.time.LocalDate;

/**
 * The terms of the call, from the catalog manifest, as rules see them. The engine inserts one per
 * assessment, so a threshold lives in the manifest and a rule reads it instead of repeating a number:
 *
 * <pre>
 * CallTerms( $minimum : minimumYearsActive )
 * Organization( yearsActive &lt; $minimum )
 * </pre>
 *
 * @param deadline            the call's deadline for applications
 * @param projectCap          most the program grants one project over its whole length, in dollars
 * @param minimumYearsActive  full years of activity an organization needs
 * @param earliestStart       earliest accepted project start (a project may not have started before the call)
 * @param maxDurationMonths   longest accepted project
 * @param oldestAnnualMeeting the oldest accepted date for the last annual general meeting
 */
public record CallTerms(
        LocalDate deadline,
        long projectCap,
        int minimumYearsActive,
        LocalDate earliestStart,
        int maxDurationMonths,
        LocalDate oldestAnnualMeeting) {
}
