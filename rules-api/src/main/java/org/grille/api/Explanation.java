package org.grille.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an applicant can act on: for each criterion the points obtained, the points still open and the rules that
 * would give them; for an eligible application under the threshold, the gap and the fewest criteria to improve; for
 * an ineligible one, every failed gate. Made by {@link Scorer#explain(Assessment)}.
 *
 * <p>Eligibility is not a matter of points: an ineligible application is never fundable whatever it adds, so
 * {@link #gap()} is 0 and {@link #fewestChanges()} is empty for it; only meeting every gate changes that.
 *
 * @param applicationId the application's id
 * @param eligible      true when no eligibility gate failed
 * @param fundable      eligible and at or above the threshold
 * @param total         merit score, 0 to 100
 * @param threshold     the catalog's fundable threshold
 * @param failedGates   every gate the application does not pass, in catalog order, with its reason
 * @param criteria      every criterion, in {@link Criterion} order
 */
public record Explanation(
        String applicationId,
        boolean eligible,
        boolean fundable,
        int total,
        int threshold,
        List<GateFailure> failedGates,
        List<OpenPoints> criteria) {

    /**
     * Copies the lists.
     *
     * @param applicationId the application's id
     * @param eligible true when no eligibility gate failed
     * @param fundable eligible and at or above the threshold
     * @param total merit score, 0 to 100
     * @param threshold the catalog's fundable threshold
     * @param failedGates every gate the application does not pass, in catalog order
     * @param criteria every criterion, in {@link Criterion} order
     */
    public Explanation {
        Objects.requireNonNull(applicationId, "applicationId");
        failedGates = List.copyOf(failedGates);
        criteria = List.copyOf(criteria);
    }

    /**
     * Points missing to reach the threshold, for an eligible application under it.
     *
     * @return {@code threshold - total} for an eligible application that is not fundable; 0 otherwise
     */
    public int gap() {
        return eligible && !fundable ? Math.max(0, threshold - total) : 0;
    }

    /**
     * Points still open over every criterion.
     *
     * @return the sum of every criterion's {@link OpenPoints#open()}
     */
    public int open() {
        return criteria.stream().mapToInt(OpenPoints::open).sum();
    }

    /**
     * The fewest criteria whose open points close the gap, as {@link #fewestCriteria(Map, int)} finds them.
     *
     * @return those criteria, most open points first; empty when there is no gap, when the application is
     *         ineligible, or when even every open point would not close the gap
     */
    public List<Criterion> fewestChanges() {
        Map<Criterion, Integer> open = new java.util.LinkedHashMap<>();
        criteria.forEach(c -> open.put(c.criterion(), c.open()));
        return fewestCriteria(open, gap());
    }

    /**
     * The fewest criteria whose open points add up to at least {@code gap}: criteria taken by open points, largest
     * first (ties in the order of {@code open}, the rubric's), until the gap is closed. Criteria score apart from one another, so a
     * set of criteria can add at most the sum of their open points; no {@code k} criteria add more than the {@code k}
     * largest, so if those fall short, every set of {@code k} does, and the first {@code k} that reach the gap are the
     * fewest.
     *
     * @param open open points per criterion; a missing criterion has none
     * @param gap  points to find
     * @return the criteria, most open points first; empty when {@code gap} is 0 or less, or when all open points
     *         together fall short
     */
    public static List<Criterion> fewestCriteria(Map<Criterion, Integer> open, int gap) {
        Objects.requireNonNull(open, "open");
        if (gap <= 0) {
            return List.of();
        }
        List<Criterion> byOpen = new ArrayList<>(open.keySet());
        byOpen.sort(Comparator.<Criterion>comparingInt(open::get).reversed());
        List<Criterion> chosen = new ArrayList<>();
        int found = 0;
        for (Criterion criterion : byOpen) {
            if (found >= gap) {
                break;
            }
            chosen.add(criterion);
            found += open.get(criterion);
        }
        return found >= gap ? List.copyOf(chosen) : List.of();
    }
}
