package org.grille.api;

/**
 * The scoring criteria of the rubric. How many points each is worth is catalog data (the manifest), not
 * code, so policy staff can tune a weight without a rule edit.
 */
public enum Criterion {
    /** Fit with the program's objectives: the best objective plus a bonus for a real secondary one. */
    OBJECTIVE_FIT,
    /** The need is documented and the people concerned take part. */
    NEED_AND_PARTICIPATION,
    /** A theory of change links activities to outcomes. */
    IMPACT_DESIGN,
    /** Indicators with baseline and target, a method, a budget. */
    EVALUATION_PLAN,
    /** Committed partners with complementary roles, co-creation. */
    PARTNERSHIPS,
    /** Track record and financial health. */
    ORGANIZATIONAL_CAPACITY,
    /** Reasonable administration costs and confirmed co-funding. */
    BUDGET_REALISM
}
