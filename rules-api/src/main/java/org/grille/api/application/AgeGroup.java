package org.grille.api.application;

/** Self-declared age group of the person who leads the organization. Audits only. */
public enum AgeGroup {
    /** Under 30 years old. */
    UNDER_30,
    /** 30 to 49 years old. */
    AGE_30_TO_49,
    /** 50 to 64 years old. */
    AGE_50_TO_64,
    /** 65 years old or more. */
    AGE_65_AND_OVER,
    /** Chose not to declare an age group. */
    PREFER_NOT_TO_SAY
}
