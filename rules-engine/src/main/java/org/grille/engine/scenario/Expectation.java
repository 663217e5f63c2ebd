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
 * @param suggested    partnership rules that must pair the scenario's application with its partner
 * @param notSuggested partnership rules that must not pair them
 */
public record Expectation(Boolean eligible, Boolean fundable, Integer total, List<String> failedGates,
                          Map<String, Integer> scores, List<String> fired, List<String> notFired, List<String> suggested,
                          List<String> notSuggested) {

    /** The expectations of a scoring scenario, without partnership expectations. */
    public Expectation(Boolean eligible, Boolean fundable, Integer total, List<String> failedGates,
                       Map<String, Integer> scores, List<String> fired, List<String> notFired) {
        this(eligible, fundable, total, failedGates, scores, fired, notFired, null, null);
    }

    public Expectation {
        failedGates = failedGates == null ? null : List.copyOf(failedGates);
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        fired = fired == null ? List.of() : List.copyOf(fired);
        notFired = notFired == null ? List.of() : List.copyOf(notFired);
        suggested = suggested == null ? List.of() : List.copyOf(suggested);
        notSuggested = notSuggested == null ? List.of() : List.copyOf(notSuggested);
    }

    /** Nothing is expected: a scenario that cannot fail. */
    boolean empty() {
        return eligible == null && fundable == null && total == null && failedGates == null && scores.isEmpty()
                && fired.isEmpty() && notFired.isEmpty() && suggested.isEmpty() && notSuggested.isEmpty();
    }
}
