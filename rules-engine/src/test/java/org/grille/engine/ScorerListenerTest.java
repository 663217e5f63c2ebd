package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.CatalogInfo;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.ScorerListener;
import org.grille.api.application.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an observer (a metrics binding) hears: every assessment with its time, every rejection, every reload. */
class ScorerListenerTest {

    @TempDir
    Path temp;

    static final class Recorder implements ScorerListener {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Duration> times = new CopyOnWriteArrayList<>();

        @Override
        public void assessed(Assessment assessment, Duration time) {
            events.add("assessed " + assessment.applicationId());
            times.add(time);
        }

        @Override
        public void applicationRejected(Rejection rejection) {
            events.add("rejected #" + rejection.index() + " " + rejection.applicationId());
        }

        @Override
        public void published(CatalogInfo previous, CatalogInfo current) {
            events.add("published");
        }
    }

    private static Application invalid(String id) {
        Application valid = Applications.valid(id);
        return new Application(valid.id(), valid.language(), valid.organization(), valid.project(), null,
                valid.partners(), valid.leadership());
    }

    @Test
    void every_assessment_is_timed_and_every_rejection_told_once() {
        Recorder recorder = new Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).listener(recorder).build()) {
            scorer.assess(Applications.valid("L-1"));
            BatchResult batch = scorer.assessAll(List.of(Applications.valid("L-2"), invalid("L-3"), Applications.valid("L-4")));
            assertThatThrownBy(() -> scorer.assess(invalid("L-5"))).isInstanceOf(InvalidApplicationException.class);

            assertThat(batch.rejections()).hasSize(1);
            assertThat(recorder.events).containsExactly("assessed L-1", "assessed L-2", "assessed L-4", "rejected #1 L-3",
                    "rejected #0 L-5");
            assertThat(recorder.times).allSatisfy(t -> assertThat(t).isPositive());
        }
    }

    @Test
    void a_listener_that_throws_never_changes_a_result() {
        ScorerListener failing = new ScorerListener() {
            @Override
            public void assessed(Assessment assessment, Duration time) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        try (Scorer scorer = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).listener(failing).build()) {
            assertThat(scorer.assess(Applications.valid("L-6")).total()).isEqualTo(40);
        }
    }

    @Test
    void reloads_reach_the_listener_as_well_as_the_watch_listener() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp);
        Recorder recorder = new Recorder();
        CatalogPublicationTest.Recorder watching = new CatalogPublicationTest.Recorder();
        try (Scorer scorer = Scorer.builder().catalogDirectory(catalog).watchCatalog(watching).listener(recorder).build()) {
            TestCatalogs.edit(catalog, "points.drl", "@points(8) @reason(\"fit.employers\")", "@points(4) @reason(\"fit.employers\")");
            scorer.reloadCatalog();

            assertThat(watching.next()).isEqualTo("published");
            assertThat(recorder.events).contains("published");
        }
    }
}
