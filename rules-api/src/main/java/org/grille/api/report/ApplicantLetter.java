package org.grille.api.report;

import java.time.LocalDate;
import java.util.Objects;
import org.grille.api.Assessment;
import org.grille.api.application.Application;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.FundingDecision;

/**
 * What the letter to one applicant is made from: the application, its assessment, the plan's decision and, when the
 * selection committee decided on it, the committee's decision. The letter is written in the application's language
 * ({@link ReportWriter#writeLetter}).
 *
 * @param application the application, for its language, organization and title
 * @param assessment  its assessment, made by the catalog version that writes the letter
 * @param decision    the plan's decision on it
 * @param committee   the committee's decision on it, or null when the plan's rules alone decided
 * @param date        the letter's date, from which the time to ask for a review runs
 * @param reviews     the final score the committee's reviewers' scores give it, or null without reviews: the letter
 *                    then says what the reviewers scored beside the rules' points
 */
public record ApplicantLetter(Application application, Assessment assessment, FundingDecision decision,
                              CommitteeDecision committee, LocalDate date, org.grille.api.review.FinalScore reviews) {

    /**
     * Checks that the parts belong to one application.
     *
     * @param application the application
     * @param assessment  its assessment
     * @param decision    the plan's decision on it
     * @param committee   the committee's decision on it, or null
     * @param date        the letter's date
     * @param reviews     the reviewers' final score of it, or null
     * @throws NullPointerException     when a part other than {@code committee} or {@code reviews} is null
     * @throws IllegalArgumentException when the parts name different applications
     */
    public ApplicantLetter {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(date, "date");
        String id = application.id();
        if (!assessment.applicationId().equals(id) || !decision.applicationId().equals(id)
                || (committee != null && !committee.applicationId().equals(id))
                || (reviews != null && !reviews.applicationId().equals(id))) {
            throw new IllegalArgumentException("a letter's parts must all be about application " + id);
        }
    }

    /**
     * A letter without reviewers' scores.
     *
     * @param application the application
     * @param assessment  its assessment
     * @param decision    the plan's decision on it
     * @param committee   the committee's decision on it, or null
     * @param date        the letter's date
     * @throws NullPointerException     when a part other than {@code committee} is null
     * @throws IllegalArgumentException when the parts name different applications
     */
    public ApplicantLetter(Application application, Assessment assessment, FundingDecision decision,
                           CommitteeDecision committee, LocalDate date) {
        this(application, assessment, decision, committee, date, null);
    }
}
