/**
 * Grille's embedding contract. Depends on nothing but the JDK.
 *
 * <h2>Score applications</h2>
 * <pre>{@code
 * Scorer scorer = Scorer.builder().build();                 // bundled catalog, French reasons
 * JsonCodec json = scorer.json();                           // messages in the scorer's language
 * Application application = json.readApplication(text);   // InvalidApplicationException names JSON paths
 * Assessment assessment = scorer.assess(application);
 * assessment.total();                                      // 0..100
 * assessment.contributions();                              // rule, file, line, criterion, points, reason
 * }</pre>
 *
 * <h2>Batches</h2>
 * {@link org.grille.api.Scorer#assessAll(java.util.List)} scores each application on its own; a bad one
 * becomes a {@link org.grille.api.Rejection} and never stops the others.
 *
 * <h2>What you need at run time</h2>
 * This module at compile time, and {@code org.grille:rules-catalog} at run time, which brings the engine
 * ({@code org.grille:rules-engine}). A scorer is thread-safe; build one and share it.
 *
 * <h2>Errors</h2>
 * Everything thrown extends {@link org.grille.api.GrilleException}: invalid input
 * ({@link org.grille.api.InvalidApplicationException}), a catalog that does not compile
 * ({@link org.grille.api.CatalogException}), a rule that fails on one application
 * ({@link org.grille.api.AssessmentException}), no engine on the class path
 * ({@link org.grille.api.EngineLookupException}).
 */
package org.grille.api;
