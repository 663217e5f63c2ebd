package org.grille.spring;

import io.micrometer.core.instrument.binder.MeterBinder;
import org.grille.micrometer.GrilleMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Grille's Micrometer meters, when the application has Micrometer and {@code org.grille:grille-micrometer}: the binder
 * is a {@code ScorerListener} bean, so the scorer of {@link GrilleAutoConfiguration} tells it of its work.
 */
@AutoConfiguration(before = GrilleAutoConfiguration.class)
@ConditionalOnClass({MeterBinder.class, GrilleMetrics.class})
public class GrilleMetricsAutoConfiguration {

    /** Used by Spring. */
    public GrilleMetricsAutoConfiguration() {
    }

    /**
     * The meters, bound by Spring Boot to the application's registries.
     *
     * @return the binder, also a listener of the scorer
     */
    @Bean
    @ConditionalOnMissingBean
    public GrilleMeterBinder grilleMeterBinder() {
        return new GrilleMeterBinder();
    }
}
