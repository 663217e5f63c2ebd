/**
 * The selection committee's reviews beside the rules' points: reviewer scores read from the portal's export, the
 * final score that combines them with the rule points as the manifest's {@code reviews} section says, the reviewers'
 * calibration, inter-rater agreement per criterion, the applications to discuss, and reviewers' conflicts of
 * interest. {@link org.grille.api.Scorer#committee()} gives the {@link org.grille.api.review.Committee} of the live
 * catalog.
 *
 * <pre>{@code
 * Committee committee = scorer.committee();
 * ReviewBatch reviews = committee.readReviews(in, ReviewFormat.CSV);
 * List<Conflict> conflicts = committee.conflicts(applications, reviewers.reviewers());
 * CommitteeScores scores = committee.combine(batchResult.assessments(), reviews.reviews(), conflicts);
 * }</pre>
 *
 * <p>An assessment's rule total never changes: the final score is a separate figure.
 */
package org.grille.api.review;
