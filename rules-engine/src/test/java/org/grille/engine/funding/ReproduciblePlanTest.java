package org.grille.engine.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A public decision does not change with the server's load: the max-score solver stops on a count of work done
 * (deterministic time, one worker, a fixed seed), not on the clock, so a search the limit cuts short ends on the same
 * plan on an idle machine and on one kept busy by other threads.
 */
class ReproduciblePlanTest {

    /** Enough applications and tight enough years that the small work limit below stops the search before a proof. */
    private static List<Candidate> hardCall() {
        Random random = new Random(2027);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int total = 60 + random.nextInt(41);
            long first = 5_000 + random.nextInt(95) * 1_000L;
            candidates.add(Plans.fundable(String.format("A-%04d", i), total, Plans.OBJECTIVES.get(i % Plans.OBJECTIVES.size()),
                    first, first / 2 + random.nextInt(20) * 1_000L, random.nextBoolean() ? 0L : first / 3));
        }
        return candidates;
    }

    private static MaxScoreSolver.Result solve(List<Candidate> candidates) {
        MaxScoreSolver solver = new MaxScoreSolver(candidates, List.of(4_000_000L, 2_500_000L, 1_000_000L));
        return solver.solve(new BitSet(), Duration.ofMillis(50));
    }

    @Test
    void the_same_plan_on_an_idle_machine_and_on_a_busy_one() throws InterruptedException {
        List<Candidate> candidates = hardCall();
        MaxScoreSolver.Result idle = solve(candidates);

        AtomicBoolean busy = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (int i = 0; i < 2 * Runtime.getRuntime().availableProcessors(); i++) {
            Thread spinner = new Thread(() -> {
                long x = 0;
                while (busy.get()) {
                    x += System.nanoTime() % 7;
                }
                if (x == 42) {
                    System.out.print("");
                }
            });
            spinner.setDaemon(true);
            spinner.start();
            load.add(spinner);
        }
        MaxScoreSolver.Result loaded;
        try {
            loaded = solve(candidates);
        } finally {
            busy.set(false);
            for (Thread spinner : load) {
                spinner.join();
            }
        }

        assertThat(idle.stage()).as("the work limit cut the search short: the case where the clock used to matter")
                .isEqualTo(MaxScoreSolver.Stage.SCORE_UNPROVEN);
        assertThat(idle.wallClockCut()).isFalse();
        assertThat(loaded.wallClockCut()).isFalse();
        assertThat(loaded.funded()).isEqualTo(idle.funded());
        assertThat(loaded.score()).isEqualTo(idle.score());
        assertThat(loaded.bound()).isEqualTo(idle.bound());
    }
}
