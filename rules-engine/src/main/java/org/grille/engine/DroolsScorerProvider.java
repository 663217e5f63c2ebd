package org.grille.engine;

import org.grille.engine.catalog.BundledCatalog;
import org.grille.engine.live.CatalogValidator;
import org.grille.engine.live.DirectoryScorer;
import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;
import org.grille.api.Scorer;
import org.grille.api.spi.ScorerProvider;
import org.grille.api.spi.ScorerSettings;
import org.grille.api.CatalogException;
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
                    messages, settings.maxRuleFirings()).observed(settings.observer());
        }
        DirectoryScorer scorer = new DirectoryScorer(settings.catalogDirectory().toAbsolutePath().normalize(), messages,
                settings.maxRuleFirings(), new BothListeners(settings.listener(), settings.observer()), settings.draft(),
                settings.lastGoodCopy(), settings.observer());
        return settings.watch() ? scorer.watch() : scorer;
    }

    @Override
    public CatalogValidation validate(Path catalogDirectory, Locale locale) {
        Messages messages = new Messages(locale);
        return new CatalogValidator(messages)
                .validate(new DirectoryCatalogSource(catalogDirectory), Scorer.Builder.DEFAULT_MAX_RULE_FIRINGS)
                .validation();
    }
    @Override
    public org.grille.api.CatalogWatch watch(Path catalogDirectory, Locale locale, org.grille.api.CatalogWatch.Listener listener) {
        return org.grille.engine.live.DraftWatch.start(catalogDirectory, new Messages(locale), listener);
    }

    /** The watch listener and the observer both hear of catalog events; one failing does not silence the other. */
    private record BothListeners(org.grille.api.CatalogListener first, org.grille.api.CatalogListener second)
            implements org.grille.api.CatalogListener {

        @Override
        public void published(CatalogInfo previous, CatalogInfo current) {
            each(l -> l.published(previous, current));
        }

        @Override
        public void rejected(CatalogInfo live, CatalogValidation validation) {
            each(l -> l.rejected(live, validation));
        }

        @Override
        public void unavailable(CatalogInfo live, String reason) {
            each(l -> l.unavailable(live, reason));
        }

        @Override
        public void recovered(CatalogInfo live) {
            each(l -> l.recovered(live));
        }

        private void each(java.util.function.Consumer<org.grille.api.CatalogListener> call) {
            for (org.grille.api.CatalogListener listener : new org.grille.api.CatalogListener[] {first, second}) {
                try {
                    call.accept(listener);
                } catch (RuntimeException e) {
                    org.slf4j.LoggerFactory.getLogger(DroolsScorerProvider.class).warn("A catalog listener failed; ignored", e);
                }
            }
        }
    }

    @Override
    public JsonCodec jsonCodec(Locale locale, JsonLimits limits) {
        return new JacksonJsonCodec(new Messages(locale), limits);
    }
}
