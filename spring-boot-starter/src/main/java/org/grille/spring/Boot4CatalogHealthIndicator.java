package org.grille.spring;

import java.util.Objects;
import org.grille.api.Scorer;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The catalog's health on Spring Boot 4 ({@code org.springframework.boot.health.contributor}): UP with the live catalog's
 * id, version and fingerprint, the last reload's result and whether the last good copy is in use. A refused edit
 * leaves it UP, since the last good version still scores; alert on {@code grille.catalog.events} instead.
 */
public final class Boot4CatalogHealthIndicator implements HealthIndicator {

    private final Scorer scorer;
    private final CatalogStatus status;

    /**
     * The health of this scorer's catalog.
     *
     * @param scorer the scorer
     * @param status what happened to its catalog
     */
    public Boot4CatalogHealthIndicator(Scorer scorer, CatalogStatus status) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.status = Objects.requireNonNull(status, "status");
    }

    @Override
    public Health health() {
        return Health.up().withDetails(status.details(scorer)).build();
    }
}
