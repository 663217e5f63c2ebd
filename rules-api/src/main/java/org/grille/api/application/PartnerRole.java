package org.grille.api.application;

/** What a partner brings to the project. */
public enum PartnerRole {
    /** Delivers activities of the project. */
    DELIVERY,
    /** Refers participants to the project. */
    REFERRAL,
    /** Brings expertise or advice. */
    EXPERTISE,
    /** An employer that hires participants or hosts interns. */
    EMPLOYER_HOST,
    /** Contributes money to the project. */
    FUNDING,
    /** Evaluates the project. */
    EVALUATION,
    /** Lends premises for the activities. */
    VENUE
}
