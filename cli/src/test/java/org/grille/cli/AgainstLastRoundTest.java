package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grille validate DIR --against FILE.json}: an edit that passes every check of the catalog, but whose rule picks
 * last round's women-led applicants by their exact annual revenue, is refused on last round's applications.
 */
class AgainstLastRoundTest {

    private static final String SAMPLES = Path.of("../examples/data/applications.json").toString();

    /** The exact revenues of eight eligible women-led organizations of the sample batch, and of no other applicant. */
    private static final String SINGLES_OUT_WOMEN = """

            rule "Revenu à vérifier"
                @gate(NOT_STARTED) @reason("gate.notStarted")
            when
                Organization( annualRevenue in (22000, 60000, 95000, 120000, 130000, 190000, 330000, 360000) )
            then
            end
            """;

    private static Path copyOfTheBundledCatalog(Path temp) throws Exception {
        return GrilleCliTest.PolicyStaff.copy(temp, "edited");
    }

    @Test
    void an_edit_that_singles_out_women_led_applicants_by_exact_figures_is_refused(@TempDir Path temp) throws Exception {
        Path edited = copyOfTheBundledCatalog(temp);
        Files.writeString(edited.resolve("eligibility.drl"), SINGLES_OUT_WOMEN, StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        GrilleCliTest.Run alone = GrilleCliTest.grille("validate", edited.toString(), "--lang", "en");
        GrilleCliTest.Run against = GrilleCliTest.grille("validate", edited.toString(), "--against", SAMPLES, "--lang", "en");

        assertThat(alone.exitCode()).as(alone.out()).isZero();
        assertThat(against.exitCode()).as(against.out()).isEqualTo(ValidateCommand.EXIT_INVALID);
        assertThat(against.out()).contains("GRILLE-EDIT-CHANGES-CONCENTRATED")
                .contains("leadership.gender = WOMAN: 8 of 20 applications change, against 0 of 27 for the others")
                .contains("Fisher");
    }

    @Test
    void an_unchanged_copy_is_fair_against_the_bundled_catalog(@TempDir Path temp) throws Exception {
        Path edited = copyOfTheBundledCatalog(temp);

        GrilleCliTest.Run run = GrilleCliTest.grille("validate", edited.toString(), "--against", SAMPLES, "--lang", "en");

        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("47 applications compared, 0 change score").contains("No protected group is affected");
    }

    @Test
    void a_missing_batch_or_live_folder_is_a_usage_error_before_anything_is_validated(@TempDir Path temp) throws Exception {
        Path edited = copyOfTheBundledCatalog(temp);

        GrilleCliTest.Run noBatch = GrilleCliTest.grille("validate", edited.toString(), "--against",
                temp.resolve("missing.json").toString(), "--lang", "en");
        GrilleCliTest.Run noLive = GrilleCliTest.grille("validate", edited.toString(), "--against", SAMPLES,
                "--live", temp.resolve("nowhere").toString(), "--lang", "en");

        assertThat(noBatch.exitCode()).isEqualTo(Grille.EXIT_USAGE);
        assertThat(noBatch.out() + noBatch.err()).contains("missing.json").doesNotContain("VALID").doesNotContain("Exception");
        assertThat(noLive.exitCode()).isEqualTo(Grille.EXIT_USAGE);
        assertThat(noLive.out() + noLive.err()).contains("nowhere").doesNotContain("VALID").doesNotContain("Exception");
    }
}
