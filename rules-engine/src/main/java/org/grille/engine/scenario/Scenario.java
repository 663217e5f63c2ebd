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
 * @param partner the second application of a pair, for scenarios of partnership rules; null for one application
 */
public record Scenario(String name, String file, int line, String base, Map<String, JsonNode> set, List<String> remove,
                       Expectation expect, Partner partner) {

    /**
     * The other application of a pair: its own base (or the scenario's) and its own changes.
     *
     * @param base   the base application's file, relative to the catalog root
     * @param set    fields to change, by path, with their new values
     * @param remove fields to remove, by path
     */
    public record Partner(String base, Map<String, JsonNode> set, List<String> remove) {
        public Partner {
            set = Map.copyOf(set);
            remove = List.copyOf(remove);
        }
    }

    public Scenario {
        set = Map.copyOf(set);
        remove = List.copyOf(remove);
    }
}
