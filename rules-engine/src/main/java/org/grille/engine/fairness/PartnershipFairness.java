package org.grille.engine.fairness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grille.api.CatalogProblem;
import org.grille.api.application.Application;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.PartnershipRule;

/**
 * The fairness gate for partnership rules: on a corpus batch, varies every protected attribute and every proxy of one
 * application at a time and reports each partnership rule whose suggestions change with them. As in
 * {@link FairnessGate}, a variation whose batch facts equal the original's cannot change what fires (rules read
 * nothing but the facts), so it is not re-run; a projection that lets a protected value through makes the facts
 * differ, and that variation is re-run and compared.
 */
public final class PartnershipFairness {

    /** Applications in the corpus batch: enough for every rule of the bundled catalog to fire on some pair. */
    public static final int BATCH_SIZE = 60;

    private final Messages messages;

    public PartnershipFairness(Messages messages) {
        this.messages = messages;
    }

    /**
     * Problems, one per rule and attribute, with the rule's file and line and a reproducible example.
     *
     * @param firings what the partnership rules match in a batch, as comparable firings
     * @param ruleOf  the rule of a firing
     * @param facts   the facts a batch session would receive for these applications; compared for the one varied
     *                application alone, since each application's facts depend on nothing else in the batch
     * @param <F>     a firing
     */
    public <F> List<CatalogProblem> check(CompiledCatalog catalog, Function<List<Application>, Set<F>> firings,
                                          Function<F, String> ruleOf, Function<List<Application>, Object> facts) {
        if (catalog.partnerships().isEmpty()) {
            return List.of();
        }
        List<Application> batch = Corpus.generate(FairnessGate.CORPUS_SEED, BATCH_SIZE, catalog.manifest().objectiveIds());
        Set<F> base = firings.apply(batch);
        List<Object> ownFacts = new ArrayList<>(batch.size());
        batch.forEach(application -> ownFacts.add(facts.apply(List.of(application))));
        Map<String, CatalogProblem> problems = new LinkedHashMap<>();
        for (Variation variation : Variation.of(catalog.manifest())) {
            for (int index = 0; index < batch.size(); index++) {
                Application application = batch.get(index);
                String original = variation.read().apply(application);
                for (String value : variation.values()) {
                    if (value.equals(original)) {
                        continue;
                    }
                    Application changedOne = variation.apply().apply(application, value);
                    if (unchanged(application, changedOne, ownFacts.get(index), facts)) {
                        continue;
                    }
                    List<Application> varied = new ArrayList<>(batch);
                    varied.set(index, changedOne);
                    Set<F> changed = firings.apply(varied);
                    if (changed.equals(base)) {
                        continue;
                    }
                    Set<F> differ = new HashSet<>(base);
                    differ.addAll(changed);
                    Set<F> both = new HashSet<>(base);
                    both.retainAll(changed);
                    differ.removeAll(both);
                    for (F firing : differ) {
                        String ruleName = ruleOf.apply(firing);
                        String key = ruleName + "\u0000" + variation.attribute();
                        if (!problems.containsKey(key)) {
                            PartnershipRule rule = catalog.partnerships().rule(ruleName);
                            problems.put(key, new CatalogProblem(CatalogProblem.Severity.ERROR, rule == null ? null : rule.file(),
                                    rule == null ? 0 : rule.line(), 0, ruleName, "GRILLE-FAIRNESS-PARTNERSHIP",
                                    messages.get("catalog.FAIRNESS-PARTNERSHIP", variation.attribute(), application.id(),
                                            original, value)));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(problems.values());
    }

    /**
     * Whether the batch's facts stay the same when one application changes and keeps its id. A batch's facts are
     * each application's own facts under a key drawn from its id, so comparing that one application's facts alone
     * is exactly as strict as comparing the whole batch, without rebuilding sixty applications' facts per variation.
     */
    private static boolean unchanged(Application before, Application after, Object factsBefore,
                                     Function<List<Application>, Object> facts) {
        return before.id().equals(after.id()) && factsBefore.equals(facts.apply(List.of(after)));
    }
}
