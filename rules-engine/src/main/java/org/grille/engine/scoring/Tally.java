package org.grille.engine.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 *       best's (up to {@code secondaryObjectiveMax}). Ties go to the primary objective, then to the order of
 *       {@link Objective}, which depends only on the project.</li>
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

        Map<Objective, Integer> objectiveScores = objectiveScores(awards, manifest.objectiveFit().bestObjectiveMax());
        List<Objective> ranked = rank(objectiveScores, primary);
        Map<Objective, Integer> objectiveRoom = new EnumMap<>(Objective.class);
        for (Objective objective : Objective.values()) {
            objectiveRoom.put(objective, 0);
        }
        objectiveRoom.put(ranked.get(0), manifest.objectiveFit().bestObjectiveMax());
        objectiveRoom.put(ranked.get(1), manifest.objectiveFit().secondaryObjectiveMax());

        Map<Criterion, Integer> criterionRoom = new EnumMap<>(manifest.criteria());
        Map<Criterion, Integer> criterionScores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            criterionScores.put(criterion, 0);
        }
        List<Contribution> contributions = new ArrayList<>(awards.size());
        for (RuleInfo award : awards) {
            int room = award.criterion() == Criterion.OBJECTIVE_FIT
                    ? Math.min(objectiveRoom.get(award.objective()), criterionRoom.get(award.criterion()))
                    : criterionRoom.get(award.criterion());
            int counted = Math.min(award.points(), room);
            criterionRoom.merge(award.criterion(), -counted, Integer::sum);
            if (award.criterion() == Criterion.OBJECTIVE_FIT) {
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

    private static Map<Objective, Integer> objectiveScores(List<RuleInfo> awards, int cap) {
        Map<Objective, Integer> scores = new EnumMap<>(Objective.class);
        for (Objective objective : Objective.values()) {
            scores.put(objective, 0);
        }
        for (RuleInfo award : awards) {
            if (award.criterion() == Criterion.OBJECTIVE_FIT) {
                scores.merge(award.objective(), award.points(), Integer::sum);
            }
        }
        scores.replaceAll((objective, points) -> Math.min(points, cap));
        return scores;
    }

    /** Objectives from best to worst sub-score; ties go to the primary objective, then to enum order. */
    private static List<Objective> rank(Map<Objective, Integer> scores, Objective primary) {
        List<Objective> ranked = new ArrayList<>(List.of(Objective.values()));
        ranked.sort(Comparator.<Objective>comparingInt(scores::get).reversed()
                .thenComparing(o -> o == primary ? 0 : 1)
                .thenComparing(Enum::ordinal));
        return ranked;
    }
}
