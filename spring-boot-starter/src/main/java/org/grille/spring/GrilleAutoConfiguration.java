package org.grille.spring;

import org.grille.api.CatalogListener;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.ScorerListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * A {@link Scorer} and a {@link JsonCodec} built from the {@code grille.*} properties ({@link GrilleProperties}),
 * every {@link ScorerListener} bean told of the scorer's work, catalog events published as {@link GrilleCatalogEvent}s,
 * and a warm-up assessment before the application reports ready. Each bean steps aside for one of the application's
 * own. Starts no thread unless {@code grille.catalog.watch} is on.
 */
@AutoConfiguration
@ConditionalOnClass(Scorer.class)
@EnableConfigurationProperties(GrilleProperties.class)
public class GrilleAutoConfiguration {

    /** Used by Spring. */
    public GrilleAutoConfiguration() {
    }

    /**
     * The codecs in French and English, with the configured limits.
     *
     * @param properties the grille.* settings
     * @return the codecs
     */
    @Bean
    @ConditionalOnMissingBean
    public GrilleCodecs grilleCodecs(GrilleProperties properties) {
        return new GrilleCodecs(properties.getJson().limits(), properties.getLocale());
    }

    /**
     * The codec in the configured language.
     *
     * @param codecs the codecs
     * @return the codec of {@code grille.locale}
     */
    @Bean
    @ConditionalOnMissingBean
    public JsonCodec grilleJsonCodec(GrilleCodecs codecs) {
        return codecs.defaultCodec();
    }

    /**
     * What happened to the catalog since start-up, for health and info.
     *
     * @return a status that listens to the scorer
     */
    @Bean
    @ConditionalOnMissingBean
    public CatalogStatus grilleCatalogStatus() {
        return new CatalogStatus();
    }

    /**
     * Catalog events as application events.
     *
     * @param publisher the context's publisher
     * @return a listener that publishes them
     */
    @Bean
    @ConditionalOnMissingBean
    public CatalogEventPublisher grilleCatalogEventPublisher(ApplicationEventPublisher publisher) {
        return new CatalogEventPublisher(publisher);
    }

    /**
     * Every {@link ScorerListener} bean, as one.
     *
     * @param listeners the listener beans, in their order
     * @return the combined listeners
     */
    @Bean
    @ConditionalOnMissingBean
    public GrilleListeners grilleListeners(ObjectProvider<ScorerListener> listeners) {
        return new GrilleListeners(listeners.orderedStream().toList());
    }

    /**
     * The scorer of the configured catalog; closed with the context, which stops a watch.
     *
     * @param properties the grille.* settings
     * @param listeners  told of every assessment, rejection and catalog event
     * @param status     told when the scorer is built
     * @return the scorer
     */
    @Bean
    @ConditionalOnMissingBean
    public Scorer grilleScorer(GrilleProperties properties, GrilleListeners listeners, CatalogStatus status) {
        Scorer.Builder builder = Scorer.builder().locale(properties.getLocale())
                .maxRuleFirings(properties.getMaxRuleFirings()).listener(listeners.asListener());
        GrilleProperties.Catalog catalog = properties.getCatalog();
        if (catalog.getDirectory() != null) {
            builder.catalogDirectory(catalog.getDirectory());
        }
        if (catalog.getLastGoodCopy() != null) {
            builder.lastGoodCopy(catalog.getLastGoodCopy());
        }
        if (catalog.isWatch()) {
            // The listeners already hear catalog events through listener(...): a second one would tell them twice.
            builder.watchCatalog(new CatalogListener() { });
        }
        Scorer scorer = builder.build();
        status.scorerStarted();
        return scorer;
    }

    /**
     * One assessment before the application reports ready.
     *
     * @param scorer the scorer
     * @param codec  the codec
     * @return the warm-up
     */
    @Bean
    @ConditionalOnProperty(prefix = "grille.warm-up", name = "enabled", matchIfMissing = true)
    public GrilleWarmUp grilleWarmUp(Scorer scorer, JsonCodec codec) {
        return new GrilleWarmUp(scorer, codec);
    }
}
