package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Organization;
import org.grille.api.diff.ApplicationChange;
import org.grille.api.diff.CatalogDiff;
import org.grille.api.diff.RuleChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two small catalogs with hand-checked differences. Old: mini with a fundable threshold of 40. New: the secondary
 * objective is worth 4 points instead of 8, and one year of activity is enough.
 * <pre>
 *            old                       new
 * VALID      40, rank 1, funded        39 (secondary bonus 5 → 4), rank 1 (tied), not fundable
 * ALONE      25, rank 2                24, rank 3
 * YOUNG      ineligible (1 year), 40   eligible, 39, rank 1 (tied)
 * </pre>
 */
@DisplayName("Comparing two catalog versions")
class CatalogDiffTest {

    @TempDir
    static Path temp;

    private static CatalogDiff diff;

    @BeforeAll
    static void compare() {
        Path old = TestCatalogs.copy("mini", temp.resolve("old"));
        TestCatalogs.edit(old, "manifest.json", "\"fundableThreshold\": 50", "\"fundableThreshold\": 40");
        Path now = TestCatalogs.copy("mini", temp.resolve("new"));
        TestCatalogs.edit(now, "manifest.json", "\"fundableThreshold\": 50", "\"fundableThreshold\": 40");
        TestCatalogs.edit(now, "manifest.json", "\"minimumYearsActive\": 2", "\"minimumYearsActive\": 1");
        TestCatalogs.edit(now, "points.drl", "@points(8) @reason(\"fit.employers\")", "@points(4) @reason(\"fit.employers\")");
        Application valid = Applications.valid("VALID");
        Application alone = new Application("ALONE", valid.language(), valid.organization(), valid.project(), valid.budget(),
                List.of(), null);
        Organization o = valid.organization();
        Application young = new Application("YOUNG", valid.language(), new Organization(o.name(), o.legalForm(),
                o.registryNumber(), o.inGoodStanding(), o.board(), o.lastAnnualGeneralMeeting(), 1, o.annualRevenue(),
                o.accumulatedDeficit(), o.lobbyistStatus(), o.borough(), o.projectsCompleted()), valid.project(),
                valid.budget(), valid.partners(), null);
        try (Scorer before = Scorer.builder().catalogDirectory(old).build();
             Scorer after = Scorer.builder().catalogDirectory(now).build()) {
            diff = CatalogDiff.compare(before, after, List.of(valid, alone, young));
        }
    }

    private static ApplicationChange change(String id) {
        return diff.changes().stream().filter(c -> c.applicationId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reports_totals_ranks_and_the_rule_that_moved_them() {
        ApplicationChange valid = change("VALID");

        assertThat(valid.totalBefore()).isEqualTo(40);
        assertThat(valid.totalAfter()).isEqualTo(39);
        assertThat(valid.rankBefore()).isEqualTo(1);
        assertThat(valid.rankAfter()).isEqualTo(1);
        assertThat(valid.ruleChanges()).containsExactly(new RuleChange("Employers claimed", 5, 4));
        assertThat(change("ALONE").rankBefore()).isEqualTo(2);
        assertThat(change("ALONE").rankAfter()).isEqualTo(3);
    }

    @Test
    void reports_threshold_crossings_and_funding_flips() {
        ApplicationChange valid = change("VALID");

        assertThat(valid.crossedThreshold()).isTrue();
        assertThat(valid.fundedBefore()).isTrue();
        assertThat(valid.fundedAfter()).isFalse();
        assertThat(diff.thresholdCrossings()).isEqualTo(1);
        assertThat(diff.fundingFlips()).isEqualTo(1);
    }

    @Test
    void reports_eligibility_flips_with_the_gate() {
        ApplicationChange young = change("YOUNG");

        assertThat(young.eligibilityFlipped()).isTrue();
        assertThat(young.eligibleBefore()).isFalse();
        assertThat(young.eligibleAfter()).isTrue();
        assertThat(young.gatesPassedNow()).containsExactly("ACTIVE_TWO_YEARS");
        assertThat(young.rankBefore()).isZero();
        assertThat(young.rankAfter()).isEqualTo(1);
        assertThat(diff.eligibilityFlips()).isEqualTo(1);
    }

    @Test
    void summarizes_what_changed_and_the_largest_moves() {
        assertThat(diff.changed()).hasSize(3);
        assertThat(diff.largestMoves(5)).extracting(ApplicationChange::applicationId).containsExactly("ALONE", "VALID", "YOUNG");
        assertThat(diff.before()).isNotEqualTo(diff.after());
        assertThat(diff.rejections()).isEmpty();
    }
}
