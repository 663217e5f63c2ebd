package org.grille.spring;

import org.grille.api.Scorer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The catalog in the actuator: a health indicator named {@code grille} (off with {@code management.health.grille.enabled=false})
 * and an info contributor (off with {@code management.info.grille.enabled=false}). Spring Boot 4 moved the health api
 * to {@code org.springframework.boot.health.contributor}; each line gets the indicator of its own api.
 */
@AutoConfiguration(after = GrilleAutoConfiguration.class)
@ConditionalOnBean({Scorer.class, CatalogStatus.class})
public class GrilleActuatorAutoConfiguration {

    /** Used by Spring. */
    public GrilleActuatorAutoConfiguration() {
    }

    /** Spring Boot 3's health api. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty(prefix = "management.health.grille", name = "enabled", matchIfMissing = true)
    static class Boot3Health {

        @Bean
        @ConditionalOnMissingBean(name = "grilleHealthIndicator")
        Boot3CatalogHealthIndicator grilleHealthIndicator(Scorer scorer, CatalogStatus status) {
            return new Boot3CatalogHealthIndicator(scorer, status);
        }
    }

    /** Spring Boot 4's health api; never next to Spring Boot 3's, whose jar would be on the class path too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnProperty(prefix = "management.health.grille", name = "enabled", matchIfMissing = true)
    static class Boot4Health {

        @Bean
        @ConditionalOnMissingBean(name = "grilleHealthIndicator")
        Boot4CatalogHealthIndicator grilleHealthIndicator(Scorer scorer, CatalogStatus status) {
            return new Boot4CatalogHealthIndicator(scorer, status);
        }
    }

    /** The info endpoint's contributor. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
    @ConditionalOnProperty(prefix = "management.info.grille", name = "enabled", matchIfMissing = true)
    static class InfoContribution {

        @Bean
        @ConditionalOnMissingBean
        GrilleInfoContributor grilleInfoContributor(Scorer scorer, CatalogStatus status, GrilleProperties properties) {
            return new GrilleInfoContributor(scorer, status, properties);
        }
    }
}
