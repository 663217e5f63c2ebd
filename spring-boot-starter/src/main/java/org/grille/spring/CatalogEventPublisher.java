package org.grille.spring;

import java.util.Objects;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;
import org.grille.api.ScorerListener;
import org.springframework.context.ApplicationEventPublisher;

/** Publishes each catalog event of the scorer as a {@link GrilleCatalogEvent} application event. */
public final class CatalogEventPublisher implements ScorerListener {

    private final ApplicationEventPublisher publisher;

    /**
     * A publisher into this application context.
     *
     * @param publisher the context's event publisher
     */
    public CatalogEventPublisher(ApplicationEventPublisher publisher) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
    }

    @Override
    public void published(CatalogInfo previous, CatalogInfo current) {
        publisher.publishEvent(new GrilleCatalogEvent.Published(previous, current));
    }

    @Override
    public void rejected(CatalogInfo live, CatalogValidation validation) {
        publisher.publishEvent(new GrilleCatalogEvent.Rejected(live, validation));
    }

    @Override
    public void unavailable(CatalogInfo live, String reason) {
        publisher.publishEvent(new GrilleCatalogEvent.Unavailable(live, reason));
    }

    @Override
    public void recovered(CatalogInfo live) {
        publisher.publishEvent(new GrilleCatalogEvent.Recovered(live));
    }
}
