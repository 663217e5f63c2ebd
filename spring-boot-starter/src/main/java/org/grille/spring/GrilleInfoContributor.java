package org.grille.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.grille.api.Scorer;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Shows the live catalog under {@code grille} in the actuator's info endpoint: its id, version and fingerprint, the
 * last reload and whether the last good copy is in use, where the catalog comes from and whether it is watched.
 */
public final class GrilleInfoContributor implements InfoContributor {

    private final Scorer scorer;
    private final CatalogStatus status;
    private final GrilleProperties properties;

    /**
     * Info on this scorer's catalog.
     *
     * @param scorer     the scorer
     * @param status     what happened to its catalog
     * @param properties where the catalog comes from
     */
    public GrilleInfoContributor(Scorer scorer, CatalogStatus status, GrilleProperties properties) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.status = Objects.requireNonNull(status, "status");
        this.properties = Objects.requireNonNull(properties, "properties");
    }

    @Override
    public void contribute(Info.Builder builder) {
        Map<String, Object> catalog = new LinkedHashMap<>(status.details(scorer));
        GrilleProperties.Catalog settings = properties.getCatalog();
        catalog.put("source", settings.getDirectory() == null ? "bundled" : settings.getDirectory().toString());
        catalog.put("watch", settings.isWatch());
        builder.withDetail("grille", Map.of("catalog", catalog, "locale", properties.getLocale().toLanguageTag()));
    }
}
