package org.grille.engine;

import org.grille.engine.partnerships.PartnershipFinder;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.grille.api.application.AgeGroup;
import org.grille.api.application.Application;
import org.grille.api.application.Disclosure;
import org.grille.api.application.Gender;
import org.grille.api.application.Language;
import org.grille.api.application.Leadership;
import org.grille.api.partnership.PartnershipReport;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.PartnershipRule;
import org.grille.engine.fairness.Corpus;

/**
 * What policy staff and applicants rely on in partnership suggestions: they do not depend on the order of the batch,
 * a rule marked {@code @symmetric} pairs A with B exactly when it pairs B with A, and no protected attribute changes
 * anything. Batches come from the fairness corpus generator, so they are valid and varied.
 */
class PartnershipProperties {

    private static CompiledCatalog catalog;
    private static PartnershipFinder finder;

    @BeforeContainer
    static void compile() throws Exception {
        Path temp = Files.createTempDirectory("grille-partnerships");
        catalog = PartnershipCatalogs.compile(PartnershipCatalogs.withPartnerships(temp, PartnershipCatalogs.RULES));
        finder = PartnershipCatalogs.finder(catalog);
    }

    private static List<Application> batch(long seed, int size) {
        return Corpus.generate(seed, size, catalog.manifest().objectiveIds());
    }

    @Property(tries = 40)
    void suggestions_do_not_depend_on_the_order_of_the_batch(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size,
                                                              @ForAll Random random) {
        List<Application> batch = batch(seed, size);
        List<Application> shuffled = new ArrayList<>(batch);
        Collections.shuffle(shuffled, random);
        PartnershipReport original = finder.report(batch);
        PartnershipReport reordered = finder.report(shuffled);
        assertThat(reordered.applications()).isEqualTo(original.applications());
        assertThat(reordered.overlaps()).isEqualTo(original.overlaps());
    }

    @Property(tries = 40)
    void a_symmetric_rule_pairs_both_ways(@ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int size) {
        Set<PartnershipFinder.Firing> firings = finder.firings(batch(seed, size));
        for (PartnershipFinder.Firing firing : firings) {
            PartnershipRule rule = catalog.partnerships().rule(firing.rule());
            if (rule.symmetric()) {
                assertThat(firings).as("%s pairs %s with %s", firing.rule(), firing.first(), firing.second())
                        .contains(new PartnershipFinder.Firing(firing.rule(), firing.second(), firing.first()));
            }
        }
    }

    @Property(tries = 40)
    void no_protected_attribute_changes_any_suggestion(@ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int size,
                                                       @ForAll Gender gender, @ForAll Disclosure immigrant,
                                                       @ForAll Disclosure racialized, @ForAll AgeGroup age,
                                                       @ForAll Language language, @ForAll Random random) {
        List<Application> batch = batch(seed, size);
        List<Application> changed = batch.stream()
                .map(a -> random.nextBoolean() ? a.withLeadership(new Leadership(gender, immigrant, racialized, age)).withLanguage(language) : a)
                .collect(Collectors.toList());
        assertThat(finder.facts(changed)).isEqualTo(finder.facts(batch));
        assertThat(finder.report(changed).applications()).isEqualTo(finder.report(batch).applications());
    }
}
