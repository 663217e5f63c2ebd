package org.grille.engine.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The interval of a gap between two funded rates: Newcombe's hybrid score method, checked on his published examples. */
class GapIntervalTest {

    @Test
    void matches_newcombe_s_worked_examples() {
        // Newcombe (1998), Statistics in Medicine 17:873-890, table II, method 10
        assertThat(FairnessAuditor.newcombe(56, 70, 48, 80)).containsExactly(new double[] {0.0524, 0.3339}, within(5e-4));
        assertThat(FairnessAuditor.newcombe(9, 10, 3, 10)).containsExactly(new double[] {0.1705, 0.8090}, within(5e-4));
    }

    @Test
    void stays_within_minus_one_and_one_at_the_extremes() {
        double[] all = FairnessAuditor.newcombe(10, 10, 0, 10);

        assertThat(all[0]).isBetween(0.0, 1.0);
        assertThat(all[1]).isBetween(0.0, 1.0);
    }
}
