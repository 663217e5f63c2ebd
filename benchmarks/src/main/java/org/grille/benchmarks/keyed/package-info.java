/**
 * The rule vocabulary with one more field, the key of the application a fact belongs to, for
 * {@link org.grille.benchmarks.KeyedBatch}: a measurement of several applications in one session, not an engine
 * feature. Each record copies its {@code org.grille.api.rules} counterpart component by component.
 */
package org.grille.benchmarks.keyed;
