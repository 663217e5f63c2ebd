/**
 * The selection committee's report: {@link org.grille.api.report.CommitteeReport} gathers a round's assessments,
 * funding plan and fairness audit, and {@link ReportWriter#writeReport} writes it as one self-contained HTML
 * page (inline charts with text alternatives, a print stylesheet, no network) in the scorer's language.
 *
 * <p>Sections: summary, ranking, funding plan, score distribution, fairness audit, and one card per application.
 */
package org.grille.api.report;
