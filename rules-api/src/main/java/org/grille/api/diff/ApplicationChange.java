package org.grille.api.diff;

import java.util.List;

/**
 * One application under two catalog versions.
 *
 * @param applicationId  the application
 * @param totalBefore    total before
 * @param totalAfter     total after
 * @param rankBefore     rank before (0 when ineligible)
 * @param rankAfter      rank after (0 when ineligible)
 * @param eligibleBefore eligible before
 * @param eligibleAfter  eligible after
 * @param fundableBefore at or above the threshold (and eligible) before
 * @param fundableAfter  the same after
 * @param fundedBefore   funded by the rank-order plan before
 * @param fundedAfter    funded by the rank-order plan after
 * @param ruleChanges    rules whose counted points changed, largest change first
 * @param gatesFailedNow gates failed after but not before
 * @param gatesPassedNow gates failed before but not after
 */
public record ApplicationChange(
        String applicationId,
        int totalBefore,
        int totalAfter,
        int rankBefore,
        int rankAfter,
        boolean eligibleBefore,
        boolean eligibleAfter,
        boolean fundableBefore,
        boolean fundableAfter,
        boolean fundedBefore,
        boolean fundedAfter,
        List<RuleChange> ruleChanges,
        List<String> gatesFailedNow,
        List<String> gatesPassedNow) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param applicationId the application
     * @param totalBefore total before
     * @param totalAfter total after
     * @param rankBefore rank before (0 when ineligible)
     * @param rankAfter rank after (0 when ineligible)
     * @param eligibleBefore eligible before
     * @param eligibleAfter eligible after
     * @param fundableBefore at or above the threshold (and eligible) before
     * @param fundableAfter the same after
     * @param fundedBefore funded by the rank-order plan before
     * @param fundedAfter funded by the rank-order plan after
     * @param ruleChanges rules whose counted points changed, largest change first
     * @param gatesFailedNow gates failed after but not before
     * @param gatesPassedNow gates failed before but not after
     */
    public ApplicationChange {
        ruleChanges = List.copyOf(ruleChanges);
        gatesFailedNow = List.copyOf(gatesFailedNow);
        gatesPassedNow = List.copyOf(gatesPassedNow);
    }

    /**
     * How the total moved.
     *
     * @return {@code totalAfter - totalBefore}: positive when the application now scores higher
     */
    public int delta() {
        return totalAfter - totalBefore;
    }

    /**
     * Whether anything a committee would notice changed.
     *
     * @return true if the total, rank, eligibility, funding, a rule's points or a failed gate differs
     */
    public boolean changed() {
        return totalBefore != totalAfter || rankBefore != rankAfter || eligibleBefore != eligibleAfter
                || fundedBefore != fundedAfter || !ruleChanges.isEmpty() || !gatesFailedNow.isEmpty() || !gatesPassedNow.isEmpty();
    }

    /**
     * Whether the application became eligible or ineligible.
     *
     * @return true if {@code eligibleBefore} and {@code eligibleAfter} differ
     */
    public boolean eligibilityFlipped() {
        return eligibleBefore != eligibleAfter;
    }

    /**
     * Whether the application crossed the fundable threshold while eligible both times.
     *
     * @return true if eligible before and after and fundable only in one of them
     */
    public boolean crossedThreshold() {
        return eligibleBefore && eligibleAfter && fundableBefore != fundableAfter;
    }

    /**
     * Whether the rank-order plan funds the application in one version and not the other.
     *
     * @return true if {@code fundedBefore} and {@code fundedAfter} differ
     */
    public boolean fundingFlipped() {
        return fundedBefore != fundedAfter;
    }
}
