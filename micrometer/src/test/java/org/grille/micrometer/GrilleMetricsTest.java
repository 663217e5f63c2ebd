package org.grille.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grille.api.BatchResult;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.junit.jupiter.api.Test;

/** The bundled catalog on the 47 sample applications, measured through the binding. */
class GrilleMetricsTest {

    @Test
    void every_assessment_is_timed_by_outcome_and_rejections_are_counted() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        BatchResult result;
        try (Scorer scorer = Scorer.builder().listener(new GrilleMetrics(registry)).build();
             InputStream in = Files.newInputStream(Path.of("../examples/data/applications.json"))) {
            result = scorer.assessAll(JsonCodec.standard().readBatch(in));
        }

        long fundable = result.assessments().stream().filter(a -> a.eligible() && a.fundable()).count();
        long ineligible = result.assessments().stream().filter(a -> !a.eligible()).count();
        assertThat(registry.get("grille.assessments").tag("outcome", "fundable").timer().count()).isEqualTo(fundable);
        assertThat(registry.get("grille.assessments").tag("outcome", "ineligible").timer().count()).isEqualTo(ineligible);
        assertThat(registry.get("grille.assessments").timers().stream().mapToLong(t -> t.count()).sum())
                .isEqualTo(result.assessments().size());
        assertThat(registry.get("grille.assessments").tag("outcome", "fundable").timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isPositive();
        assertThat(registry.get("grille.rejections").counter().count()).isEqualTo(result.rejections().size());
        assertThat(registry.get("grille.catalog.events").counters()).hasSize(4);
    }
}
