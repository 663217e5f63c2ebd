package org.grille.api.application;

import java.time.LocalDate;

/**
 * The applicant organization: what the eligibility gates and the capacity criterion read.
 *
 * @param name                      legal name
 * @param legalForm                 legal form
 * @param registryNumber            Québec enterprise number (NEQ)
 * @param inGoodStanding            registration is up to date with the Registraire des entreprises
 * @param board                     board of directors
 * @param lastAnnualGeneralMeeting  date of the most recent annual general meeting
 * @param yearsActive               full years of activity
 * @param annualRevenue             last fiscal year's revenue, in dollars
 * @param accumulatedDeficit        accumulated deficit at the end of the last fiscal year, in dollars (0 if none)
 * @param lobbyistStatus            lobbying-law compliance
 * @param borough                   borough of the head office
 * @param projectsCompleted         comparable projects completed in the last five years
 */
public record Organization(
        String name,
        LegalForm legalForm,
        String registryNumber,
        Boolean inGoodStanding,
        Board board,
        LocalDate lastAnnualGeneralMeeting,
        Integer yearsActive,
        Long annualRevenue,
        Long accumulatedDeficit,
        LobbyistStatus lobbyistStatus,
        String borough,
        Integer projectsCompleted) {
}
