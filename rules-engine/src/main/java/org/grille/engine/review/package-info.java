/**
 * The committee's reviews beside the rules: reading reviews and reviewers (CSV and JSON, bounded, row by row),
 * conflicts of interest, calibration of lenient and harsh reviewers, Krippendorff's alpha and the final score.
 * {@link org.grille.engine.review.ReviewCommittee} is the entry point; the rest is package-private.
 */
package org.grille.engine.review;
