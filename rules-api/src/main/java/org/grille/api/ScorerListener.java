package org.grille.api;

import java.time.Duration;

/**
 * Observes a scorer's work, for metrics, tracing or audit logs: the time of each assessment, each application that
 * could not be scored, and, since it is a {@link CatalogListener}, what happens to a watched catalog directory.
 * Set it with {@link Scorer.Builder#listener(ScorerListener)}; {@code org.grille:grille-micrometer} binds it to
 * Micrometer.
 *
 * <p>Assessment calls come on the thread that assesses, catalog calls on the watching thread: an implementation
 * must be thread-safe and quick. An exception it throws is logged and ignored; it never changes a result.
 */
public interface ScorerListener extends CatalogListener {

    /**
     * One application was assessed.
     *
     * @param assessment its assessment
     * @param time       how long the assessment took, validation and rules included
     */
    default void assessed(Assessment assessment, Duration time) {
    }

    /**
     * One application could not be assessed: unreadable, invalid, or a rule failed on it. In a batch it is one of
     * the batch's {@link BatchResult#rejections()}; on its own ({@link Scorer#assess}), index 0.
     *
     * @param rejection why, with the index, the application's id when known, and every problem
     */
    default void applicationRejected(Rejection rejection) {
    }
}
