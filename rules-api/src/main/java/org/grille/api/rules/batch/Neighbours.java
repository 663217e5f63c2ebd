package org.grille.api.rules.batch;

/**
 * Two Montréal boroughs share a border, from the catalog's adjacency table. Both directions are present: when
 * {@code Neighbours(A, B)} is a fact, so is {@code Neighbours(B, A)}. A borough is not its own neighbour.
 *
 * @param borough   a borough
 * @param neighbour a borough that borders it
 */
public record Neighbours(String borough, String neighbour) {
}
