package org.grille.api.funding;

/**
 * One program year of the envelope, as the program spends it.
 *
 * @param year      the program year, 1 for the first
 * @param envelope  the money available that year
 * @param committed the money the plan grants that year
 * @param left      the money that year keeps ({@code envelope - committed})
 */
public record YearBudget(int year, long envelope, long committed, long left) {

    /**
     * Checks that the figures add up.
     *
     * @param year the program year, 1 for the first
     * @param envelope the money available that year
     * @param committed the money the plan grants that year
     * @param left the money that year keeps ({@code envelope - committed})
     * @throws IllegalArgumentException when {@code year} is below 1 or {@code left} is not {@code envelope - committed}
     */
    public YearBudget {
        if (year < 1) {
            throw new IllegalArgumentException("year: starts at 1, was " + year);
        }
        if (left != envelope - committed) {
            throw new IllegalArgumentException("left must be envelope - committed");
        }
    }
}
