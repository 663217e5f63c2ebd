package org.grille.engine;

import java.util.Locale;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.spi.ScorerProvider;
import org.grille.api.spi.ScorerSettings;
import org.grille.api.CatalogException;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.json.JacksonJsonCodec;

/** The engine's entry point, found by {@link Scorer#builder()} through {@link java.util.ServiceLoader}. */
public final class DroolsScorerProvider implements ScorerProvider {

    @Override
    public Scorer create(ScorerSettings settings) {
        Messages messages = new Messages(settings.locale());
        if (settings.catalogDirectory() == null) {
            // The bundled catalog passed the fairness gate in its own build's tests; startup only compiles it.
            return new DroolsScorer(BundledCatalog.compiled(DroolsScorerProvider.class.getClassLoader(), messages),
                    messages, settings.maxRuleFirings());
        }
        DirectoryCatalogSource source = new DirectoryCatalogSource(settings.catalogDirectory());
        Compilation validation = new CatalogValidator(messages).validate(source, settings.maxRuleFirings());
        if (!validation.succeeded()) {
            throw new CatalogException(messages.get("catalog.invalid", source.describe()), validation.problems());
        }
        return new DroolsScorer(validation.catalog(), messages, settings.maxRuleFirings());
    }

    @Override
    public JsonCodec jsonCodec(Locale locale) {
        return new JacksonJsonCodec(new Messages(locale));
    }
}
