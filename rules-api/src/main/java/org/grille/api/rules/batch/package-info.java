/**
 * The batch vocabulary: what a partnership rule can read about the applications of one call, seen all at once.
 * It is apart from the scoring vocabulary of {@link org.grille.api.rules}: scoring rules see one application per
 * session and never these facts; partnership rules see only these facts and never a scoring fact.
 *
 * <p>For each application of the batch the engine inserts one {@link org.grille.api.rules.batch.Submission} and one
 * small fact per value to join on: {@link org.grille.api.rules.batch.Pursues} per objective,
 * {@link org.grille.api.rules.batch.Serves} per borough served, {@link org.grille.api.rules.batch.Reaches} per target
 * group, {@link org.grille.api.rules.batch.Offers} per activity type and
 * {@link org.grille.api.rules.batch.Focus} per borough served (with the primary objective); and, once per batch, one
 * {@link org.grille.api.rules.batch.Neighbours} per pair of neighbouring boroughs of the catalog's adjacency table.
 *
 * <p>Every per-application fact carries the application's {@code key}: an opaque number, the rank of a hash of the
 * application id, so it says nothing of the id, of the applicant or of the order the batch came in. Nothing
 * protected or identifying is here: no id, language, leadership, organization name or head-office borough, and no
 * free text. Rules join applications explicitly on keys ({@code Offers( key == $ka, ... )}).
 */
package org.grille.api.rules.batch;
