package org.grille.engine.catalog;

/**
 * The one fact of a partnership session that is not about an application: which pairs the session is to find. The
 * printer makes every partnership rule read it first and binds the rule's {@code $ka} to a key in
 * {@code [low, high)}, so a batch can be run in slices of keys, each in a session of its own that holds only its
 * slice's partial matches (issue 26: one session holding every pair of a thousand applications needed over 256 MB).
 * A rule marked {@code @symmetric} also keeps only {@code $ka < $kb} unless {@code both} is set: it pairs A with B
 * exactly when it pairs B with A, so the other way would only find the same pair again.
 *
 * @param low  the lowest key {@code $ka} may take
 * @param high the key above the highest {@code $ka} may take
 * @param both whether a symmetric rule is matched both ways too (the fairness gate and the tests that hold
 *             {@code @symmetric} to its promise read every firing)
 */
public record PairWindow(int low, int high, boolean both) {

    /**
     * Every pair, both ways.
     *
     * @return a window over every key, symmetric rules matched both ways
     */
    public static PairWindow everything() {
        return new PairWindow(Integer.MIN_VALUE, Integer.MAX_VALUE, true);
    }
}
