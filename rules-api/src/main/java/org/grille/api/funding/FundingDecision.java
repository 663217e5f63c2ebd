package org.grille.api.funding;

import java.util.List;
import org.grille.api.application.Objective;

/**
 * What the plan decides for one application, and why, in words a selection committee can read out.
 *
 * @param applicationId the application
 * @param total         its score
 * @param objective     its primary objective
 * @param rank          its place among fundable applications (1 = best), or 0 when not fundable
 * @param tieBreakKey   its neutral tie-break key: orders applications of equal score
 * @param requested     the amount asked for each project year
 * @param granted       the amount granted for each project year; all zeros when not funded
 * @param reason        why
 * @param explanation   the reason in the plan's language, with the figures behind it
 * @param shortYear     for {@link DecisionReason#ENVELOPE_EXHAUSTED}, the program year (1 = first) whose envelope did
 *                      not have the request left, the first such year; 0 for every other reason
 */
public record FundingDecision(
        String applicationId,
        int total,
        Objective objective,
        int rank,
        String tieBreakKey,
        List<Long> requested,
        List<Long> granted,
        DecisionReason reason,
        String explanation,
        int shortYear) {

    /**
     * Checks and copies.
     *
     * @param applicationId the application
     * @param total its score
     * @param objective its primary objective
     * @param rank its place among fundable applications (1 = best), or 0 when not fundable
     * @param tieBreakKey its neutral tie-break key: orders applications of equal score
     * @param requested the amount asked for each project year
     * @param granted the amount granted for each project year; all zeros when not funded
     * @param reason why
     * @param explanation the reason in the plan's language, with the figures behind it
     * @param shortYear for {@link DecisionReason#ENVELOPE_EXHAUSTED}, the program year (1 = first) whose envelope did
     *                  not have the request left, the first such year; 0 for every other reason
     * @throws NullPointerException     when {@code applicationId}, {@code reason} or a list is null
     * @throws IllegalArgumentException when {@code shortYear} is negative
     */
    public FundingDecision {
        java.util.Objects.requireNonNull(applicationId, "applicationId");
        java.util.Objects.requireNonNull(reason, "reason");
        requested = List.copyOf(requested);
        granted = List.copyOf(granted);
        if (shortYear < 0) {
            throw new IllegalArgumentException("shortYear: 0 or a program year from 1, was " + shortYear);
        }
    }

    /**
     * A decision that no year's envelope limited: {@code shortYear} is 0.
     *
     * @param applicationId the application
     * @param total         its score
     * @param objective     its primary objective
     * @param rank          its place among fundable applications (1 = best), or 0 when not fundable
     * @param tieBreakKey   its neutral tie-break key: orders applications of equal score
     * @param requested     the amount asked for each project year, in dollars
     * @param granted       the amount granted for each project year, in dollars; all zeros when not funded
     * @param reason        why
     * @param explanation   the reason in the plan's language, with the figures behind it
     * @throws NullPointerException when {@code applicationId}, {@code reason} or a list is null
     */
    public FundingDecision(String applicationId, int total, Objective objective, int rank, String tieBreakKey,
                           List<Long> requested, List<Long> granted, DecisionReason reason, String explanation) {
        this(applicationId, total, objective, rank, tieBreakKey, requested, granted, reason, explanation, 0);
    }

    /**
     * Whether the application is funded in full or in part.
     *
     * @return true for {@link DecisionReason#FUNDED}, {@link DecisionReason#FUNDED_BY_FLOOR} and
     *         {@link DecisionReason#FUNDED_PARTIALLY}
     */
    public boolean funded() {
        return reason == DecisionReason.FUNDED || reason == DecisionReason.FUNDED_BY_FLOOR
                || reason == DecisionReason.FUNDED_PARTIALLY || reason == DecisionReason.FUNDED_BY_COMMITTEE;
    }

    /**
     * Dollars granted over the whole project.
     *
     * @return the sum of {@code granted}, in whole Canadian dollars; 0 when not funded
     */
    public long totalGranted() {
        return granted.stream().mapToLong(Long::longValue).sum();
    }
}
