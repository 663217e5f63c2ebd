package org.grille.api.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Fisher's exact test against published values. */
class GroupConcentrationTest {

    @Test
    void the_lady_tasting_tea() {
        // Fisher (1935): 3 of 4 cups right, two-sided p = 34/70
        assertThat(org.grille.api.fairness.FisherExact.twoSided(3, 4, 4, 8)).isCloseTo(34.0 / 70, within(1e-9));
    }

    @Test
    void a_lopsided_table() {
        // [[8, 2], [1, 5]]: two-sided p = 0.034965 (R: fisher.test(matrix(c(8,1,2,5),2)))
        assertThat(org.grille.api.fairness.FisherExact.twoSided(8, 10, 9, 16)).isCloseTo(0.034965, within(1e-6));
    }

    @Test
    void an_even_spread_is_not_significant() {
        assertThat(org.grille.api.fairness.FisherExact.twoSided(5, 10, 10, 20)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void no_change_at_all_is_certain() {
        assertThat(org.grille.api.fairness.FisherExact.twoSided(0, 20, 0, 47)).isCloseTo(1.0, within(1e-9));
    }
}
