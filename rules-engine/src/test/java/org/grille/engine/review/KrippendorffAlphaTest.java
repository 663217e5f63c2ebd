package org.grille.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * The worked example of K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011, Annenberg School for
     * Communication, University of Pennsylvania), section C: four observers, twelve units, some values missing. The
     * paper gives alpha = 0.849 for interval data. Unit 12 has a single value and is not pairable.
     */
    @Test
    void matchesKrippendorffsPublishedIntervalExample() {
        Integer[][] observers = {
                {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
                {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
                {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
                {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null}};
        List<List<Double>> units = new ArrayList<>();
        for (int unit = 0; unit < 12; unit++) {
            List<Double> values = new ArrayList<>();
            for (Integer[] observer : observers) {
                if (observer[unit] != null) {
                    values.add(observer[unit].doubleValue());
                }
            }
            units.add(values);
        }
        assertThat(KrippendorffAlpha.interval(units)).isCloseTo(0.849, within(0.0005));
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        assertThat(KrippendorffAlpha.interval(List.of(List.of(2.0, 2.0), List.of(8.0, 8.0)))).isEqualTo(1.0);
        assertThat(KrippendorffAlpha.interval(List.of(List.of(5.0, 5.0), List.of(5.0, 5.0)))).isNull();
        assertThat(KrippendorffAlpha.interval(List.of(List.of(5.0), List.of(7.0)))).isNull();
    }

    @Test
    void systematicDisagreementIsBelowZero() {
        // within each application the two scores are as far apart as the whole set: worse than chance
        assertThat(KrippendorffAlpha.interval(List.of(List.of(0.0, 10.0), List.of(10.0, 0.0)))).isNegative();
    }
}
