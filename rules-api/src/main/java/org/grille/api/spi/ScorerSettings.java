package org.grille.api.spi;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What a {@link org.grille.api.Scorer.Builder} hands to the engine, already checked.
 *
 * @param catalogDirectory the catalog directory, or null for the bundled catalog
 * @param locale           language of reasons and messages
 * @param maxRuleFirings   per-application firing limit
 */
public record ScorerSettings(Path catalogDirectory, Locale locale, int maxRuleFirings) {

    public ScorerSettings {
        Objects.requireNonNull(locale, "locale");
    }
}
