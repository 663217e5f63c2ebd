/**
 * Fairness audits of a scored batch: {@link org.grille.api.fairness.FairnessAudit} reports, for each protected
 * attribute, each group's eligibility, scores and selection rates, flags the four-fifths rule, and shows which
 * rules drive a gap. Self-declared attributes are used for audits only; they never enter a score.
 */
package org.grille.api.fairness;
