package org.grille.api.rules.batch;

import org.grille.api.application.Objective;

/**
 * The application of this key pursues this objective (primary or secondary).
 *
 * @param key       the application's opaque key in this batch
 * @param objective one of its objectives
 */
public record Pursues(int key, Objective objective) {
}
