package org.grille.engine.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogSource;
import org.grille.engine.catalog.RawText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads scenario tables, in JSON or in CSV (a spreadsheet export), and reports every problem with its file and
 * line. In CSV, {@code set} holds {@code path=value} pairs separated by {@code ;}, lists are separated by {@code |},
 * and {@code scores} holds {@code NAME=points} pairs.
 */
public final class ScenarioReader {

    static final Set<String> SCENARIO_KEYS = Set.of("name", "base", "set", "remove", "expect", "partner");
    static final Set<String> PARTNER_KEYS = Set.of("base", "set", "remove");
    static final List<String> CSV_COLUMNS = List.of("name", "base", "set", "remove", "eligible", "fundable", "total",
            "failedGates", "scores", "fired", "notFired");

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(org.grille.engine.json.RubricIds.module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final CsvMapper CSV = CsvMapper.builder().build();

    private final Messages messages;

    public ScenarioReader(Messages messages) {
        this.messages = messages;
    }

    /** The scenarios of one file; problems are added to {@code problems}. */
    public List<Scenario> read(CatalogSource source, String file, List<CatalogProblem> problems) {
        Optional<byte[]> bytes = source.read(file);
        if (bytes.isEmpty()) {
            problems.add(problem("manifest.json", 0, "SCENARIO-FILE-MISSING", file));
            return List.of();
        }
        // scenario names and base applications reach the terminal and the reports: the same character check as rule files
        List<CatalogProblem> characters = RawText.problems(file, bytes.get(), messages);
        if (!characters.isEmpty()) {
            problems.addAll(characters);
            return List.of();
        }
        List<Scenario> scenarios = file.endsWith(".csv") ? readCsv(bytes.get(), file, problems)
                : readJson(bytes.get(), file, problems);
        scenarios.stream().flatMap(s -> java.util.stream.Stream.of(s.base(), s.partner() == null ? null : s.partner().base()))
                .filter(java.util.Objects::nonNull).distinct()
                .forEach(base -> source.read(base).ifPresent(b -> problems.addAll(RawText.problems(base, b, messages))));
        return scenarios;
    }

    private List<Scenario> readJson(byte[] bytes, String file, List<CatalogProblem> problems) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(problem(file, at == null ? 0 : at.getLineNr(), "SCENARIO-UNREADABLE", org.grille.engine.json.JsonErrors.plain(e, messages)));
            return List.of();
        }
        String defaultBase = text(root.get("base"));
        JsonNode list = root.get("scenarios");
        if (list == null || !list.isArray()) {
            problems.add(problem(file, 1, "SCENARIO-NO-LIST"));
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        List<TokenStreamLocation> starts = org.grille.engine.json.JsonPaths.elements(MAPPER, bytes, "/scenarios");
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            TokenStreamLocation at = i < starts.size() ? starts.get(i) : null;
            int line = at == null ? 0 : at.getLineNr();
            List<String> unknown = new ArrayList<>();
            node.propertyNames().forEach(key -> {
                if (!SCENARIO_KEYS.contains(key)) {
                    unknown.add(key);
                }
            });
            if (!unknown.isEmpty()) {
                problems.add(problemAt(file, bytes, "/scenarios/" + i + "/" + unknown.get(0), line, "SCENARIO-UNKNOWN-KEY", unknown,
                        new java.util.TreeSet<>(SCENARIO_KEYS)));
                continue;
            }
            Map<String, JsonNode> set = new LinkedHashMap<>();
            if (node.get("set") != null) {
                node.get("set").properties().forEach(e -> set.put(e.getKey(), e.getValue()));
            }
            List<String> remove = new ArrayList<>();
            if (node.get("remove") != null) {
                node.get("remove").forEach(r -> remove.add(r.asString()));
            }
            Expectation expect;
            try {
                expect = node.get("expect") == null ? new Expectation(null, null, null, null, null, null, null)
                        : MAPPER.treeToValue(node.get("expect"), Expectation.class);
            } catch (JacksonException e) {
                // at the expectation's own field, not at the scenario's opening brace
                problems.add(problemAt(file, bytes, "/scenarios/" + i + "/expect" + org.grille.engine.json.JsonPaths.pointer(e.getPath()),
                        line, "SCENARIO-EXPECT", org.grille.engine.json.JsonErrors.plain(e, messages)));
                continue;
            }
            String base = resolve(file, text(node.get("base")) != null ? text(node.get("base")) : defaultBase);
            Scenario.Partner partner = null;
            JsonNode other = node.get("partner");
            if (other != null) {
                List<String> wrong = new ArrayList<>();
                if (other.isObject()) {
                    other.propertyNames().forEach(key -> {
                        if (!PARTNER_KEYS.contains(key)) {
                            wrong.add(key);
                        }
                    });
                }
                if (!other.isObject() || !wrong.isEmpty()) {
                    problems.add(problem(file, line, "SCENARIO-UNKNOWN-KEY", wrong, new java.util.TreeSet<>(PARTNER_KEYS)));
                    continue;
                }
                Map<String, JsonNode> partnerSet = new LinkedHashMap<>();
                if (other.get("set") != null) {
                    other.get("set").properties().forEach(e -> partnerSet.put(e.getKey(), e.getValue()));
                }
                List<String> partnerRemove = new ArrayList<>();
                if (other.get("remove") != null) {
                    other.get("remove").forEach(r -> partnerRemove.add(r.asString()));
                }
                partner = new Scenario.Partner(text(other.get("base")) != null ? resolve(file, text(other.get("base"))) : base,
                        partnerSet, partnerRemove);
            }
            add(scenarios, problems, new Scenario(text(node.get("name")), file, line, base, set, remove, expect, partner));
        }
        return scenarios;
    }

    private List<Scenario> readCsv(byte[] bytes, String file, List<CatalogProblem> problems) {
        List<Scenario> scenarios = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(schema).readValues(bytes)) {
            int line = 1;
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                line++;
                List<String> unknown = row.keySet().stream().filter(k -> !CSV_COLUMNS.contains(k)).toList();
                if (!unknown.isEmpty()) {
                    problems.add(problem(file, 1, "SCENARIO-UNKNOWN-KEY", unknown, CSV_COLUMNS));
                    return List.of();
                }
                try {
                    add(scenarios, problems, new Scenario(blankToNull(row.get("name")), file, line,
                            resolve(file, blankToNull(row.get("base"))), pairs(row.get("set")), list(row.get("remove")),
                            new Expectation(bool("eligible", row.get("eligible")), bool("fundable", row.get("fundable")),
                                    integer("total", row.get("total")),
                                    blankToNull(row.get("failedGates")) == null ? null : list(row.get("failedGates")),
                                    scores(row.get("scores")), list(row.get("fired")), list(row.get("notFired"))), null));
                } catch (BadCell e) {
                    problems.add(problem(file, line, "SCENARIO-CELL", e.column, e.value));
                }
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(problem(file, at == null ? 0 : at.getLineNr(), "SCENARIO-UNREADABLE", org.grille.engine.json.JsonErrors.plain(e, messages)));
        }
        return scenarios;
    }

    private void add(List<Scenario> scenarios, List<CatalogProblem> problems, Scenario scenario) {
        if (scenario.name() == null) {
            problems.add(problem(scenario.file(), scenario.line(), "SCENARIO-NO-NAME"));
        } else if (scenario.base() == null) {
            problems.add(problem(scenario.file(), scenario.line(), "SCENARIO-NO-BASE", scenario.name()));
        } else if (scenario.expect().empty()) {
            problems.add(problem(scenario.file(), scenario.line(), "SCENARIO-NO-EXPECTATION", scenario.name()));
        } else {
            scenarios.add(scenario);
        }
    }

    /** A base file named relative to the scenario file's folder, as a path from the catalog root. */
    static String resolve(String scenarioFile, String base) {
        if (base == null) {
            return null;
        }
        int slash = scenarioFile.lastIndexOf('/');
        return java.nio.file.Path.of(slash < 0 ? "" : scenarioFile.substring(0, slash)).resolve(base).normalize()
                .toString().replace('\\', '/');
    }

    private static Map<String, JsonNode> pairs(String cell) {
        Map<String, JsonNode> pairs = new LinkedHashMap<>();
        for (String pair : split(cell, ";")) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new BadCell("set", pair);
            }
            pairs.put(pair.substring(0, equals).strip(), value(pair.substring(equals + 1).strip()));
        }
        return pairs;
    }

    /** A CSV cell's value: JSON when it reads as JSON (numbers, true, null, [..]), otherwise text. */
    private static JsonNode value(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JacksonException e) {
            return StringNode.valueOf(text);
        }
    }

    private static Map<String, Integer> scores(String cell) {
        Map<String, Integer> scores = new HashMap<>();
        for (String pair : split(cell, ";")) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new BadCell("scores", pair);
            }
            try {
                scores.put(pair.substring(0, equals).strip(), Integer.parseInt(pair.substring(equals + 1).strip()));
            } catch (NumberFormatException e) {
                throw new BadCell("scores", pair);
            }
        }
        return scores;
    }

    private static List<String> list(String cell) {
        return split(cell, "\\|");
    }

    private static List<String> split(String cell, String separator) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(cell.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Boolean bool(String column, String cell) {
        String text = blankToNull(cell);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "oui", "vrai" -> true;
            case "false", "no", "non", "faux" -> false;
            default -> throw new BadCell(column, text);
        };
    }

    private static Integer integer(String column, String cell) {
        String text = blankToNull(cell);
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new BadCell(column, text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** A CSV cell that does not say what its column expects. */
    private static final class BadCell extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;
        final String value;

        BadCell(String column, String value) {
            super(column + ": " + value, null, false, false);
            this.column = column;
            this.value = value;
        }
    }

    /** A problem at the line and column of {@code pointer} in the file, or at {@code line} when it is not there. */
    private CatalogProblem problemAt(String file, byte[] bytes, String pointer, int line, String code, Object... arguments) {
        TokenStreamLocation at = org.grille.engine.json.JsonPaths.locate(MAPPER, bytes, pointer);
        if (at == null || at.getLineNr() <= 0) {
            return problem(file, line, code, arguments);
        }
        return new CatalogProblem(CatalogProblem.Severity.ERROR, file, at.getLineNr(), Math.max(at.getColumnNr(), 0), null,
                "GRILLE-" + code, messages.get("catalog." + code, arguments));
    }

    private CatalogProblem problem(String file, int line, String code, Object... arguments) {
        return new CatalogProblem(CatalogProblem.Severity.ERROR, file, Math.max(line, 0), 0, null, "GRILLE-" + code,
                messages.get("catalog." + code, arguments));
    }
}
