package org.grille.engine.scenario;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One scenario as policy staff write it: start from a base application, change a few fields, say what should
 * come out.
 *
 * @param name   what the scenario checks, in words
 * @param file   the scenario file, relative to the catalog root
 * @param line   where the scenario starts in that file
 * @param base   the base application's file, relative to the catalog root
 * @param set    fields to change, by path ({@code organization.yearsActive}), with their new values
 * @param remove fields to remove, by path
 * @param expect what should come out
 */
public record Scenario(String name, String file, int line, String base, Map<String, JsonNode> set, List<String> remove,
                       Expectation expect) {

    public Scenario {
        set = Map.copyOf(set);
        remove = List.copyOf(remove);
    }
}
