package org.grille.api.review;

import java.io.InputStream;
import java.util.List;
import org.grille.api.Assessment;
import org.grille.api.application.Application;

/**
 * The selection committee's side of a call, for one catalog version: reads reviews and reviewers, finds conflicts of
 * interest, and combines the reviews with the rules' points. Immutable and thread-safe.
 */
public interface Committee {

    /**
     * The catalog's review settings.
     *
     * @return the manifest's {@code reviews} section; {@link ReviewSettings#declared()} is false without one
     */
    ReviewSettings settings();

    /**
     * Reads a reviews file. Each row or entry that cannot be read (a missing or unknown field, a score off the scale, a
     * criterion reviewers do not score, a second review of the same criterion by the same reviewer) becomes a
     * rejection with its line, column and field; the others are read. Sizes are bounded as for applications.
     *
     * @param in     the file's bytes, UTF-8; not closed
     * @param format CSV or JSON
     * @return the reviews and the rejections
     * @throws org.grille.api.InvalidApplicationException when the file as a whole cannot be read (too large, not
     *         UTF-8, a CSV without the expected header, JSON that does not parse), with the place of the fault
     * @throws IllegalStateException when the catalog declares no reviewer criteria
     */
    ReviewBatch readReviews(InputStream in, ReviewFormat format);

    /**
     * Reads a reviewers file: a JSON array of {@code {"id", "name", "affiliations": [{"organization",
     * "registryNumber"}], "boards": [names]}}, or an object whose {@code reviewers} field is that array.
     *
     * @param in the file's bytes, UTF-8; not closed
     * @return the reviewers and the rejections
     * @throws org.grille.api.InvalidApplicationException when the file as a whole cannot be read
     */
    ReviewerBatch readReviewers(InputStream in);

    /**
     * Every tie between a reviewer and an application: a declared organisation that is the applicant (by name or
     * NEQ) or a partner, a board seat at the applicant or a partner. Names match whatever their case, accents,
     * punctuation and legal-form suffix ("inc.", "ltée", "OBNL"...); an NEQ matches exactly, digits only.
     *
     * @param applications the applications
     * @param reviewers    the reviewers
     * @return the conflicts, by reviewer then application in input order
     */
    List<Conflict> conflicts(List<Application> applications, List<Reviewer> reviewers);

    /**
     * Combines the rules' points with the reviewers' scores. A review whose reviewer has a conflict with the
     * application is never counted and is listed as excluded.
     *
     * @param assessments the rules' assessments
     * @param reviews     the reviews
     * @param conflicts   the conflicts found, or an empty list
     * @return the final scores, their rankings with and without calibration, agreement per criterion, exclusions
     * @throws IllegalStateException when the catalog declares no reviewer criteria
     */
    CommitteeScores combine(List<Assessment> assessments, List<Review> reviews, List<Conflict> conflicts);
}
