package org.grille.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.spi.ScorerProvider;
import org.grille.api.spi.ScorerSettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Finding the engine")
class EngineLocatorTest {

    @Test
    void without_an_engine_the_builder_fails_at_once_and_names_the_artifact_to_add() {
        // This module's test class path has no engine on purpose.
        assertThatThrownBy(() -> Scorer.builder().build())
                .isInstanceOf(EngineLookupException.class)
                .hasMessageContaining("org.grille:rules-engine");
    }

    @Test
    void the_message_is_for_the_developer_so_it_is_in_english_whatever_the_locale() {
        for (Locale locale : new Locale[] {Locale.CANADA_FRENCH, Locale.ENGLISH}) {
            assertThatThrownBy(() -> Scorer.builder().locale(locale).build())
                    .isInstanceOf(EngineLookupException.class)
                    .hasMessageStartingWith("No scoring engine found");
        }
    }

    @Test
    void the_json_codec_needs_the_engine_too() {
        assertThatThrownBy(JsonCodec::standard)
                .isInstanceOf(EngineLookupException.class)
                .hasMessageContaining("org.grille:rules-engine");
    }

    @Test
    void several_engines_are_refused_and_named(@TempDir Path temp) throws Exception {
        Path services = Files.createDirectories(temp.resolve("META-INF/services"));
        Files.writeString(services.resolve(ScorerProvider.class.getName()),
                FirstProvider.class.getName() + "\n" + SecondProvider.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, getClass().getClassLoader())) {

            assertThatThrownBy(() -> EngineLocator.provider(Locale.CANADA, loader))
                    .isInstanceOf(EngineLookupException.class)
                    .hasMessageContaining(FirstProvider.class.getName())
                    .hasMessageContaining(SecondProvider.class.getName());
        }
    }

    @Test
    void exactly_one_engine_is_used(@TempDir Path temp) throws Exception {
        Path services = Files.createDirectories(temp.resolve("META-INF/services"));
        Files.writeString(services.resolve(ScorerProvider.class.getName()), FirstProvider.class.getName() + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.toUri().toURL()}, getClass().getClassLoader())) {

            assertThat(EngineLocator.provider(Locale.CANADA, loader)).isInstanceOf(FirstProvider.class);
        }
    }

    /** A stand-in engine, only ever listed, never asked to score. */
    public static class FirstProvider implements ScorerProvider {
        @Override
        public Scorer create(ScorerSettings settings) {
            throw new UnsupportedOperationException("test stand-in");
        }

        @Override
        public CatalogValidation validate(Path catalogDirectory, Locale locale) {
            throw new UnsupportedOperationException("test stand-in");
        }

        @Override
        public JsonCodec jsonCodec(Locale locale, org.grille.api.JsonLimits limits) {
            throw new UnsupportedOperationException("test stand-in");
        }
    }

    /** A second stand-in engine. */
    public static class SecondProvider extends FirstProvider {
    }
}
