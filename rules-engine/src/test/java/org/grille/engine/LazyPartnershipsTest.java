package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grille.engine.PartnershipCatalogs.ENGLISH;
import static org.grille.engine.PartnershipCatalogs.RULES;
import static org.grille.engine.PartnershipCatalogs.withPartnerships;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.catalog.PartnershipRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalog loaded from a precompiled model checks its partnership files on first use, with the same checker, once,
 * whatever the number of threads asking; a catalog from a directory still checks them when it is compiled.
 */
class LazyPartnershipsTest {

    @TempDir
    Path temp;

    /** The catalog's rules, built once from its directory, stand in for the precompiled model of the same bytes. */
    private static Compilation asPrecompiled(Path catalog, CompiledCatalog built) {
        return new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog),
                fingerprint -> Optional.of(new CatalogCompiler.Prebuilt(built.kieBase(), built.rules())));
    }

    @Test
    void checks_the_partnership_files_on_first_use_and_gives_the_same_rules_as_a_directory_compile() throws Exception {
        Path catalog = withPartnerships(temp, RULES);
        CompiledCatalog eager = PartnershipCatalogs.compile(catalog);

        CompiledCatalog lazy = asPrecompiled(catalog, eager).catalog();

        assertThat(lazy.precompiled()).isTrue();
        List<PartnershipRules> seen = onEightThreads(lazy::partnerships);
        assertThat(seen).allSatisfy(rules -> assertThat(rules).isSameAs(seen.get(0)));
        assertThat(seen.get(0).rules()).isEqualTo(eager.partnerships().rules());
        assertThat(seen.get(0).adjacency().of("LaSalle")).isEqualTo(eager.partnerships().adjacency().of("LaSalle"));
        assertThat(seen.get(0).kieBase().getKiePackages()).isNotEmpty();
    }

    @Test
    void a_broken_partnership_file_fails_at_first_use_with_the_checker_s_problems_every_time() throws Exception {
        Path catalog = withPartnerships(temp, RULES);
        CompiledCatalog built = PartnershipCatalogs.compile(catalog);
        // a scoring fact in a partnership file: the checker refuses it before Drools sees it
        String broken = RULES.replace("Submission( key == $kb, primaryObjective == $objective )",
                "Submission( key == $kb, primaryObjective == $objective )\n    Project( hasSummary == true )");
        PartnershipCatalogs.write(catalog, "partnerships.drl", broken);
        List<CatalogProblem> eagerProblems = new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog))
                .problems().stream().filter(p -> p.severity() == CatalogProblem.Severity.ERROR).toList();
        assertThat(eagerProblems).as("a directory catalog still reports it when compiled")
                .extracting(CatalogProblem::code).contains("GRILLE-DRL-UNKNOWN-TYPE");

        Compilation lazy = asPrecompiled(catalog, built);

        assertThat(lazy.succeeded()).isTrue();
        List<Object> failures = onEightThreads(() -> {
            try {
                return lazy.catalog().partnerships();
            } catch (CatalogException e) {
                return e;
            }
        });
        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure).isInstanceOf(CatalogException.class);
            assertThat(((CatalogException) failure).getMessage()).contains("partnership files").contains("jar");
            assertThat(((CatalogException) failure).problems()).isEqualTo(eagerProblems);
        });
        assertThatThrownBy(() -> lazy.catalog().partnerships()).isInstanceOf(CatalogException.class);
    }

    private static <T> List<T> onEightThreads(Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<T>> futures = pool.invokeAll(java.util.Collections.nCopies(8, task));
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
