package org.grille.api.report;

import java.io.OutputStream;

/**
 * Writes what people read about a call, from a scorer's live catalog: the selection committee's report and the letter
 * to each applicant. Obtained from {@link org.grille.api.Scorer#reports()}; immutable and thread-safe.
 */
public interface ReportWriter {

    /**
     * Writes the selection committee's report as one self-contained HTML page, UTF-8, in the scorer's language (the
     * language of the plan's explanations and the rules' reasons). The page needs no network, prints to PDF with one
     * section per page, and escapes every text that comes from an application. Leaves {@code out} open.
     *
     * @param report what to show, made by the same catalog version
     * @param out    where the page is written; not closed
     * @throws IllegalArgumentException     when the report was made by another catalog version
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    void writeReport(CommitteeReport report, OutputStream out);

    /**
     * Writes the letter to one applicant as a self-contained HTML page, UTF-8, in the application's language (French
     * or English), ready to print or to turn into PDF: the decision; the score with its principal factors; for an
     * application not funded, what was missing (the points still open, the gap and the fewest criteria to improve, or
     * each failed gate); the committee's reasons when it departed from the rules' plan; which parts of the decision
     * were made by automated processing; and how to ask for a review by a staff member, within the time the catalog's
     * manifest gives ({@code reviewRequest}). Escapes every text that comes from the application. Leaves {@code out}
     * open.
     *
     * @param letter what the letter is made from, assessed by the same catalog version
     * @param out    where the page is written; not closed
     * @throws IllegalArgumentException     when the assessment was made by another catalog version
     * @throws IllegalStateException        when the catalog's manifest does not say how to ask for a review
     * @throws java.io.UncheckedIOException when {@code out} fails
     */
    void writeLetter(ApplicantLetter letter, OutputStream out);
}
