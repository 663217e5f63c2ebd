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

    public ApplicationChange {
        ruleChanges = List.copyOf(ruleChanges);
        gatesFailedNow = List.copyOf(gatesFailedNow);
        gatesPassedNow = List.copyOf(gatesPassedNow);
    }

    public int delta() {
        return totalAfter - totalBefore;
    }

    /** Anything a committee would notice changed. */
    public boolean changed() {
        return totalBefore != totalAfter || rankBefore != rankAfter || eligibleBefore != eligibleAfter
                || fundedBefore != fundedAfter || !ruleChanges.isEmpty() || !gatesFailedNow.isEmpty() || !gatesPassedNow.isEmpty();
    }

    public boolean eligibilityFlipped() {
        return eligibleBefore != eligibleAfter;
    }

    /** Crossed the fundable threshold while eligible both times. */
    public boolean crossedThreshold() {
        return eligibleBefore && eligibleAfter && fundableBefore != fundableAfter;
    }

    public boolean fundingFlipped() {
        return fundedBefore != fundedAfter;
    }
}
