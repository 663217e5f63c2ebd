package org.grille.benchmarks.keyed;

/** {@link org.grille.api.rules.ActivityFact} with the key of its application in a batch session. */
public record KeyedActivity(
        int key,
        org.grille.api.application.ActivityType type,
        Integer sessions,
        boolean described) {

    public static KeyedActivity of(int key, org.grille.api.rules.ActivityFact o) {
        return new KeyedActivity(key, o.type(), o.sessions(), o.described());
    }
}
