package org.grille.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog's borough adjacency table: which Montréal boroughs share a border, read from the file the manifest
 * names in {@code boroughAdjacency}. A border is listed once or twice, it holds both ways; a borough is never its own
 * neighbour. Every neighbour named must be a borough of the table, so a typo is caught at validation, not as a
 * suggestion that silently never fires.
 */
public final class BoroughAdjacency {

    /** No table: partnership rules see no {@code Neighbours} fact. */
    public static final BoroughAdjacency NONE = new BoroughAdjacency(Map.of());

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final Map<String, Set<String>> neighbours;

    private BoroughAdjacency(Map<String, Set<String>> neighbours) {
        this.neighbours = neighbours;
    }

    /** Every border, both ways, sorted: the pairs the batch session receives as {@code Neighbours} facts. */
    public List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>();
        neighbours.forEach((borough, around) -> around.forEach(n -> pairs.add(new String[] {borough, n})));
        return pairs;
    }

    /** The boroughs of the table, sorted. */
    public Set<String> boroughs() {
        return neighbours.keySet();
    }

    /** The neighbours of {@code borough}, sorted; empty for a borough outside the table. */
    public Set<String> of(String borough) {
        return neighbours.getOrDefault(borough, Set.of());
    }

    /** Reads the table; problems go to {@code problems} with the file and the JSON path. */
    static BoroughAdjacency read(String file, byte[] json, ProblemCollector problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            problems.error(file, line, column, null, "BOROUGHS-UNREADABLE", "$", e.getOriginalMessage());
            return NONE;
        }
        JsonNode boroughs = root == null ? null : root.get("boroughs");
        if (boroughs == null || !boroughs.isObject() || boroughs.isEmpty()) {
            problems.error(file, 0, 0, null, "BOROUGHS-UNREADABLE", "$.boroughs",
                    problems.messages().get("boroughs.expected"));
            return NONE;
        }
        Map<String, Set<String>> table = new TreeMap<>();
        boroughs.properties().forEach(entry -> table.put(entry.getKey(), new TreeSet<>()));
        for (Map.Entry<String, JsonNode> entry : boroughs.properties()) {
            String borough = entry.getKey();
            String path = "$.boroughs[\"" + borough + "\"]";
            if (!entry.getValue().isArray()) {
                problems.error(file, 0, 0, null, "BOROUGHS-UNREADABLE", path, problems.messages().get("boroughs.expected"));
                continue;
            }
            int index = 0;
            for (JsonNode value : entry.getValue()) {
                String neighbour = value.isString() ? value.asString() : null;
                String at = path + "[" + index++ + "]";
                if (neighbour == null || !table.containsKey(neighbour)) {
                    String suggestion = neighbour == null ? null : Vocabulary.closest(neighbour, table.keySet());
                    problems.error(file, 0, 0, null, "BOROUGHS-UNKNOWN", at, neighbour == null ? value.toString() : neighbour,
                            suggestion == null ? "" : problems.messages().get("suggest.didYouMean", suggestion));
                } else if (neighbour.equals(borough)) {
                    problems.error(file, 0, 0, null, "BOROUGHS-SELF", at, borough);
                } else {
                    table.get(borough).add(neighbour);
                    table.get(neighbour).add(borough);
                }
            }
        }
        Map<String, Set<String>> frozen = new TreeMap<>();
        table.forEach((borough, around) -> frozen.put(borough, java.util.Collections.unmodifiableSet(around)));
        return new BoroughAdjacency(java.util.Collections.unmodifiableMap(frozen));
    }
}
