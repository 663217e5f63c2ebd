package org.grille.engine.catalog;

import org.grille.api.partnership.SuggestionKind;

/**
 * A partnership rule of a compiled catalog, read once from its metadata.
 *
 * @param name      the rule's name
 * @param file      its file, relative to the catalog root
 * @param line      its line
 * @param kind      what it suggests ({@code @suggests})
 * @param strength  how strong the suggestion is ({@code @strength}, 1 to 10)
 * @param reasonKey message key of its reason ({@code @reason})
 * @param symmetric the rule says it matches a pair both ways ({@code @symmetric}): the fairness and property tests
 *                  hold it to that
 */
public record PartnershipRule(String name, String file, int line, SuggestionKind kind, int strength, String reasonKey,
                              boolean symmetric) {
}
