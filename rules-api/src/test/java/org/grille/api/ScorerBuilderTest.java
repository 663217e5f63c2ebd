package org.grille.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Scorer.Builder checks each setting at once")
class ScorerBuilderTest {

    @Test
    void a_language_other_than_french_or_english_is_refused_and_named() {
        assertThatThrownBy(() -> Scorer.builder().locale(Locale.GERMAN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("locale").hasMessageContaining("de");
    }

    @Test
    void a_firing_limit_below_one_is_refused() {
        assertThatThrownBy(() -> Scorer.builder().maxRuleFirings(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRuleFirings");
    }

    @Test
    void combinations_that_cannot_work_are_refused_at_build_naming_the_setting(@TempDir Path temp) {
        assertThatThrownBy(() -> Scorer.builder().lastGoodCopy(temp).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lastGoodCopy");
        assertThatThrownBy(() -> Scorer.builder().draftCatalog().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("draftCatalog");
        assertThatThrownBy(() -> Scorer.builder().watchCatalog(new CatalogListener() { }).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("watchCatalog");
    }

    @Test
    void a_catalog_directory_that_does_not_exist_is_refused(@TempDir Path temp) {
        assertThatThrownBy(() -> Scorer.builder().catalogDirectory(temp.resolve("absent")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("catalogDirectory");
    }
}
