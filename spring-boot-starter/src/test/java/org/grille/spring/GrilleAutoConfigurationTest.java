package org.grille.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.grille.api.Assessment;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;
import org.grille.api.Scorer;
import org.grille.api.ScorerListener;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Conditions, property binding and bean overriding of the starter's core, without a web server. */
class GrilleAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(GrilleAutoConfiguration.class, GrilleWebMvcAutoConfiguration.class,
                    GrilleMetricsAutoConfiguration.class, GrilleActuatorAutoConfiguration.class));

    @Test
    void builds_a_french_scorer_of_the_bundled_catalog_and_warms_it_up_before_the_context_is_ready() {
        runner.withUserConfiguration(CountingListener.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Scorer.class).hasSingleBean(JsonCodec.class)
                    .hasSingleBean(GrilleWarmUp.class).hasSingleBean(Boot3CatalogHealthIndicator.class)
                    .hasSingleBean(GrilleInfoContributor.class);
            // Not a web application: no converter, no problem details.
            assertThat(context).doesNotHaveBean(GrilleHttpMessageConverter.class).doesNotHaveBean(GrilleProblemDetails.class);
            assertThat(context.getBean(Scorer.class).catalog().id()).isEqualTo("montreal-inclusive");
            assertThat(context.getBean(CountingListener.class).assessed.get()).as("the warm-up, before the context is ready")
                    .isEqualTo(1);
            assertThat(context.getBean(GrilleWarmUp.class).assessment().eligible()).isTrue();
            assertThatThrownBy(() -> context.getBean(JsonCodec.class).readApplication("{\"titel\": 1}"))
                    .isInstanceOf(InvalidApplicationException.class).hasMessageContaining("Champ inconnu");
        });
    }

    @Test
    void binds_language_limits_and_warm_up_from_properties() {
        runner.withPropertyValues("grille.locale=en", "grille.json.max-string-length=5", "grille.warm-up.enabled=false",
                "grille.max-rule-firings=500").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(GrilleWarmUp.class);
            GrilleProperties properties = context.getBean(GrilleProperties.class);
            assertThat(properties.getLocale()).isEqualTo(Locale.ENGLISH);
            assertThat(properties.getMaxRuleFirings()).isEqualTo(500);
            assertThatThrownBy(() -> context.getBean(JsonCodec.class).readApplication("{\"id\": \"TOO-LONG-AN-ID\"}"))
                    .isInstanceOf(InvalidApplicationException.class)
                    .satisfies(e -> assertThat(((InvalidApplicationException) e).violations().get(0).path()).isEqualTo("$.id"))
                    .hasMessageNotContaining("Champ");
        });
    }

    @Test
    void the_defaults_in_the_metadata_are_those_of_the_api() {
        GrilleProperties properties = new GrilleProperties();
        assertThat(properties.getJson().limits()).isEqualTo(JsonLimits.DEFAULTS);
        assertThat(properties.getMaxRuleFirings()).isEqualTo(Scorer.Builder.DEFAULT_MAX_RULE_FIRINGS);
        assertThat(properties.getCatalog().isWatch()).as("no thread unless asked").isFalse();
    }

    @Test
    void refuses_wrong_settings_at_start_with_the_property_named() {
        runner.withPropertyValues("grille.locale=de").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("locale"));
        runner.withPropertyValues("grille.catalog.watch=true").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("catalog.watch"));
        runner.withPropertyValues("grille.json.max-nesting-depth=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("json"));
        runner.withPropertyValues("grille.catalog.directory=/no/such/catalog").run(context -> assertThat(context)
                .hasFailed().getFailure().rootCause().hasMessageContaining("catalog.directory"));
    }

    @Test
    void steps_aside_for_the_applications_own_scorer_and_codec() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(Scorer.class)).isSameAs(context.getBean(OwnBeans.class).scorer);
            assertThat(context.getBean(JsonCodec.class)).isSameAs(context.getBean(OwnBeans.class).codec);
        });
    }

    @Test
    void stays_out_when_grille_is_not_on_the_class_path() {
        runner.withClassLoader(new FilteredClassLoader(Scorer.class)).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(GrilleCodecs.class).doesNotHaveBean(Scorer.class));
    }

    @Test
    void binds_the_meters_to_the_applications_registry() {
        runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class)).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(GrilleMeterBinder.class);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            Scorer scorer = context.getBean(Scorer.class);
            JsonCodec codec = context.getBean(JsonCodec.class);
            long before = registry.get("grille.assessments").timers().stream().mapToLong(t -> t.count()).sum();
            Assessment assessment = scorer.assess(codec.readApplication(Samples.strongApplication()));
            String outcome = !assessment.eligible() ? "ineligible" : assessment.fundable() ? "fundable" : "below-threshold";
            assertThat(registry.get("grille.assessments").timers().stream().mapToLong(t -> t.count()).sum()).isEqualTo(before + 1);
            assertThat(registry.get("grille.assessments").tag("outcome", outcome).timer().count()).isPositive();
            assertThat(registry.get("grille.rejections").counter().count()).isZero();
            assertThat(registry.get("grille.catalog.events").counters()).hasSize(4);
        });
    }

    @Test
    void without_micrometer_there_is_no_binder_and_the_scorer_still_works() {
        runner.withClassLoader(new FilteredClassLoader("io.micrometer")).run(context ->
                assertThat(context).hasNotFailed().doesNotHaveBean(GrilleMeterBinder.class).hasSingleBean(Scorer.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class CountingListener implements ScorerListener {
        final AtomicInteger assessed = new AtomicInteger();

        @Override
        public void assessed(Assessment assessment, Duration time) {
            assessed.incrementAndGet();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        final Scorer scorer = Scorer.builder().locale(Locale.ENGLISH).build();
        final JsonCodec codec = JsonCodec.standard(Locale.ENGLISH);

        @Bean
        Scorer ownScorer() {
            return scorer;
        }

        @Bean
        JsonCodec ownCodec() {
            return codec;
        }
    }
}
