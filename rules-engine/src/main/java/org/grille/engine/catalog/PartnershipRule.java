package org.grille.engine.catalog;

import java.util.Locale;
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
 * @param titleEn   the rule's English title ({@code @title_en}), or null when the catalog gives none
 */
public record PartnershipRule(String name, String file, int line, SuggestionKind kind, int strength, String reasonKey,
                              boolean symmetric, String titleEn) {

    /** What a reader of {@code locale} calls the rule: its English title in English when it has one, else its name. */
    public String title(Locale locale) {
        return titleEn != null && "en".equals(locale.getLanguage()) ? titleEn : name;
    }
}
