package org.grille.api.spi;

import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.CatalogValidation;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;

/**
 * Implemented by a scoring engine and found through {@link java.util.ServiceLoader}. Applications never
 * call it: they use {@link Scorer#builder()}, {@link Scorer#validateCatalog} and {@link JsonCodec#standard()}.
 */
public interface ScorerProvider {

    /** A scorer for these settings; compiles (and for a directory, validates) its catalog before returning. */
    Scorer create(ScorerSettings settings);

    /** Validates a catalog directory as a reload would, with messages in this language. */
    CatalogValidation validate(Path catalogDirectory, Locale locale);

    /** A JSON codec whose messages are in this language. */
    JsonCodec jsonCodec(Locale locale);
}
