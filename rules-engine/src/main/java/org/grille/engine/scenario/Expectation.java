package org.grille.engine.scenario;

import java.util.List;
import java.util.Map;

/**
 * What a scenario expects; a null or empty part is not checked.
 *
 * @param eligible    eligible or not
 * @param fundable    fundable or not
 * @param total       the exact total
 * @param failedGates the exact set of failed gate codes
 * @param scores      sub-scores by criterion or objective name
 * @param fired       rules that must fire
 * @param notFired    rules that must not fire
 */
public record Expectation(Boolean eligible, Boolean fundable, Integer total, List<String> failedGates,
                          Map<String, Integer> scores, List<String> fired, List<String> notFired) {

    public Expectation {
        failedGates = failedGates == null ? null : List.copyOf(failedGates);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        fired = fired == null ? List.of() : List.copyOf(fired);
        notFired = notFired == null ? List.of() : List.copyOf(notFired);
    }

    /** Nothing is expected: a scenario that cannot fail. */
    boolean empty() {
        return eligible == null && fundable == null && total == null && failedGates == null && scores.isEmpty()
                && fired.isEmpty() && notFired.isEmpty();
    }
}
