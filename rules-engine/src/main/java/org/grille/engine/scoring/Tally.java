package org.grille.engine.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.GateFailure;
import org.grille.api.application.Objective;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;

/**
 * Turns the rules that fired into an {@link Assessment}, applying the manifest's caps. Contributions are
 * counted in catalog order until their bucket is full, so every point of the total is attributed to one rule:
 *
 * <ul>
 *   <li>each criterion other than objective fit is capped at its maximum;</li>
 *   <li>each objective's sub-score is capped at {@code bestObjectiveMax};</li>
 *   <li>objective fit counts the best objective's points (up to {@code bestObjectiveMax}) and the second
 *       best's (up to {@code secondaryObjectiveMax}). Ties go to the primary objective, then to the manifest's order
 *       of objectives, which depends only on the project and the catalog.</li>
 * </ul>
 */
public final class Tally {

    private Tally() {
    }

    /** The assessment for the rules that fired (gates and awards, each once), in the scorer's language. */
    public static Assessment of(String applicationId, Objective primary, Iterable<RuleInfo> firedRules,
                         CompiledCatalog catalog, Locale locale) {
        Manifest manifest = catalog.manifest();
        List<RuleInfo> gates = new ArrayList<>();
        List<RuleInfo> awards = new ArrayList<>();
        for (RuleInfo rule : firedRules) {
            (rule.kind() == RuleKind.GATE ? gates : awards).add(rule);
        }
        gates.sort(Comparator.comparingInt(RuleInfo::order));
        awards.sort(Comparator.comparingInt(RuleInfo::order));

        Criterion fit = manifest.fitCriterion();
        Map<Objective, Integer> objectiveScores = objectiveScores(awards, manifest, fit);
        List<Objective> ranked = rank(objectiveScores, primary);
        Map<Objective, Integer> objectiveRoom = new HashMap<>();
        for (Objective objective : ranked) {
            objectiveRoom.put(objective, 0);
        }
        objectiveRoom.put(ranked.get(0), manifest.objectiveFit().bestObjectiveMax());
        if (ranked.size() > 1) {
            objectiveRoom.put(ranked.get(1), manifest.objectiveFit().secondaryObjectiveMax());
        }

        Map<Criterion, Integer> criterionRoom = new HashMap<>();
        Map<Criterion, Integer> criterionScores = new LinkedHashMap<>();
        for (Manifest.CriterionEntry criterion : manifest.criteria()) {
            criterionRoom.put(criterion.id(), criterion.maximum());
            criterionScores.put(criterion.id(), 0);
        }
        List<Contribution> contributions = new ArrayList<>(awards.size());
        for (RuleInfo award : awards) {
            boolean fits = award.criterion().equals(fit);
            int room = fits
                    ? Math.min(objectiveRoom.get(award.objective()), criterionRoom.get(award.criterion()))
                    : criterionRoom.get(award.criterion());
            int counted = Math.min(award.points(), room);
            criterionRoom.merge(award.criterion(), -counted, Integer::sum);
            if (fits) {
                objectiveRoom.merge(award.objective(), -counted, Integer::sum);
            }
            criterionScores.merge(award.criterion(), counted, Integer::sum);
            contributions.add(new Contribution(award.name(), award.file(), award.line(), award.criterion(),
                    award.objective(), award.points(), counted, award.reasonKey(),
                    catalog.reasons().text(award.reasonKey(), locale), award.title(locale)));
        }
        List<GateFailure> failedGates = gates.stream()
                .map(g -> new GateFailure(g.gate(), g.name(), g.file(), g.line(), g.reasonKey(),
                        catalog.reasons().text(g.reasonKey(), locale), g.title(locale)))
                .toList();
        int total = criterionScores.values().stream().mapToInt(Integer::intValue).sum();
        boolean eligible = failedGates.isEmpty();
        boolean fundable = eligible && total >= manifest.fundableThreshold();
        return new Assessment(applicationId, eligible, fundable, total, failedGates, criterionScores,
                objectiveScores, contributions, catalog.info());
    }

    private static Map<Objective, Integer> objectiveScores(List<RuleInfo> awards, Manifest manifest, Criterion fit) {
        int cap = manifest.objectiveFit().bestObjectiveMax();
        Map<Objective, Integer> scores = new LinkedHashMap<>();
        for (Manifest.ObjectiveEntry objective : manifest.objectives()) {
            scores.put(objective.id(), 0);
        }
        for (RuleInfo award : awards) {
            if (award.criterion().equals(fit)) {
                scores.merge(award.objective(), award.points(), Integer::sum);
            }
        }
        scores.replaceAll((objective, points) -> Math.min(points, cap));
        return scores;
    }

    /**
     * Objectives from best to worst sub-score; ties go to the primary objective, then to the manifest's order (the
     * sort is stable and {@code scores} is in that order).
     */
    private static List<Objective> rank(Map<Objective, Integer> scores, Objective primary) {
        List<Objective> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Comparator.<Objective>comparingInt(scores::get).reversed()
                .thenComparing(o -> o.equals(primary) ? 0 : 1));
        return ranked;
    }
}
