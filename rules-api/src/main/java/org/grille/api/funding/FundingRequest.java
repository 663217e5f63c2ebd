package org.grille.api.funding;

import java.util.List;
import java.util.Objects;
import org.grille.api.Assessment;
import org.grille.api.application.Application;
import org.grille.api.application.Objective;

/**
 * What a plan needs of one application that was scored before: its stored assessment, its primary objective and the
 * amounts it asks for, so a plan (and its audit) can be made again without scoring the application again.
 *
 * @param assessment       the stored assessment, with the catalog that made it
 * @param primaryObjective the application's primary objective
 * @param requestedPerYear the amount asked for each project year, first year first (1 to 3 amounts, each at least 0)
 */
public record FundingRequest(Assessment assessment, Objective primaryObjective, List<Long> requestedPerYear) {

    /**
     * Checks and copies.
     *
     * @param assessment the stored assessment, with the catalog that made it
     * @param primaryObjective the application's primary objective
     * @param requestedPerYear the amount asked for each project year, first year first (1 to 3 amounts, each at least
     *                         0)
     * @throws NullPointerException     when a field is null
     * @throws IllegalArgumentException when there is no requested amount or one is negative
     */
    public FundingRequest {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(primaryObjective, "primaryObjective");
        requestedPerYear = List.copyOf(Objects.requireNonNull(requestedPerYear, "requestedPerYear"));
        if (requestedPerYear.isEmpty()) {
            throw new IllegalArgumentException("requestedPerYear: at least one year, for " + assessment.applicationId());
        }
        for (Long amount : requestedPerYear) {
            if (amount < 0) {
                throw new IllegalArgumentException("requestedPerYear: negative amount for " + assessment.applicationId());
            }
        }
    }

    /**
     * The request of an application and its assessment.
     *
     * @param application the application, for its primary objective and requested amounts
     * @param assessment  its stored assessment
     * @return the request
     * @throws NullPointerException     when an argument is null
     * @throws IllegalArgumentException when the assessment is of another application
     */
    public static FundingRequest of(Application application, Assessment assessment) {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(assessment, "assessment");
        if (!assessment.applicationId().equals(application.id())) {
            throw new IllegalArgumentException("assessment of " + assessment.applicationId() + " given for " + application.id());
        }
        return new FundingRequest(assessment, application.project().primaryObjective(), application.budget().requestedPerYear());
    }

    /**
     * The application's id.
     *
     * @return the assessment's application id
     */
    public String applicationId() {
        return assessment.applicationId();
    }
}
