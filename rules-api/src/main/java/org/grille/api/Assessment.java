package org.grille.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.grille.api.application.Objective;

/**
 * The result of scoring one application.
 *
 * <p>{@code total} is the merit score out of 100, computed for every application so that an applicant
 * learns where the project stands; an ineligible application is never fundable whatever its total.
 * {@code total} always equals the sum of {@code criterionScores}, which equals the sum of every
 * contribution's {@code counted} points.
 *
 * @param applicationId   the application's id
 * @param eligible        true when no eligibility gate failed
 * @param fundable        eligible and at or above the catalog's fundable threshold
 * @param total           merit score, 0 to 100
 * @param failedGates     every gate the application does not pass, in catalog order
 * @param criterionScores points per criterion, after caps; every criterion of the catalog is present, in its manifest order
 * @param objectiveScores points per objective, after the per-objective cap; every objective of the catalog is present, in its manifest order
 * @param contributions   every rule that awarded points, in catalog order
 * @param catalog         the catalog version that made this assessment
 */
public record Assessment(
        String applicationId,
        boolean eligible,
        boolean fundable,
        int total,
        List<GateFailure> failedGates,
        Map<Criterion, Integer> criterionScores,
        Map<Objective, Integer> objectiveScores,
        List<Contribution> contributions,
        CatalogInfo catalog) {

    /**
     * Copies the lists and maps; a criterion or objective missing from a map stays missing and
     * {@link #score(Criterion)} reads it as 0.
     *
     * @param applicationId the application's id
     * @param eligible true when no eligibility gate failed
     * @param fundable eligible and at or above the catalog's fundable threshold
     * @param total merit score, 0 to 100
     * @param failedGates every gate the application does not pass, in catalog order
     * @param criterionScores points per criterion, after caps; every criterion of the catalog is present, in its manifest order
     * @param objectiveScores points per objective, after the per-objective cap; every objective of the catalog is present, in its manifest order
     * @param contributions every rule that awarded points, in catalog order
     * @param catalog the catalog version that made this assessment
     * @throws NullPointerException when {@code applicationId}, {@code catalog}, a list, a map or an element is null
     */
    public Assessment {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(catalog, "catalog");
        failedGates = List.copyOf(failedGates);
        criterionScores = FixedOrderMap.copyOf(criterionScores);
        objectiveScores = FixedOrderMap.copyOf(objectiveScores);
        contributions = List.copyOf(contributions);
    }

    /**
     * Points of one criterion, after its cap.
     *
     * @param criterion the criterion
     * @return its points, 0 when the assessment has none for it
     */
    public int score(Criterion criterion) {
        return criterionScores.getOrDefault(criterion, 0);
    }

    /**
     * Points of one objective, after the per-objective cap.
     *
     * @param objective the objective
     * @return its points, 0 when the assessment has none for it
     */
    public int score(Objective objective) {
        return objectiveScores.getOrDefault(objective, 0);
    }

    /**
     * Names of the rules that fired for this application: point awards and failed gates.
     *
     * @return the failed gates' rules, then the contributions' rules, in catalog order; a rule that fired twice is
     *         listed twice
     */
    public List<String> firedRules() {
        return java.util.stream.Stream.concat(
                        failedGates.stream().map(GateFailure::rule),
                        contributions.stream().map(Contribution::rule))
                .toList();
    }
}
