package org.grille.spring;

import java.time.Duration;
import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;
import org.grille.api.Rejection;
import org.grille.api.ScorerListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every {@link ScorerListener} bean of the application (the starter's meters, health and events, and the
 * application's own), told as one. Not itself a {@code ScorerListener} bean, so that it never collects itself. One
 * listener that fails is logged and the others are still told.
 */
public final class GrilleListeners {

    private static final Logger LOG = LoggerFactory.getLogger(GrilleListeners.class);

    private final List<ScorerListener> listeners;
    private final ScorerListener combined = new Combined();

    /**
     * Combines the listeners.
     *
     * @param listeners in the order they are told
     */
    public GrilleListeners(List<ScorerListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * All the listeners as one, for {@code Scorer.Builder.listener}.
     *
     * @return the combined listener
     */
    public ScorerListener asListener() {
        return combined;
    }

    private void each(java.util.function.Consumer<ScorerListener> call) {
        for (ScorerListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("The scorer listener {} failed; the others are still told", listener.getClass().getName(), e);
            }
        }
    }

    private final class Combined implements ScorerListener {

        @Override
        public void assessed(Assessment assessment, Duration time) {
            each(l -> l.assessed(assessment, time));
        }

        @Override
        public void applicationRejected(Rejection rejection) {
            each(l -> l.applicationRejected(rejection));
        }

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
    }
}
