package org.grille.api.application;

/**
 * One line of the project budget.
 *
 * @param category what the money pays for
 * @param amount   dollars over the whole project
 */
public record BudgetLine(BudgetCategory category, Long amount) {
}
