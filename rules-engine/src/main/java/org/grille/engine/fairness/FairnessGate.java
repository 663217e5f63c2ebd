package org.grille.engine.fairness;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grille.api.Assessment;
import org.grille.api.AssessmentException;
import org.grille.api.CatalogProblem;
import org.grille.api.GrilleException;
import org.grille.api.application.Application;
import org.grille.engine.Messages;
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
        List<Variation> variations = Variation.of(catalog.manifest());
        Map<String, CatalogProblem> problems = new LinkedHashMap<>();
        int skipped = 0;
        int scored = 0;
        long assessed = 0;
        long started = System.nanoTime();
        for (Application application : Corpus.generate(CORPUS_SEED, CORPUS_SIZE)) {
            Traced base;
            long assessing = System.nanoTime();
            try {
                base = assess.apply(application);
                assessed += System.nanoTime() - assessing;
            } catch (AssessmentException e) {
                // A rule that fails on an ordinary application would fail in production: stop it here.
                RuleInfo rule = e.rule() == null ? null : catalog.rule(e.rule());
                problems.putIfAbsent("fails\u0000" + e.rule(), new CatalogProblem(CatalogProblem.Severity.ERROR,
                        rule == null ? null : rule.file(), rule == null ? 0 : rule.line(), 0, e.rule(), "GRILLE-RULE-FAILS",
                        messages.get("catalog.RULE-FAILS", application.id(), e.getMessage())));
                continue;
            } catch (GrilleException e) {
                continue;
            }
            List<Object> baseFacts = facts.apply(application);
            for (Variation variation : variations) {
                String original = variation.read().apply(application);
                for (String value : variation.values()) {
                    if (value.equals(original)) {
                        continue;
                    }
                    Application varied = variation.apply().apply(application, value);
                    if (baseFacts != null && baseFacts.equals(facts.apply(varied))) {
                        skipped++;
                        continue;
                    }
                    scored++;
                    Traced changed = tryAssess(assess, varied);
                    if (changed == null || sameOutcome(base, changed)) {
                        continue;
                    }
                    for (String ruleName : differingRules(base, changed)) {
                        String key = ruleName + "\u0000" + variation.attribute();
                        if (!problems.containsKey(key)) {
                            RuleInfo rule = catalog.rule(ruleName);
                            problems.put(key, new CatalogProblem(CatalogProblem.Severity.ERROR,
                                    rule == null ? null : rule.file(), rule == null ? 0 : rule.line(), 0, ruleName,
                                    "GRILLE-FAIRNESS-OUTCOME", messages.get("catalog.FAIRNESS-OUTCOME", variation.attribute(),
                                    application.id(), original, value, what(base.assessment(), changed.assessment()))));
                        }
                    }
                }
            }
        }
        LOG.debug("Fairness gate: {} variations re-scored, {} with the same facts as their original, in {} ms ({} ms assessing"
                + " the corpus)", scored, skipped, (System.nanoTime() - started) / 1_000_000, assessed / 1_000_000);
        return new ArrayList<>(problems.values());
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
