package org.grille.engine.catalog;

import org.grille.api.Criterion;
import org.grille.api.application.Objective;

/**
 * A rule of a compiled catalog and where it is, read once from its metadata at compile time so an
 * assessment looks it up by name instead of parsing anything.
 *
 * @param name      the rule's name
 * @param file      its file, relative to the catalog root
 * @param line      its line
 * @param order     its position in the catalog (file order of the manifest, then line): contributions are listed and capped in this order
 * @param kind      what it does
 * @param gate      the gate code, for a gate
 * @param criterion the criterion, for an award
 * @param objective the objective, for an award that feeds one; otherwise null
 * @param points    points awarded, for an award
 * @param reasonKey message key of its reason, for a gate or an award
 * @param source    the rule's text, to recognize it in an error message that quotes a condition
 */
public record RuleInfo(
        String name,
        String file,
        int line,
        int order,
        RuleKind kind,
        String gate,
        Criterion criterion,
        Objective objective,
        int points,
        String reasonKey,
        String source) {
}
