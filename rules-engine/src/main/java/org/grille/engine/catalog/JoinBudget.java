package org.grille.engine.catalog;

import java.time.Duration;

/**
 * A time budget that stops a rule in the middle of a join. Drools' {@code halt()} takes effect between firings only:
 * a join of two large sets of facts runs to its end first. So the printer makes {@code JoinBudget.within($earlier)}
 * the first constraint of every pattern that follows another in its rule; the join evaluates it for every pair it
 * tries, and it throws {@link Exceeded} once the budget this thread {@linkplain #start started} is spent.
 *
 * <p>Without a started budget (a partnership pass, a test) the guard only returns true. It reads the clock on its
 * first call and every {@value #CHECK_EVERY} calls after, so a pair costs a thread-local read and a count.
 */
public final class JoinBudget {

    static final int CHECK_EVERY = 256;
    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private JoinBudget() {
    }

    /**
     * The guard printed into rules; always true until the budget is spent.
     *
     * @param earlier a fact or value bound by an earlier pattern of the rule: it makes the guard part of the join, so
     *                Drools evaluates it for every pair rather than once per fact
     * @return true
     * @throws Exceeded when the budget of this thread's assessment is spent
     */
    public static boolean within(Object earlier) {
        Deadline deadline = CURRENT.get();
        if (deadline != null) {
            deadline.check();
        }
        return true;
    }

    /**
     * Starts a budget for the rules this thread runs until the returned deadline is closed.
     *
     * @param budget how long the rules may run
     * @return the deadline; close it when the session is done
     */
    public static Deadline start(Duration budget) {
        Deadline deadline = new Deadline(System.nanoTime() + budget.toNanos(), CURRENT.get());
        CURRENT.set(deadline);
        return deadline;
    }

    /** A started budget: the moment it ends and how many pairs the guard has seen. */
    public static final class Deadline implements AutoCloseable {

        private final long end;
        private final Deadline previous;
        private long checks;

        private Deadline(long end, Deadline previous) {
            this.end = end;
            this.previous = previous;
        }

        private void check() {
            if (checks++ % CHECK_EVERY == 0 && System.nanoTime() - end > 0) {
                throw new Exceeded(checks);
            }
        }

        /**
         * The pairs the guard has seen under this deadline.
         *
         * @return a count
         */
        public long checks() {
            return checks;
        }

        /** Ends the budget; the thread's earlier one, if any, applies again. */
        @Override
        public void close() {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Thrown from inside a join when the budget is spent; Drools wraps it, the scorer looks for it among the causes. */
    public static final class Exceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Exceeded(long checks) {
            super("time budget spent after " + checks + " pairs", null, false, false);
        }

        /**
         * Whether {@code error} or one of its causes is a spent budget.
         *
         * @param error what a session threw
         * @return true when the budget stopped the rules
         */
        public static boolean among(Throwable error) {
            for (Throwable t = error; t != null; t = t.getCause()) {
                if (t instanceof Exceeded) {
                    return true;
                }
            }
            return false;
        }
    }
}
