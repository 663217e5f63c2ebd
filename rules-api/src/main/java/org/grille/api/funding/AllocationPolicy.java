package org.grille.api.funding;

/** How a funding plan chooses among fundable applications. */
public enum AllocationPolicy {
    /**
     * Highest score first; each application is funded in full while every year of the envelope allows, otherwise
     * skipped with its reason and the next one is tried. Equal scores are ordered by the published tie-break key.
     */
    RANK_ORDER,
    /**
     * The set of fundable applications whose scores add up to the most, within every year of the envelope: found
     * exactly, so a committee can compare it with rank order.
     */
    MAX_SCORE
}
