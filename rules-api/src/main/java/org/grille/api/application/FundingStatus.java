package org.grille.api.application;

/** Whether another funder has committed. */
public enum FundingStatus {
    /** The funder has confirmed the amount in writing. */
    CONFIRMED,
    /** Applied for, not yet confirmed. */
    PENDING
}
