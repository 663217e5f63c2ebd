package org.grille.api.partnership;

import java.util.List;

/**
 * Applications that {@link SuggestionKind#LIKELY_OVERLAP} rules link together, directly or through one another:
 * possible duplications the committee should look at side by side. An overlap is a question, not a verdict.
 *
 * @param applicationIds the applications, sorted by id; at least two
 * @param rules          the overlap rules that linked them, sorted
 */
public record OverlapCluster(List<String> applicationIds, List<String> rules) {

    /**
     * Copies every list, so the record cannot change after it is made.
     *
     * @param applicationIds the applications, sorted by id; at least two
     * @param rules the overlap rules that linked them, sorted
     */
    public OverlapCluster {
        applicationIds = List.copyOf(applicationIds);
        rules = List.copyOf(rules);
    }
}
