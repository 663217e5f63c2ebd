package org.grille.engine.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.grille.api.application.Application;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.PartnershipReport;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.grille.engine.fairness.Corpus;
import org.grille.engine.messages.Messages;
import org.grille.engine.scoring.DroolsScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 26: the partnership report is built in sessions of a slice of keys each, symmetric rules matched one way,
 * without a firing object or a suggestion per firing, and gives exactly what the old algorithm gave
 * ({@link OldAlgorithmReport}: the author's files compiled as they are, one session for the whole batch): the same
 * applications, the same suggestions in the same order, the same overlap clusters and rejections, on the bundled
 * catalog's rules and generated calls of up to 1 000 applications.
 */
@DisplayName("Partnership report: the faster one equals the one before, suggestion for suggestion")
class FasterReportTest {

    private static final Messages FRENCH = new Messages(Locale.CANADA_FRENCH);
    private static CompiledCatalog catalog;
    private static PartnershipFinder finder;
    private static final Path DIRECTORY = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");
    private static OldAlgorithmReport reference;

    @BeforeAll
    static void compile() {
        catalog = new CatalogCompiler(FRENCH).compileOrThrow(new DirectoryCatalogSource(DIRECTORY));
        finder = new DroolsScorer(catalog, FRENCH, 1_000).partnershipFinder();
        reference = new OldAlgorithmReport(catalog, DIRECTORY, FRENCH, finder);
    }

    private static void same(List<Application> batch) {
        PartnershipReport expected = reference.report(batch);
        PartnershipReport actual = finder.report(batch);
        assertThat(actual.catalog()).isEqualTo(expected.catalog());
        assertThat(actual.applications()).hasSameSizeAs(expected.applications());
        for (int i = 0; i < expected.applications().size(); i++) {
            ApplicationSuggestions want = expected.applications().get(i);
            ApplicationSuggestions got = actual.applications().get(i);
            assertThat(got.applicationId()).isEqualTo(want.applicationId());
            assertThat(got.suggestions()).as("suggestions of %s", want.applicationId()).containsExactlyElementsOf(want.suggestions());
        }
        assertThat(actual.overlaps()).isEqualTo(expected.overlaps());
        assertThat(actual.rejections()).isEqualTo(expected.rejections());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void a_call_of_a_thousand_applications() {
        List<Application> call = Corpus.generate(26, 1_000, catalog.manifest().objectiveIds());
        PartnershipReport report = finder.report(call);
        assertThat(report.applications().stream().mapToInt(a -> a.suggestions().size()).sum())
                .as("a dense call: many suggestions per application").isGreaterThan(10_000);
        assertThat(report.overlaps()).as("overlap clusters").isNotEmpty();
        same(call);
    }

    @Test
    void a_call_of_a_few_hundred_cut_in_uneven_slices() {
        // 317 applications: four sessions of keys, the last one short; many overlaps (Corpus has few boroughs)
        List<Application> call = Corpus.generate(317, 317, catalog.manifest().objectiveIds());
        assertThat(PartnershipFinder.slices(finder.facts(call).ids().keySet())).hasSize(4);
        assertThat(finder.report(call).overlaps()).isNotEmpty();
        same(call);
    }

    @Test
    void every_firing_both_ways_as_before() {
        List<Application> call = Corpus.generate(26, 300, catalog.manifest().objectiveIds());
        assertThat(finder.firings(call)).containsExactlyElementsOf(reference.firings(call));
    }

    @Test
    void the_same_call_in_another_order() {
        List<Application> call = new ArrayList<>(Corpus.generate(2_026, 1_000, catalog.manifest().objectiveIds()));
        Collections.shuffle(call, new Random(26));
        same(call);
    }

    @Test
    void small_batches_and_invalid_applications() {
        List<Application> corpus = Corpus.generate(7, 60, catalog.manifest().objectiveIds());
        for (int size : new int[] {0, 1, 2, 3, 47, 60}) {
            same(corpus.subList(0, size));
        }
        List<Application> withInvalid = new ArrayList<>(corpus.subList(0, 30));
        withInvalid.add(5, corpus.get(40).withId("INVALID id with spaces and far too long to be an id of this call".repeat(4)));
        withInvalid.add(null);
        same(withInvalid);
        assertThat(finder.report(withInvalid).rejections()).isNotEmpty();
    }
}
