package org.grille.api.application;

/** Whether another funder has committed. */
public enum FundingStatus {
    CONFIRMED,
    PENDING
}
