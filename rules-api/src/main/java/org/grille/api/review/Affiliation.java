package org.grille.api.review;

/**
 * An organisation a reviewer declares a tie to (employee, member, volunteer, client), by name, by its Québec
 * enterprise number (NEQ), or both.
 *
 * @param organization   the organisation's name, or null
 * @param registryNumber its NEQ, or null
 */
public record Affiliation(String organization, String registryNumber) {
}
