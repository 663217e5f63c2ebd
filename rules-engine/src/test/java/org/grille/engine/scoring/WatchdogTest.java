package org.grille.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

class WatchdogTest {

    /** A session that only counts the times it is halted. */
    private static KieSession counting(AtomicInteger halts) {
        return (KieSession) Proxy.newProxyInstance(KieSession.class.getClassLoader(), new Class<?>[] {KieSession.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("halt")) {
                        halts.incrementAndGet();
                    }
                    return null;
                });
    }

    @Test
    void a_session_past_its_budget_is_halted_once() throws InterruptedException {
        AtomicInteger halts = new AtomicInteger();
        try (Watchdog.Watch watch = Watchdog.start(counting(halts), Duration.ofMillis(20))) {
            Thread.sleep(300);
            assertThat(watch.finishedInTime()).isFalse();
        }
        assertThat(halts).hasValue(1);
    }

    @Test
    void sessions_that_finish_in_time_are_never_halted() throws InterruptedException {
        AtomicInteger halts = new AtomicInteger();
        for (int i = 0; i < 1_000; i++) {
            try (Watchdog.Watch watch = Watchdog.start(counting(halts), Duration.ofMillis(50))) {
                assertThat(watch.finishedInTime()).isTrue();
            }
        }
        Thread.sleep(200);
        assertThat(halts).hasValue(0);
    }

    @Test
    void a_session_started_while_an_earlier_timer_is_pending_is_halted_at_its_own_deadline() throws InterruptedException {
        AtomicInteger early = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        try (Watchdog.Watch first = Watchdog.start(counting(early), Duration.ofMillis(50))) {
            assertThat(first.finishedInTime()).isTrue();
        }
        long started = System.nanoTime();
        try (Watchdog.Watch second = Watchdog.start(counting(late), Duration.ofMillis(150))) {
            while (late.get() == 0 && System.nanoTime() - started < 2_000_000_000L) {
                Thread.sleep(5);
            }
            assertThat(second.finishedInTime()).isFalse();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(early).hasValue(0);
        assertThat(late).hasValue(1);
    }

    @Test
    void a_shorter_budget_started_after_a_longer_one_is_not_halted_late() throws InterruptedException {
        AtomicInteger halts = new AtomicInteger();
        try (Watchdog.Watch longer = Watchdog.start(counting(new AtomicInteger()), Duration.ofSeconds(10))) {
            assertThat(longer.finishedInTime()).isTrue();
        }
        long started = System.nanoTime();
        try (Watchdog.Watch shorter = Watchdog.start(counting(halts), Duration.ofMillis(30))) {
            while (halts.get() == 0 && System.nanoTime() - started < 2_000_000_000L) {
                Thread.sleep(5);
            }
            assertThat(shorter.finishedInTime()).isFalse();
        }
        assertThat(halts).hasValue(1);
    }
}
