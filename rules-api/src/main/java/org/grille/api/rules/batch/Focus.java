package org.grille.api.rules.batch;

import org.grille.api.application.Objective;

/**
 * The application of this key pursues this primary objective in this borough: one per borough served. It lets a rule
 * find "the same objective in the same (or a neighbouring) borough" through one indexed lookup on both values,
 * instead of pairing every application of a borough before comparing objectives.
 *
 * @param key       the application's opaque key in this batch
 * @param objective its primary objective
 * @param borough   one of the boroughs it serves
 */
public record Focus(int key, Objective objective, String borough) {
}
