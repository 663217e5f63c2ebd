package org.grille.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;
import org.grille.api.Rejection;
import org.grille.api.ScorerListener;
import org.grille.micrometer.GrilleMetrics;

/**
 * Grille's meters ({@link GrilleMetrics}: {@code grille.assessments}, {@code grille.rejections},
 * {@code grille.catalog.events}) in every registry Spring Boot binds it to. A {@link MeterBinder}, so that Spring Boot
 * binds it whichever registries the application has, on either Spring Boot line; until it is bound (the warm-up runs
 * before), nothing is recorded.
 */
public final class GrilleMeterBinder implements MeterBinder, ScorerListener {

    private final List<GrilleMetrics> bound = new CopyOnWriteArrayList<>();

    /** A binder with no registry yet. */
    public GrilleMeterBinder() {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        bound.add(new GrilleMetrics(registry));
    }

    @Override
    public void assessed(Assessment assessment, Duration time) {
        bound.forEach(m -> m.assessed(assessment, time));
    }

    @Override
    public void applicationRejected(Rejection rejection) {
        bound.forEach(m -> m.applicationRejected(rejection));
    }

    @Override
    public void published(CatalogInfo previous, CatalogInfo current) {
        bound.forEach(m -> m.published(previous, current));
    }

    @Override
    public void rejected(CatalogInfo live, CatalogValidation validation) {
        bound.forEach(m -> m.rejected(live, validation));
    }

    @Override
    public void unavailable(CatalogInfo live, String reason) {
        bound.forEach(m -> m.unavailable(live, reason));
    }

    @Override
    public void recovered(CatalogInfo live) {
        bound.forEach(m -> m.recovered(live));
    }
}
