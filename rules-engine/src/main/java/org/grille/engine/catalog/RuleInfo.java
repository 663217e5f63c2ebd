package org.grille.engine.catalog;

import java.util.Locale;
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
 * @param titleEn   the rule's English title ({@code @title_en}), or null when the catalog gives none
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
        String source,
        String titleEn) {

    /** What a reader of {@code locale} calls the rule: its English title in English when it has one, else its name. */
    public String title(Locale locale) {
        return titleEn != null && "en".equals(locale.getLanguage()) ? titleEn : name;
    }
}
