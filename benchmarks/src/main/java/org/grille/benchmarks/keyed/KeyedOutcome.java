package org.grille.benchmarks.keyed;

/** {@link org.grille.api.rules.OutcomeFact} with the key of its application in a batch session. */
public record KeyedOutcome(
        int key,
        boolean described,
        boolean hasIndicator,
        Double baseline,
        Double target,
        boolean measurable) {

    public static KeyedOutcome of(int key, org.grille.api.rules.OutcomeFact o) {
        return new KeyedOutcome(key, o.described(), o.hasIndicator(), o.baseline(), o.target(), o.measurable());
    }
}
