package org.grille.api;

import java.util.List;

/**
 * The outcome of one scenario of a catalog's scenario table.
 *
 * @param name        the scenario's name, as written by policy staff
 * @param file        the scenario file, relative to the catalog root
 * @param line        the scenario's line in that file
 * @param passed      every expectation held
 * @param failures    each expectation that did not hold, "expected … but was …", in the reader's language
 * @param differences on failure, the rules whose points differ from the base application's, with the points
 * @param firedRules  the rules that fired for the scenario's application: what the scenario covers
 */
public record ScenarioResult(String name, String file, int line, boolean passed, List<String> failures,
                             List<String> differences, List<String> firedRules) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param name the scenario's name, as written by policy staff
     * @param file the scenario file, relative to the catalog root
     * @param line the scenario's line in that file
     * @param passed every expectation held
     * @param failures each expectation that did not hold, "expected … but was …", in the reader's language
     * @param differences on failure, the rules whose points differ from the base application's, with the points
     * @param firedRules the rules that fired for the scenario's application: what the scenario covers
     */
    public ScenarioResult {
        failures = List.copyOf(failures);
        differences = List.copyOf(differences);
        firedRules = List.copyOf(firedRules);
    }
}
