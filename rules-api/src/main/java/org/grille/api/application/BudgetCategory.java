package org.grille.api.application;

/** Categories of budget lines. */
public enum BudgetCategory {
    STAFF,
    ACTIVITIES,
    PARTICIPANT_SUPPORT,
    EVALUATION,
    COMMUNICATION,
    EQUIPMENT,
    ADMINISTRATION,
    OTHER
}
