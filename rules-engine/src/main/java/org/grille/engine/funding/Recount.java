package org.grille.engine.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;

/**
 * An assessment's total counted again with other criterion maximums, from the points each rule declared: what a
 * one-point change of a criterion's maximum would do, without running the rules again. Counts as
 * {@link org.grille.engine.scoring.Tally} does (a test checks that the manifest's own maximums give every total back).
 */
final class Recount {

    private Recount() {
    }

    /**
     * The total under these maximums.
     *
     * @param criteria  maximum points per criterion
     * @param bestMax   cap of the best objective's sub-score
     * @param secondMax cap of the second best objective's sub-score
     */
    static int total(Assessment assessment, Objective primary, Map<Criterion, Integer> criteria, int bestMax, int secondMax) {
        List<Contribution> awards = assessment.contributions();
        Map<Objective, Integer> raw = new EnumMap<>(Objective.class);
        for (Objective objective : Objective.values()) {
            raw.put(objective, 0);
        }
        for (Contribution c : awards) {
            if (c.criterion() == Criterion.OBJECTIVE_FIT && c.objective() != null) {
                raw.merge(c.objective(), c.points(), Integer::sum);
            }
        }
        raw.replaceAll((objective, points) -> Math.min(points, bestMax));
        List<Objective> ranked = new ArrayList<>(List.of(Objective.values()));
        ranked.sort(Comparator.<Objective>comparingInt(raw::get).reversed()
                .thenComparing(o -> o == primary ? 0 : 1)
                .thenComparing(Enum::ordinal));
        Map<Objective, Integer> objectiveRoom = new EnumMap<>(Objective.class);
        for (Objective objective : Objective.values()) {
            objectiveRoom.put(objective, 0);
        }
        objectiveRoom.put(ranked.get(0), bestMax);
        objectiveRoom.put(ranked.get(1), secondMax);
        Map<Criterion, Integer> room = new EnumMap<>(criteria);
        int total = 0;
        for (Contribution c : awards) {
            int left = room.getOrDefault(c.criterion(), 0);
            if (c.criterion() == Criterion.OBJECTIVE_FIT) {
                left = c.objective() == null ? 0 : Math.min(left, objectiveRoom.get(c.objective()));
            }
            int counted = Math.max(0, Math.min(c.points(), left));
            room.merge(c.criterion(), -counted, Integer::sum);
            if (c.criterion() == Criterion.OBJECTIVE_FIT && c.objective() != null) {
                objectiveRoom.merge(c.objective(), -counted, Integer::sum);
            }
            total += counted;
        }
        return total;
    }
}
