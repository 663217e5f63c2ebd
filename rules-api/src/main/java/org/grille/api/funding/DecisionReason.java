package org.grille.api.funding;

/** Why an application is, or is not, funded. */
public enum DecisionReason {
    /** Funded in full. */
    FUNDED,
    /** Funded in full thanks to the portfolio floor of its objective, ahead of better-ranked applications. */
    FUNDED_BY_FLOOR,
    /** Funded in part: the envelope had less than the request but at least the manifest's minimum share (partial funding on). */
    FUNDED_PARTIALLY,
    /** Not funded: an eligibility gate failed. */
    INELIGIBLE,
    /** Not funded: the total is below the fundable threshold. */
    BELOW_THRESHOLD,
    /** Not funded: the envelope does not have the requested amount left in one of the years. */
    ENVELOPE_EXHAUSTED,
    /** Not funded: it would have been funded in rank order, but a portfolio floor funded another objective's application. */
    DISPLACED_BY_FLOOR,
    /** Not funded: the max-score plan reaches a higher total score without it. */
    NOT_IN_BEST_SET,
    /** Funded in full by a decision of the selection committee ({@link CommitteeDecision.Kind#FUND}). */
    FUNDED_BY_COMMITTEE,
    /** Not funded by a decision of the selection committee ({@link CommitteeDecision.Kind#NOT_FUND}). */
    NOT_FUNDED_BY_COMMITTEE,
    /** Set aside by the selection committee ({@link CommitteeDecision.Kind#SET_ASIDE}): not in this plan. */
    SET_ASIDE_BY_COMMITTEE
}
