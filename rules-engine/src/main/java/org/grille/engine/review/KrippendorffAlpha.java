package org.grille.engine.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Krippendorff's alpha for interval data: {@code 1 - Do / De}, where {@code Do} is the disagreement among the values
 * of each unit (here an application's scores of one criterion) and {@code De} the disagreement among all pairable
 * values regardless of unit. Units with fewer than two values are not pairable and are left out. Computed as in
 * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), with the squared difference as metric.
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** The alpha of these units' values, or null when it is undefined (fewer than two pairable values, or no variation). */
    static Double interval(Collection<List<Double>> units) {
        List<List<Double>> pairable = units.stream().filter(u -> u.size() >= 2).toList();
        List<Double> values = new ArrayList<>();
        pairable.forEach(values::addAll);
        int n = values.size();
        if (n < 2) {
            return null;
        }
        double observed = 0;
        for (List<Double> unit : pairable) {
            observed += squaredDifferences(unit) / (unit.size() - 1);
        }
        observed /= n;
        double expected = squaredDifferences(values) / ((double) n * (n - 1));
        if (expected == 0) {
            return null;
        }
        return 1 - observed / expected;
    }

    /**
     * The sum over ordered pairs of distinct positions of the squared difference of their values, which is
     * {@code 2 n Σ (v - mean)²}: linear in the number of values.
     */
    private static double squaredDifferences(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return 2 * values.size() * sum;
    }
}
