package org.grille.api.rules.batch;

import org.grille.api.application.ActivityType;

/**
 * The application of this key has at least one activity of this type.
 *
 * @param key          the application's opaque key in this batch
 * @param activityType one of its activity types
 */
public record Offers(int key, ActivityType activityType) {
}
