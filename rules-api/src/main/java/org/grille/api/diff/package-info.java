/**
 * Comparing two catalog versions on the same applications: {@link org.grille.api.diff.CatalogDiff}. Plain
 * logic over {@link org.grille.api.Scorer}s, so it works with any engine.
 */
package org.grille.api.diff;
