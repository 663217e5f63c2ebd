package org.grille.engine;

import java.util.Locale;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.spi.ScorerProvider;
import org.grille.api.spi.ScorerSettings;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.json.JacksonJsonCodec;

/** The engine's entry point, found by {@link Scorer#builder()} through {@link java.util.ServiceLoader}. */
public final class DroolsScorerProvider implements ScorerProvider {

    @Override
    public Scorer create(ScorerSettings settings) {
        Messages messages = new Messages(settings.locale());
        CompiledCatalog catalog = settings.catalogDirectory() == null
                ? BundledCatalog.compiled(DroolsScorerProvider.class.getClassLoader(), messages)
                : new CatalogCompiler(messages).compileOrThrow(new DirectoryCatalogSource(settings.catalogDirectory()));
        return new DroolsScorer(catalog, messages, settings.maxRuleFirings());
    }

    @Override
    public JsonCodec jsonCodec(Locale locale) {
        return new JacksonJsonCodec(new Messages(locale));
    }
}
