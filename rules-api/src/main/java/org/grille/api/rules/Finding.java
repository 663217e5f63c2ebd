package org.grille.api.rules;

/**
 * A fact a rule derives about the application, for other rules to use: for example
 * {@code insert(new Finding("SIGNED_PARTNER"))} in a rule marked {@code @derives}, then
 * {@code Finding( name == "SIGNED_PARTNER" )} in another. Derived facts keep classification apart from
 * the rules that award points, and the fairness checks follow them like any other fact.
 *
 * @param name what was found, in capitals
 */
public record Finding(String name) {
}
