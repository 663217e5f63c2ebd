package org.grille.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.grille.api.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The health indicator, the info contributor and the application events, fed by a catalog directory's reloads. */
class CatalogHealthTest {

    @TempDir
    Path temp;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GrilleAutoConfiguration.class, GrilleActuatorAutoConfiguration.class))
            .withPropertyValues("grille.warm-up.enabled=false");

    @Test
    void the_bundled_catalog_is_up_with_its_version_and_fingerprint() {
        runner.run(context -> {
            Scorer scorer = context.getBean(Scorer.class);
            Health health = context.getBean("grilleHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("id", "montreal-inclusive")
                    .containsEntry("version", scorer.catalog().version())
                    .containsEntry("fingerprint", scorer.catalog().fingerprint())
                    .containsEntry("lastReload", "none").containsEntry("lastGoodCopyInUse", false);
            Info.Builder info = new Info.Builder();
            context.getBean(InfoContributor.class).contribute(info);
            assertThat(info.build().getDetails()).containsKey("grille");
            assertThat(info.build().getDetails().get("grille").toString()).contains("source=bundled", "watch=false");
        });
    }

    @Test
    void a_reload_shows_in_health_and_as_application_events() throws IOException {
        Path catalog = copyBundledCatalog(temp.resolve("catalog"));
        runner.withUserConfiguration(Events.class).withPropertyValues("grille.catalog.directory=" + catalog).run(context -> {
            Scorer scorer = context.getBean(Scorer.class);
            HealthIndicator indicator = context.getBean("grilleHealthIndicator", HealthIndicator.class);
            List<GrilleCatalogEvent> events = context.getBean(Events.class).received;

            edit(catalog.resolve("manifest.json"), "\"version\": \"2027.1\"", "\"version\": \"2027.2\"");
            assertThat(scorer.reloadCatalog().valid()).isTrue();
            assertThat(indicator.health().getDetails()).containsEntry("version", "2027.2").containsEntry("lastReload", "published");
            assertThat(events).hasSize(1).first().isInstanceOfSatisfying(GrilleCatalogEvent.Published.class,
                    e -> assertThat(e.live().version()).isEqualTo("2027.2"));

            Files.writeString(catalog.resolve("eligibility.drl"), "rule \"broken\" when then");
            assertThat(scorer.reloadCatalog().valid()).isFalse();
            Map<String, Object> details = indicator.health().getDetails();
            assertThat(indicator.health().getStatus()).as("the last good version still scores").isEqualTo(Status.UP);
            assertThat(details).containsEntry("version", "2027.2").containsEntry("lastReload", "rejected")
                    .containsEntry("lastGoodCopyInUse", false).containsKey("lastReloadProblem");
            assertThat(details.get("lastReloadProblem").toString()).contains("eligibility.drl");
            assertThat(events).hasSize(2).last().isInstanceOf(GrilleCatalogEvent.Rejected.class);
        });
    }

    @Test
    void a_broken_directory_at_start_runs_on_the_last_good_copy_and_says_so() throws IOException {
        Path catalog = copyBundledCatalog(temp.resolve("catalog"));
        Path copy = temp.resolve("last-good");
        ApplicationContextRunner withCopy = runner.withPropertyValues("grille.catalog.directory=" + catalog,
                "grille.catalog.last-good-copy=" + copy);
        withCopy.run(context -> assertThat(context).hasNotFailed());
        assertThat(copy.resolve("manifest.json")).exists();

        Files.writeString(catalog.resolve("eligibility.drl"), "rule \"broken\" when then");
        withCopy.run(context -> {
            assertThat(context).hasNotFailed();
            Map<String, Object> details = context.getBean("grilleHealthIndicator", HealthIndicator.class).health().getDetails();
            assertThat(details).containsEntry("lastGoodCopyInUse", true).containsEntry("lastReload", "rejected")
                    .containsEntry("version", "2027.1");
        });
    }

    @Test
    void management_health_grille_enabled_false_removes_the_indicator() {
        runner.withPropertyValues("management.health.grille.enabled=false", "management.info.grille.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("grilleHealthIndicator")
                        .doesNotHaveBean(GrilleInfoContributor.class));
    }

    private static Path copyBundledCatalog(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(Samples.BUNDLED_CATALOG)) {
            for (Path source : files.toList()) {
                Path to = target.resolve(Samples.BUNDLED_CATALOG.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(source, to);
                }
            }
        }
        return target;
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    @Configuration(proxyBeanMethods = false)
    static class Events {
        final List<GrilleCatalogEvent> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(GrilleCatalogEvent event) {
            received.add(event);
        }
    }
}
