package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.engine.PartnershipCatalogs.ENGLISH;
import static org.grille.engine.PartnershipCatalogs.RULES;
import static org.grille.engine.PartnershipCatalogs.withPartnerships;

import java.nio.file.Path;
import org.grille.api.CatalogValidation;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.catalog.RecentResults;
import org.grille.engine.live.CatalogValidator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A validation that reuses what earlier ones kept (parsed and checked files, printed files, KieBases, the partnership
 * gate's verdict, the fairness gate's plan) returns exactly what a cold one returns, after each kind of save staff make
 * in {@code validate --watch}: a scoring file, a partnership file, a comment, a mistake and its fix.
 */
@DisplayName("Validation with kept results equals a cold validation")
class KeptResultsTest {

    @TempDir
    Path temp;

    private static CatalogValidation validate(Path catalog) {
        return new CatalogValidator(ENGLISH).validate(new DirectoryCatalogSource(catalog), 1_000).validation();
    }

    /** Validates twice: with what the earlier validations kept, then with nothing kept. */
    private static void assertWarmEqualsCold(Path catalog) {
        CatalogValidation warm = validate(catalog);
        RecentResults.forgetAll();
        assertThat(warm).isEqualTo(validate(catalog));
    }

    @Test
    void after_each_kind_of_save() {
        Path catalog = withPartnerships(temp, RULES);
        validate(catalog);

        TestCatalogs.edit(catalog, "points.drl", "@points(8) @reason(\"fit.employers\")", "@points(4) @reason(\"fit.employers\")");
        assertWarmEqualsCold(catalog);

        TestCatalogs.append(catalog, "points.drl", "\n// a comment: nothing Drools compiles changes\n");
        assertWarmEqualsCold(catalog);

        TestCatalogs.edit(catalog, "points.drl", "\nrule \"Hiring is primary\"", "\n// a line above a rule moves it\nrule \"Hiring is primary\"");
        assertWarmEqualsCold(catalog);

        TestCatalogs.edit(catalog, "partnerships.drl", "@strength(3)", "@strength(2)");
        assertWarmEqualsCold(catalog);

        TestCatalogs.edit(catalog, "partnerships.drl", "\nrule \"Same objective", "\n// moved down a line\nrule \"Same objective");
        assertWarmEqualsCold(catalog);

        TestCatalogs.edit(catalog, "points.drl", "Partner()\n", "Partner(\n");
        CatalogValidation broken = validate(catalog);
        assertThat(broken.valid()).isFalse();
        assertWarmEqualsCold(catalog);

        TestCatalogs.edit(catalog, "points.drl", "Partner(\n", "Partner()\n");
        assertWarmEqualsCold(catalog);
        assertThat(validate(catalog).valid()).isTrue();
    }
}
