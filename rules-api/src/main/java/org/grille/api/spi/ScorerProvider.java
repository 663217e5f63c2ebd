package org.grille.api.spi;

import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.CatalogValidation;
import org.grille.api.CatalogWatch;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;
import org.grille.api.Scorer;

/**
 * Implemented by a scoring engine and found through {@link java.util.ServiceLoader}. Applications never
 * call it: they use {@link Scorer#builder()}, {@link Scorer#validateCatalog}, {@link CatalogWatch#start} and {@link JsonCodec#standard()}.
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
     * Watches a draft catalog directory and validates it at once and after every save, as {@link #validate} would.
     *
     * @param catalogDirectory the directory
     * @param locale           the language of messages
     * @param listener         told of each check, on the watching thread
     * @return the running watch
     * @throws UnsupportedOperationException when this engine cannot watch a directory
     */
    default CatalogWatch watch(Path catalogDirectory, Locale locale, CatalogWatch.Listener listener) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot watch a catalog directory");
    }

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
