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
        String explanation) {

    public FundingDecision {
        requested = List.copyOf(requested);
        granted = List.copyOf(granted);
    }

    /** Funded in full or in part. */
    public boolean funded() {
        return reason == DecisionReason.FUNDED || reason == DecisionReason.FUNDED_BY_FLOOR
                || reason == DecisionReason.FUNDED_PARTIALLY;
    }

    /** Dollars granted over the whole project. */
    public long totalGranted() {
        return granted.stream().mapToLong(Long::longValue).sum();
    }
}
