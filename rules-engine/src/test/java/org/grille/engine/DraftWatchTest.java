package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.grille.api.CatalogValidation;
import org.grille.api.CatalogWatch;
import org.grille.api.Scorer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Watching a draft catalog directory (grille validate --watch)")
class DraftWatchTest {

    private static final String VERSION_A = "@points(8) @reason(\"fit.employers\")";
    private static final String VERSION_B = "@points(4) @reason(\"fit.employers\")";

    @TempDir
    Path temp;

    /**
     * Replaces points.drl in one rename, staged outside the catalog: one event, so no check can see a state between
     * two steps of the save (such a check is right, but would add a verdict the test does not expect).
     */
    private static void save(Path catalog, String pointsDrl) throws Exception {
        Path staged = catalog.resolveSibling(".points.drl.tmp");
        Files.writeString(staged, pointsDrl, StandardCharsets.UTF_8);
        Files.move(staged, catalog.resolve("points.drl"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static CatalogValidation next(BlockingQueue<CatalogValidation> verdicts) throws InterruptedException {
        CatalogValidation verdict = verdicts.poll(30, TimeUnit.SECONDS);
        assertThat(verdict).as("a verdict within 30 s").isNotNull();
        return verdict;
    }

    @Test
    void every_verdict_is_exactly_what_a_cold_validation_of_the_same_content_returns() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("draft"));
        String a = Files.readString(catalog.resolve("points.drl"));
        BlockingQueue<CatalogValidation> verdicts = new LinkedBlockingQueue<>();
        try (CatalogWatch watch = CatalogWatch.start(catalog, Locale.ENGLISH, verdicts::add)) {
            CatalogValidation first = next(verdicts);
            assertThat(first.valid()).isTrue();
            assertThat(first).isEqualTo(Scorer.validateCatalog(catalog, Locale.ENGLISH));

            save(catalog, a.replace("Partner()\n", "Partner(\n"));
            CatalogValidation broken = next(verdicts);
            assertThat(broken.valid()).isFalse();
            assertThat(broken).isEqualTo(Scorer.validateCatalog(catalog, Locale.ENGLISH));

            save(catalog, a.replace(VERSION_A, VERSION_B));
            CatalogValidation edited = next(verdicts);
            assertThat(edited).isEqualTo(Scorer.validateCatalog(catalog, Locale.ENGLISH)).isNotEqualTo(first);

            save(catalog, a); // back to a content already checked: the same verdict, from memory
            assertThat(next(verdicts)).isEqualTo(first);
        }
    }

    @Test
    void saves_made_during_a_check_are_checked_right_after_it_and_the_last_verdict_is_the_last_save() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("draft"));
        String a = Files.readString(catalog.resolve("points.drl"));
        BlockingQueue<CatalogValidation> verdicts = new LinkedBlockingQueue<>();
        BlockingQueue<Long> starts = new LinkedBlockingQueue<>();
        try (CatalogWatch watch = CatalogWatch.start(catalog, Locale.FRENCH, new CatalogWatch.Listener() {
            @Override
            public void checking() {
                starts.add(System.nanoTime());
            }

            @Override
            public void checked(CatalogValidation validation) {
                verdicts.add(validation);
            }
        })) {
            next(verdicts);
            save(catalog, a.replace("Partner()\n", "Partner(\n"));
            assertThat(starts.poll(30, TimeUnit.SECONDS)).isNotNull(); // the initial check
            assertThat(starts.poll(30, TimeUnit.SECONDS)).isNotNull(); // the broken save's check has started
            save(catalog, a.replace(VERSION_A, VERSION_B)); // during it, most likely
            CatalogValidation last = null;
            CatalogValidation verdict;
            while ((verdict = verdicts.poll(5, TimeUnit.SECONDS)) != null) {
                last = verdict;
            }
            assertThat(last).isNotNull().isEqualTo(Scorer.validateCatalog(catalog, Locale.FRENCH));
            assertThat(last.valid()).isTrue();
        }
    }

    @Test
    void a_closed_watch_reports_nothing_more() throws Exception {
        Path catalog = TestCatalogs.copy("mini", temp.resolve("draft"));
        BlockingQueue<CatalogValidation> verdicts = new LinkedBlockingQueue<>();
        CatalogWatch watch = CatalogWatch.start(catalog, Locale.ENGLISH, verdicts::add);
        next(verdicts);
        watch.close();

        save(catalog, Files.readString(catalog.resolve("points.drl")).replace(VERSION_A, VERSION_B));

        assertThat(verdicts.poll(3, TimeUnit.SECONDS)).isNull();
    }
}
