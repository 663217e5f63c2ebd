package org.grille.engine.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Explanation;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.api.application.Objective;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;

/**
 * Finds, for an assessment, the points each criterion could still get from the scoring rules that did not fire,
 * under the same caps as {@link Tally}. A criterion other than objective fit gets
 * {@code min(maximum - obtained, points of its unfired rules)}. Objective fit is the best objective's sub-score plus
 * the second best's up to the secondary maximum, each sub-score capped at the best objective's maximum; that is the
 * best over every pair of objectives, so it grows with every sub-score and its open points are its value with every
 * unfired rule counted, minus what it has.
 */
final class Explainer {

    private final Manifest manifest;
    private final Map<Objective, Integer> declared = new HashMap<>();

    private Explainer(Manifest manifest) {
        this.manifest = manifest;
    }

    /**
     * The explanation of an assessment made by this catalog, in {@code locale}.
     *
     * @throws IllegalArgumentException when the assessment names a rule the catalog does not have
     */
    public static Explanation of(Assessment assessment, CompiledCatalog catalog, Locale locale) {
        Explainer explainer = new Explainer(catalog.manifest());
        Set<String> fired = new HashSet<>();
        for (Contribution c : assessment.contributions()) {
            fired.add(c.rule());
            if (c.objective() != null && c.criterion().equals(catalog.manifest().fitCriterion())) {
                explainer.declared.merge(c.objective(), c.points(), Integer::sum);
            }
        }
        Map<Criterion, List<RuleInfo>> unfired = new HashMap<>();
        for (RuleInfo rule : catalog.rules()) {
            if (rule.kind() == RuleKind.AWARD && !fired.contains(rule.name())) {
                unfired.computeIfAbsent(rule.criterion(), c -> new ArrayList<>()).add(rule);
            }
        }
        List<OpenPoints> criteria = new ArrayList<>();
        for (Manifest.CriterionEntry entry : catalog.manifest().criteria()) {
            Criterion criterion = entry.id();
            List<RuleInfo> rules = unfired.getOrDefault(criterion, List.of());
            int obtained = assessment.score(criterion);
            int maximum = entry.maximum();
            List<OpenRule> open = new ArrayList<>();
            for (RuleInfo rule : rules) {
                open.add(new OpenRule(rule.name(), rule.file(), rule.line(), rule.criterion(), rule.objective(),
                        rule.points(), explainer.addsAlone(rule, obtained, maximum), rule.reasonKey(),
                        catalog.reasons().text(rule.reasonKey(), locale), rule.title(locale)));
            }
            open.sort(Comparator.comparingInt(OpenRule::adds).reversed());
            criteria.add(new OpenPoints(criterion, obtained, maximum,
                    explainer.openPoints(criterion, rules, obtained, maximum), open));
        }
        return new Explanation(assessment.applicationId(), assessment.eligible(), assessment.fundable(),
                assessment.total(), catalog.manifest().fundableThreshold(), assessment.failedGates(), criteria);
    }

    /** What every unfired rule of the criterion would add together. */
    private int openPoints(Criterion criterion, List<RuleInfo> rules, int obtained, int maximum) {
        if (!criterion.equals(manifest.fitCriterion())) {
            return Math.min(Math.max(0, maximum - obtained), rules.stream().mapToInt(RuleInfo::points).sum());
        }
        Map<Objective, Integer> all = new HashMap<>(declared);
        rules.forEach(r -> all.merge(r.objective(), r.points(), Integer::sum));
        return Math.max(0, objectiveFit(all, maximum) - obtained);
    }

    /** What one unfired rule would add, the others staying as they are. */
    private int addsAlone(RuleInfo rule, int obtained, int maximum) {
        if (!rule.criterion().equals(manifest.fitCriterion())) {
            return Math.max(0, Math.min(maximum - obtained, rule.points()));
        }
        Map<Objective, Integer> with = new HashMap<>(declared);
        with.merge(rule.objective(), rule.points(), Integer::sum);
        return Math.max(0, Math.min(rule.points(), objectiveFit(with, maximum) - obtained));
    }

    /** Objective fit for the points each objective's rules declare, as {@link Tally} counts it. */
    int objectiveFit(Map<Objective, Integer> declaredPoints, int maximum) {
        int best = manifest.objectiveFit().bestObjectiveMax();
        int secondary = manifest.objectiveFit().secondaryObjectiveMax();
        int fit = 0;
        List<Objective> objectives = manifest.objectiveIds();
        for (Objective first : objectives) {
            fit = Math.max(fit, Math.min(best, declaredPoints.getOrDefault(first, 0)));
            for (Objective second : objectives) {
                if (!first.equals(second)) {
                    int a = Math.min(best, declaredPoints.getOrDefault(first, 0));
                    int b = Math.min(best, declaredPoints.getOrDefault(second, 0));
                    fit = Math.max(fit, a + Math.min(secondary, b));
                }
            }
        }
        return Math.min(maximum, fit);
    }
}
