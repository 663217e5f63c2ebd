package org.grille.api.rules;

import java.time.LocalDate;
import org.grille.api.application.Board;
import org.grille.api.application.LegalForm;
import org.grille.api.application.LobbyistStatus;

/**
 * The applicant organization as rules see it: what the eligibility gates and the capacity criterion read. Its name,
 * its registry number and the borough of its head office are not here: a rule cannot single out an organization or
 * favour a part of town where its leaders live.
 *
 * @param legalForm                legal form
 * @param registered               the organization gave its Québec enterprise number (NEQ)
 * @param inGoodStanding           registration is up to date with the Registraire des entreprises
 * @param board                    board of directors
 * @param lastAnnualGeneralMeeting date of the most recent annual general meeting
 * @param yearsActive              full years of activity
 * @param annualRevenue            last fiscal year's revenue, in dollars
 * @param accumulatedDeficit       accumulated deficit at the end of the last fiscal year, in dollars (0 if none)
 * @param lobbyistStatus           lobbying-law compliance
 * @param projectsCompleted        comparable projects completed in the last five years
 */
public record OrganizationFact(
        LegalForm legalForm,
        boolean registered,
        Boolean inGoodStanding,
        Board board,
        LocalDate lastAnnualGeneralMeeting,
        Integer yearsActive,
        Long annualRevenue,
        Long accumulatedDeficit,
        LobbyistStatus lobbyistStatus,
        Integer projectsCompleted) {
}
