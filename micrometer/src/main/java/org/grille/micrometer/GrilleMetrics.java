package org.grille.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.CatalogValidation;
import org.grille.api.Rejection;
import org.grille.api.ScorerListener;

/**
 * Grille's {@link ScorerListener} as Micrometer meters:
 * <ul>
 *   <li>{@code grille.assessments} (timer): the time of each assessment, tagged {@code outcome} = {@code fundable},
 *       {@code below-threshold} or {@code ineligible};</li>
 *   <li>{@code grille.rejections} (counter): applications that could not be assessed;</li>
 *   <li>{@code grille.catalog.events} (counter): catalog reloads, tagged {@code event} = {@code published},
 *       {@code rejected}, {@code unavailable} or {@code recovered}: alert on {@code rejected} and
 *       {@code unavailable}, clear on {@code published} and {@code recovered}.</li>
 * </ul>
 *
 * <pre>{@code
 * Scorer scorer = Scorer.builder().listener(new GrilleMetrics(registry)).build();
 * }</pre>
 *
 * No tag carries an application id or a catalog fingerprint, so the number of series stays fixed.
 */
public final class GrilleMetrics implements ScorerListener {

    private final Timer fundable;
    private final Timer belowThreshold;
    private final Timer ineligible;
    private final Counter rejections;
    private final Counter published;
    private final Counter rejected;
    private final Counter unavailable;
    private final Counter recovered;

    /**
     * Registers the meters.
     *
     * @param registry where to register them
     */
    public GrilleMetrics(MeterRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        fundable = timer(registry, "fundable");
        belowThreshold = timer(registry, "below-threshold");
        ineligible = timer(registry, "ineligible");
        rejections = Counter.builder("grille.rejections")
                .description("Applications that could not be assessed: unreadable, invalid, or a rule failed")
                .register(registry);
        published = event(registry, "published");
        rejected = event(registry, "rejected");
        unavailable = event(registry, "unavailable");
        recovered = event(registry, "recovered");
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder("grille.assessments").description("Time to assess one application")
                .tag("outcome", outcome).register(registry);
    }

    private static Counter event(MeterRegistry registry, String event) {
        return Counter.builder("grille.catalog.events").description("What happened to a watched catalog directory")
                .tag("event", event).register(registry);
    }

    @Override
    public void assessed(Assessment assessment, Duration time) {
        Timer timer = !assessment.eligible() ? ineligible : assessment.fundable() ? fundable : belowThreshold;
        timer.record(time);
    }

    @Override
    public void applicationRejected(Rejection rejection) {
        rejections.increment();
    }

    @Override
    public void published(CatalogInfo previous, CatalogInfo current) {
        published.increment();
    }

    @Override
    public void rejected(CatalogInfo live, CatalogValidation validation) {
        rejected.increment();
    }

    @Override
    public void unavailable(CatalogInfo live, String reason) {
        unavailable.increment();
    }

    @Override
    public void recovered(CatalogInfo live) {
        recovered.increment();
    }
}
