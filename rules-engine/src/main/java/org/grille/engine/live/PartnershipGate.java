package org.grille.engine.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.PartnershipRule;
import org.grille.engine.catalog.RecentResults;
import org.grille.engine.fairness.Corpus;
import org.grille.engine.fairness.FairnessGate;
import org.grille.engine.fairness.PartnershipFairness;
import org.grille.engine.messages.Messages;
import org.grille.engine.partnerships.PartnershipFinder;

/**
 * What a catalog's partnership rules must pass before it goes live: no suggestion depends on a protected attribute
 * or a proxy ({@link PartnershipFairness}), and a rule marked {@code @symmetric} finds its pairs both ways.
 *
 * <p>Its verdict depends on the partnership rules, the manifest, the borough table and the language, never on the
 * scoring rules, and the check is deterministic (a fixed corpus batch, a firing count as its only limit). So the last
 * few verdicts are kept by exactly those inputs ({@link org.grille.engine.catalog.PartnershipRules#inputs()}): in
 * {@code validate --watch}, a save to a scoring rule file does not run the partnership rules again.
 */
final class PartnershipGate {

    /** A watch session goes back and forth between a few versions at most; each verdict is a short list. */
    private static final RecentResults<List<Object>, List<CatalogProblem>> VERDICTS = new RecentResults<>(4);

    private final Messages messages;

    PartnershipGate(Messages messages) {
        this.messages = messages;
    }

    /** The problems of the catalog's partnership rules, none when it has none. */
    List<CatalogProblem> check(CompiledCatalog catalog, PartnershipFinder partners) {
        if (catalog.partnerships().isEmpty()) {
            return List.of();
        }
        return VERDICTS.get(List.of(messages.locale(), catalog.partnerships().inputs()), () -> {
            List<CatalogProblem> found = new ArrayList<>(new PartnershipFairness(messages).check(catalog, partners::firings,
                    PartnershipFinder.Firing::rule, partners::facts));
            found.addAll(oneWaySymmetricRules(catalog, partners));
            return List.copyOf(found);
        });
    }

    /**
     * A rule marked {@code @symmetric} that, on the partnership gate's test batch, pairs A with B but not B with A. A
     * report matches each pair of a symmetric rule once (issue 26), so such a rule would lose the pairs it finds only
     * the other way: it is refused here, where the batch is small, instead of trusted.
     */
    private List<CatalogProblem> oneWaySymmetricRules(CompiledCatalog catalog, PartnershipFinder partners) {
        if (catalog.partnerships().rules().stream().noneMatch(PartnershipRule::symmetric)) {
            return List.of();
        }
        Set<PartnershipFinder.Firing> firings = partners.firings(partners.validOnly(Corpus.generate(
                FairnessGate.CORPUS_SEED, PartnershipFairness.BATCH_SIZE, catalog.manifest().objectiveIds())));
        Map<String, CatalogProblem> problems = new LinkedHashMap<>();
        for (PartnershipFinder.Firing firing : firings) {
            PartnershipRule rule = catalog.partnerships().rule(firing.rule());
            if (rule != null && rule.symmetric() && !problems.containsKey(rule.name())
                    && !firings.contains(new PartnershipFinder.Firing(firing.rule(), firing.second(), firing.first()))) {
                problems.put(rule.name(), new CatalogProblem(CatalogProblem.Severity.ERROR, rule.file(), rule.line(), 0,
                        rule.name(), "GRILLE-PARTNER-NOT-SYMMETRIC",
                        messages.get("catalog.PARTNER-NOT-SYMMETRIC", firing.first(), firing.second())));
            }
        }
        return new ArrayList<>(problems.values());
    }
}
