package org.grille.engine.scoring;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.kie.api.runtime.KieSession;

/**
 * Halts a session that runs past its time budget. {@code halt()} takes effect between firings; {@code JoinBudget}
 * stops a join in the middle.
 *
 * <p>One timer per assessing thread, not one per assessment: an assessment takes tens of microseconds and a budget
 * is seconds, so a timer per assessment either waits out the budget in the timer's queue, tens of thousands at a time
 * and each one run to nothing when its time comes, or, removed when cancelled, wakes the timer's thread on every
 * assessment to sort the next one in. Here starting an assessment writes the thread's current watch; a timer is
 * scheduled only when none is pending for a moment at or before the new deadline. When it goes off, it halts what has
 * run past its deadline and, if an assessment of that thread is still running, sets itself again for that
 * assessment's deadline, so a session is halted as soon as its own budget is spent, as before.
 */
final class Watchdog {

    private static final int RUNNING = 0;
    private static final int DONE = 1;
    private static final int HALTED = 2;

    /** One daemon thread for every scorer, idle but for the timers. */
    private static final ScheduledExecutorService TIMER = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "grille-assessment-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private static final ThreadLocal<Alarm> ALARMS = ThreadLocal.withInitial(Alarm::new);

    private Watchdog() {
    }

    /** Watches {@code session} from now until the returned watch is closed, on this thread. */
    static Watch start(KieSession session, Duration budget) {
        Alarm alarm = ALARMS.get();
        Watch watch = new Watch(session, System.nanoTime() + budget.toNanos(), alarm, alarm.current);
        alarm.watch(watch);
        return watch;
    }

    /** One assessment's session and deadline. */
    static final class Watch implements AutoCloseable {

        private final KieSession session;
        private final long deadline;
        private final Alarm alarm;
        /** The watch of an assessment this thread was already running, watched again once this one closes. */
        private final Watch outer;
        private final AtomicInteger state = new AtomicInteger(RUNNING);

        private Watch(KieSession session, long deadline, Alarm alarm, Watch outer) {
            this.session = session;
            this.deadline = deadline;
            this.alarm = alarm;
            this.outer = outer;
        }

        /**
         * Marks the rules finished; from then on the watchdog leaves the session alone.
         *
         * @return false when the watchdog halted the session first: it ran out of time
         */
        boolean finishedInTime() {
            return state.compareAndSet(RUNNING, DONE);
        }

        /** Stops watching, whatever happened. */
        @Override
        public void close() {
            state.set(DONE);
            alarm.current = outer;
        }

        /** Halts the session when it has run past its deadline; true when it did or the rules had finished. */
        private boolean haltIfLate(long now) {
            if (now - deadline < 0) {
                return false;
            }
            if (state.compareAndSet(RUNNING, HALTED)) {
                session.halt();
            }
            return true;
        }
    }

    /** A thread's timer: at most one pending for a moment at or before its running assessments' deadlines. */
    private static final class Alarm implements Runnable {

        /** The assessment this thread is running, null when it runs none. */
        private volatile Watch current;
        /** When the last timer scheduled goes off; {@code Long.MAX_VALUE} when none is known to be pending. */
        private long pendingAt = Long.MAX_VALUE;

        void watch(Watch watch) {
            current = watch;
            arm(watch.deadline);
        }

        /** Schedules a timer for {@code deadline} unless one is pending for that moment or earlier. */
        private synchronized void arm(long deadline) {
            if (pendingAt == Long.MAX_VALUE || deadline - pendingAt < 0) {
                pendingAt = deadline;
                TIMER.schedule(this, deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        }

        /** On the timer's thread: halt what is late, then set the timer again for what still runs. */
        @Override
        public void run() {
            synchronized (this) {
                // another pending timer may remain: forgetting it only risks one timer too many, never one too few
                pendingAt = Long.MAX_VALUE;
            }
            long now = System.nanoTime();
            long next = Long.MAX_VALUE;
            for (Watch watch = current; watch != null; watch = watch.outer) {
                if (!watch.haltIfLate(now) && (next == Long.MAX_VALUE || watch.deadline - next < 0)) {
                    next = watch.deadline;
                }
            }
            if (next != Long.MAX_VALUE) {
                arm(next);
            }
        }
    }
}
