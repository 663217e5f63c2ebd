package org.grille.engine.fairness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grille.api.application.Objective;
import org.grille.api.Assessment;
import org.grille.api.AssessmentException;
import org.grille.api.CatalogProblem;
import org.grille.api.GrilleException;
import org.grille.api.application.Application;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.RecentResults;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.RuleInfo;

/**
 * Re-scores a fixed corpus with every value of every protected attribute (and of every proxy the manifest
 * lists) and reports each rule whose firing changes with them. A rule that fails on an application of the corpus
 * (a consequence that throws, a rule that keeps re-triggering itself) is reported too. It catches what reading the rule text cannot:
 * a rule that reaches a protected attribute through a derived fact, a proxy field, or a method that reads the
 * whole application.
 */
public final class FairnessGate {

    /** The corpus: fixed, so a verdict is the same on every machine. */
    public static final long CORPUS_SEED = 2027_01_29L;
    public static final int CORPUS_SIZE = 150;

    private final Messages messages;

    public FairnessGate(Messages messages) {
        this.messages = messages;
    }

    /**
     * Problems, one per rule and attribute, each with the rule's file and line and a reproducible example.
     *
     * @param assess how the catalog assesses one application
     */
    public List<CatalogProblem> check(CompiledCatalog catalog, Function<Application, Traced> assess) {
        return check(catalog, assess, application -> null);
    }

    /**
     * The same check, skipping the session for a variation whose facts equal the original's. Rules read nothing but
     * the facts and nothing in the rule grammar reads a clock, a random number or the outside world, so the same
     * facts in the same order give the same firings: the verdict is exactly the one a full re-score would give, at
     * the cost of a projection instead of a session. A projection that lets a protected value through makes the
     * facts differ, and that variation is scored as before.
     *
     * @param facts the facts a session would receive for an application, or null to always re-score
     */
    public List<CatalogProblem> check(CompiledCatalog catalog, Function<Application, Traced> assess,
                                      Function<Application, List<Object>> facts) {
        return check(catalog, assess, facts, null);
    }

    /**
     * The same check, with the list of variations to score kept from an earlier check with the same projection and
     * variations. Which variations change the facts depends on the projection, the call terms and the manifest's
     * attributes, never on the rules, so a watch session that edits rules projects the corpus once.
     *
     * @param projection what identifies {@code facts}: equal values project alike (the projection function itself and
     *                   the call terms it reads), or null to project again
     */
    public List<CatalogProblem> check(CompiledCatalog catalog, Function<Application, Traced> assess,
                                      Function<Application, List<Object>> facts, Object projection) {
        long started = System.nanoTime();
        List<Objective> objectives = catalog.manifest().objectiveIds();
        Plan plan = projection == null || facts == null ? Plan.of(Variation.of(catalog.manifest()), facts, objectives)
                : PLANS.get(List.of(projection, catalog.manifest().protectedAttributes(), catalog.manifest().proxyAttributes(),
                                objectives),
                        () -> Plan.of(Variation.of(catalog.manifest()), facts, objectives));
        Map<String, CatalogProblem> problems = new LinkedHashMap<>();
        long assessed = 0;
        for (Plan.Entry entry : plan.entries()) {
            Application application = entry.application();
            Traced base;
            long assessing = System.nanoTime();
            try {
                base = assess.apply(application);
                assessed += System.nanoTime() - assessing;
            } catch (AssessmentException e) {
                if (e.getCause() instanceof java.util.concurrent.TimeoutException) {
                    // The catalog is within its cost bound, so only a slow or busy machine gets here: say so, blame no rule.
                    problems.putIfAbsent("slow", new CatalogProblem(CatalogProblem.Severity.WARNING, null, 0, 0, null,
                            "GRILLE-CATALOG-MACHINE-TOO-SLOW", messages.get("catalog.CATALOG-MACHINE-TOO-SLOW", application.id())));
                    continue;
                }
                // A rule that fails on an ordinary application would fail in production: stop it here.
                RuleInfo rule = e.rule() == null ? null : catalog.rule(e.rule());
                problems.putIfAbsent("fails\u0000" + e.rule(), new CatalogProblem(CatalogProblem.Severity.ERROR,
                        rule == null ? null : rule.file(), rule == null ? 0 : rule.line(), 0, e.rule(), "GRILLE-RULE-FAILS",
                        messages.get("catalog.RULE-FAILS", application.id(), e.getMessage())));
                continue;
            } catch (GrilleException e) {
                continue;
            }
            for (Plan.Varied varied : entry.toScore()) {
                Traced changed = tryAssess(assess, varied.application());
                if (changed == null || sameOutcome(base, changed)) {
                    continue;
                }
                for (String ruleName : differingRules(base, changed)) {
                    String key = ruleName + "\u0000" + varied.variation().attribute();
                    if (!problems.containsKey(key)) {
                        RuleInfo rule = catalog.rule(ruleName);
                        problems.put(key, new CatalogProblem(CatalogProblem.Severity.ERROR,
                                rule == null ? null : rule.file(), rule == null ? 0 : rule.line(), 0, ruleName,
                                "GRILLE-FAIRNESS-OUTCOME", messages.get("catalog.FAIRNESS-OUTCOME", varied.variation().attribute(),
                                application.id(), varied.original(), varied.value(), what(base.assessment(), changed.assessment()))));
                    }
                }
            }
        }
        LOG.debug("Fairness gate: {} variations re-scored, {} with the same facts as their original, in {} ms ({} ms assessing"
                + " the corpus)", plan.scored(), plan.skipped(), (System.nanoTime() - started) / 1_000_000, assessed / 1_000_000);
        return new ArrayList<>(problems.values());
    }

    /** Lately made plans, by projection and variations. */
    private static final RecentResults<List<Object>, Plan> PLANS = new RecentResults<>(4);

    /**
     * The corpus and, for each application, the variations to score: those whose facts differ from the original's
     * (all of them when there is no projection to compare).
     */
    private record Plan(List<Entry> entries, int scored, int skipped) {

        record Entry(Application application, List<Varied> toScore) {
        }

        record Varied(Variation variation, String original, String value, Application application) {
        }

        static Plan of(List<Variation> variations, Function<Application, List<Object>> facts, List<Objective> objectives) {
            List<Entry> entries = new ArrayList<>();
            int scored = 0;
            int skipped = 0;
            for (Application application : Corpus.generate(CORPUS_SEED, CORPUS_SIZE, objectives)) {
                List<Object> baseFacts = facts == null ? null : facts.apply(application);
                List<Varied> toScore = new ArrayList<>();
                for (Variation variation : variations) {
                    String original = variation.read().apply(application);
                    for (String value : variation.values()) {
                        if (value.equals(original)) {
                            continue;
                        }
                        Application varied = variation.apply().apply(application, value);
                        if (baseFacts != null && baseFacts.equals(facts.apply(varied))) {
                            skipped++;
                        } else {
                            scored++;
                            toScore.add(new Varied(variation, original, value, varied));
                        }
                    }
                }
                entries.add(new Entry(application, List.copyOf(toScore)));
            }
            return new Plan(List.copyOf(entries), scored, skipped);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FairnessGate.class);

    private static Traced tryAssess(Function<Application, Traced> assess, Application application) {
        try {
            return assess.apply(application);
        } catch (GrilleException e) {
            return null;
        }
    }

    static boolean sameOutcome(Traced first, Traced second) {
        Assessment a = first.assessment();
        Assessment b = second.assessment();
        return a.eligible() == b.eligible() && a.total() == b.total()
                && a.criterionScores().equals(b.criterionScores()) && a.objectiveScores().equals(b.objectiveScores())
                && first.rulesFired().equals(second.rulesFired());
    }

    /** Rules that fired for one and not the other, derivations included: the culprit and what it caused. */
    private static Set<String> differingRules(Traced a, Traced b) {
        Set<String> first = a.rulesFired();
        Set<String> second = b.rulesFired();
        Set<String> differ = new java.util.TreeSet<>(first);
        differ.addAll(second);
        Set<String> both = new HashSet<>(first);
        both.retainAll(second);
        differ.removeAll(both);
        return differ;
    }

    private String what(Assessment base, Assessment changed) {
        if (base.eligible() != changed.eligible()) {
            return messages.get("fairness.changes.eligibility");
        }
        if (base.total() != changed.total()) {
            return messages.get("fairness.changes.score", base.total(), changed.total());
        }
        return messages.get("fairness.changes.rules");
    }

}
