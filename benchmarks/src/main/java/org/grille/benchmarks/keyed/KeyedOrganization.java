package org.grille.benchmarks.keyed;

/** {@link org.grille.api.rules.OrganizationFact} with the key of its application in a batch session. */
public record KeyedOrganization(
        int key,
        org.grille.api.application.LegalForm legalForm,
        boolean registered,
        Boolean inGoodStanding,
        org.grille.api.application.Board board,
        java.time.LocalDate lastAnnualGeneralMeeting,
        Integer yearsActive,
        Long annualRevenue,
        Long accumulatedDeficit,
        org.grille.api.application.LobbyistStatus lobbyistStatus,
        Integer projectsCompleted) {

    public static KeyedOrganization of(int key, org.grille.api.rules.OrganizationFact o) {
        return new KeyedOrganization(key, o.legalForm(), o.registered(), o.inGoodStanding(), o.board(),
                o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(), o.accumulatedDeficit(),
                o.lobbyistStatus(), o.projectsCompleted());
    }
}
