package org.grille.api.spi;

import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.CatalogValidation;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;
import org.grille.api.Scorer;

/**
 * Implemented by a scoring engine and found through {@link java.util.ServiceLoader}. Applications never
 * call it: they use {@link Scorer#builder()}, {@link Scorer#validateCatalog} and {@link JsonCodec#standard()}.
 */
public interface ScorerProvider {

    /**
     * A scorer for these settings; compiles (and for a directory, validates) its catalog before returning.
     *
     * @param settings the builder's settings
     * @return a ready scorer
     */
    Scorer create(ScorerSettings settings);

    /**
     * Validates a catalog directory as a reload would, with messages in this language.
     *
     * @param catalogDirectory the directory
     * @param locale           the language of messages
     * @return the validation
     */
    CatalogValidation validate(Path catalogDirectory, Locale locale);

    /**
     * A JSON codec whose messages are in this language, with the default limits.
     *
     * @param locale the language of messages
     * @return a codec
     */
    default JsonCodec jsonCodec(Locale locale) {
        return jsonCodec(locale, JsonLimits.DEFAULTS);
    }

    /**
     * A JSON codec whose messages are in this language and that enforces these limits.
     *
     * @param locale the language of messages
     * @param limits the input limits
     * @return a codec
     */
    JsonCodec jsonCodec(Locale locale, JsonLimits limits);
}
