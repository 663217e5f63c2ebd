package org.grille.api.application;

/** Categories of budget lines. */
public enum BudgetCategory {
    /** Salaries and fees of the project's staff. */
    STAFF,
    /** Direct costs of the activities. */
    ACTIVITIES,
    /** Direct support to participants, such as transport or childcare. */
    PARTICIPANT_SUPPORT,
    /** Evaluating the project's effects. */
    EVALUATION,
    /** Communication and promotion. */
    COMMUNICATION,
    /** Equipment and supplies. */
    EQUIPMENT,
    /** Administrative and overhead costs. */
    ADMINISTRATION,
    /** Anything not in another category. */
    OTHER
}
