package org.grille.api.spi;

import java.util.Locale;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;

/**
 * Implemented by a scoring engine and found through {@link java.util.ServiceLoader}. Applications never
 * call it: they use {@link Scorer#builder()} and {@link JsonCodec#standard()}.
 */
public interface ScorerProvider {

    /** A scorer for these settings; compiles its catalog before returning. */
    Scorer create(ScorerSettings settings);

    /** A JSON codec whose messages are in this language. */
    JsonCodec jsonCodec(Locale locale);
}
