package org.grille.engine.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Rubric;
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
        Rubric rubric = assessment.catalog().rubric();
        Criterion fit = rubric.objectiveFit();
        Map<Objective, Integer> raw = new LinkedHashMap<>();
        for (Objective objective : rubric.objectiveIds()) {
            raw.put(objective, 0);
        }
        for (Contribution c : awards) {
            if (c.criterion().equals(fit) && c.objective() != null) {
                raw.merge(c.objective(), c.points(), Integer::sum);
            }
        }
        raw.replaceAll((objective, points) -> Math.min(points, bestMax));
        // stable sort over the manifest's order: ties go to the primary objective, then to that order
        List<Objective> ranked = new ArrayList<>(raw.keySet());
        ranked.sort(Comparator.<Objective>comparingInt(raw::get).reversed()
                .thenComparing(o -> o.equals(primary) ? 0 : 1));
        Map<Objective, Integer> objectiveRoom = new HashMap<>();
        for (Objective objective : ranked) {
            objectiveRoom.put(objective, 0);
        }
        objectiveRoom.put(ranked.get(0), bestMax);
        if (ranked.size() > 1) {
            objectiveRoom.put(ranked.get(1), secondMax);
        }
        Map<Criterion, Integer> room = new HashMap<>(criteria);
        int total = 0;
        for (Contribution c : awards) {
            int left = room.getOrDefault(c.criterion(), 0);
            boolean fits = c.criterion().equals(fit);
            if (fits) {
                left = c.objective() == null ? 0 : Math.min(left, objectiveRoom.getOrDefault(c.objective(), 0));
            }
            int counted = Math.max(0, Math.min(c.points(), left));
            room.merge(c.criterion(), -counted, Integer::sum);
            if (fits && c.objective() != null) {
                objectiveRoom.merge(c.objective(), -counted, Integer::sum);
            }
            total += counted;
        }
        return total;
    }
}
