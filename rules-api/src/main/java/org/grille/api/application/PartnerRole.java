package org.grille.api.application;

/** What a partner brings to the project. */
public enum PartnerRole {
    DELIVERY,
    REFERRAL,
    EXPERTISE,
    EMPLOYER_HOST,
    FUNDING,
    EVALUATION,
    VENUE
}
