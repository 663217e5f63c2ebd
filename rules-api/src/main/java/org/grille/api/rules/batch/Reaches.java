package org.grille.api.rules.batch;

import org.grille.api.application.TargetGroup;

/**
 * The application of this key serves this target group.
 *
 * @param key         the application's opaque key in this batch
 * @param targetGroup one of its target groups
 */
public record Reaches(int key, TargetGroup targetGroup) {
}
