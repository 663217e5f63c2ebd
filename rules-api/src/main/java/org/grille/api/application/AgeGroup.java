package org.grille.api.application;

/** Self-declared age group of the person who leads the organization. Audits only. */
public enum AgeGroup {
    UNDER_30,
    AGE_30_TO_49,
    AGE_50_TO_64,
    AGE_65_AND_OVER,
    PREFER_NOT_TO_SAY
}
