package org.grille.api.funding;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision the selection committee takes about one application against the rules' plan. The plan is made around
 * it: a funded application takes its request first, one not funded or set aside takes nothing, the others share what
 * is left by the plan's policy. Every departure from the rules' plan is listed in {@link FundingPlan#departures()}.
 *
 * @param applicationId the application decided on
 * @param kind          what the committee decided
 * @param reason        why, in the committee's words: shown in the report, the record and the applicant's letter
 * @param author        who answers for it (a person or the committee's name), for the record
 * @param date          the day it was decided, or null when not given
 */
public record CommitteeDecision(String applicationId, Kind kind, String reason, String author, LocalDate date) {

    /** What the committee can decide. */
    public enum Kind {
        /** Fund the application's whole request, whatever its rank, if it is eligible and the envelope allows. */
        FUND,
        /** Do not fund it, whatever its rank. */
        NOT_FUND,
        /** Keep it out of this plan for now (for a later round of discussion); it takes no money. */
        SET_ASIDE
    }

    /**
     * Checks that the decision says who and why.
     *
     * @param applicationId the application decided on
     * @param kind          what the committee decided
     * @param reason        why; not blank
     * @param author        who answers for it; not blank
     * @param date          the day it was decided, or null
     * @throws NullPointerException     when {@code applicationId}, {@code kind}, {@code reason} or {@code author} is null
     * @throws IllegalArgumentException when {@code reason} or {@code author} is blank
     */
    public CommitteeDecision {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(author, "author");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason: a committee decision must say why (" + applicationId + ")");
        }
        if (author.isBlank()) {
            throw new IllegalArgumentException("author: a committee decision must say who takes it (" + applicationId + ")");
        }
    }
}
