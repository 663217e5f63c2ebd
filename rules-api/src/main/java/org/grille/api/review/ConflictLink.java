package org.grille.api.review;

/** What ties a reviewer to an application. */
public enum ConflictLink {
    /** The reviewer declares a tie to the applicant organisation, found by name. */
    ORGANIZATION,
    /** The reviewer declares a tie to the applicant organisation, found by its enterprise number (NEQ). */
    REGISTRY_NUMBER,
    /** The reviewer declares a tie to one of the application's partners. */
    PARTNER,
    /** The reviewer sits on the board of the applicant organisation. */
    BOARD,
    /** The reviewer sits on the board of one of the application's partners. */
    PARTNER_BOARD
}
