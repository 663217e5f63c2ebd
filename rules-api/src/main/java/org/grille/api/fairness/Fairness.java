package org.grille.api.fairness;

import java.util.List;
import org.grille.api.application.Application;

/**
 * Audits a call's outcomes per protected attribute, with a scorer's live catalog. Obtained from
 * {@link org.grille.api.Scorer#fairness()}; immutable and thread-safe. To audit stored assessments without scoring
 * again, use {@link org.grille.api.funding.FundingPlanner#audit(List, List, int)}.
 */
public interface Fairness {

    /**
     * Audits a batch for fairness: scores it, plans it in rank order, and compares the groups of every protected
     * attribute. Groups with fewer than {@code minimumGroupSize} applications are reported as too few to judge.
     *
     * @param applications     the applications, with their self-declared attributes
     * @param minimumGroupSize the smallest group judged, at least 1
     * @return the audit, one entry per protected attribute
     * @throws IllegalArgumentException when {@code minimumGroupSize} is below 1 or two applications share an id
     */
    FairnessAudit audit(List<Application> applications, int minimumGroupSize);
}
