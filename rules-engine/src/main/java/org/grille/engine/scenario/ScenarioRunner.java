package org.grille.engine.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.grille.engine.fairness.Traced;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.GateFailure;
import org.grille.api.GrilleException;
import org.grille.api.InvalidApplicationException;
import org.grille.api.ScenarioResult;
import org.grille.api.application.Application;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.RecentResults;
import org.grille.engine.catalog.CatalogSource;
import org.grille.engine.json.JacksonJsonCodec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs scenarios against a catalog. A failing scenario says which expectation failed (expected, actual) and
 * which rules made the difference from its base application, so policy staff see why without reading code.
 */
public final class ScenarioRunner {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(org.grille.engine.json.RubricIds.module()).build();

    private final Messages messages;
    private final CatalogSource source;
    private final JacksonJsonCodec codec;
    private final Map<String, Optional<ObjectNode>> bases = new HashMap<>();
    private final Map<String, Assessment> baseAssessments = new HashMap<>();

    public ScenarioRunner(Messages messages, CatalogSource source, JacksonJsonCodec codec) {
        this.messages = messages;
        this.source = source;
        this.codec = codec;
    }

    /** Runs each scenario; {@code assess} also names derivation rules, so a scenario may expect them to fire. */
    public List<ScenarioResult> run(List<Scenario> scenarios, Function<Application, Traced> assess) {
        return run(scenarios, assess, null);
    }

    /**
     * Runs each scenario; a scenario with a {@code partner} also runs the partnership rules on the pair.
     *
     * @param pairs the partnership rules that pair the first application with the second (in either order), or null
     *              when the catalog has none
     */
    public List<ScenarioResult> run(List<Scenario> scenarios, Function<Application, Traced> assess,
                                    java.util.function.BiFunction<Application, Application, Set<String>> pairs) {
        this.pairs = pairs;
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            results.add(run(scenario, assess));
        }
        return results;
    }

    private java.util.function.BiFunction<Application, Application, Set<String>> pairs;

    private ScenarioResult run(Scenario scenario, Function<Application, Traced> assess) {
        List<String> failures = new ArrayList<>();
        Optional<ObjectNode> base = base(scenario.base());
        if (base.isEmpty()) {
            return result(scenario, List.of(messages.get("scenario.noBase", scenario.base())), List.of(), List.of());
        }
        ObjectNode tree = base.get().deepCopy();
        for (Map.Entry<String, JsonNode> change : scenario.set().entrySet()) {
            if (!set(tree, pointer(change.getKey()), change.getValue())) {
                failures.add(messages.get("scenario.noSuchPath", change.getKey()));
            }
        }
        for (String path : scenario.remove()) {
            if (!remove(tree, pointer(path))) {
                failures.add(messages.get("scenario.noSuchPath", path));
            }
        }
        if (!failures.isEmpty()) {
            return result(scenario, failures, List.of(), List.of());
        }
        Traced traced;
        try {
            traced = assess.apply(read(tree));
        } catch (InvalidApplicationException e) {
            e.violations().forEach(v -> failures.add(messages.get("scenario.invalid", v.path(), v.message())));
            return result(scenario, failures, List.of(), List.of());
        } catch (GrilleException e) {
            return result(scenario, List.of(e.getMessage()), List.of(), List.of());
        }
        Assessment actual = traced.assessment();
        compare(scenario.expect(), actual, traced.rulesFired(), failures);
        if (scenario.partner() != null || !scenario.expect().suggested().isEmpty() || !scenario.expect().notSuggested().isEmpty()) {
            pair(scenario, tree, failures);
        }
        return result(scenario, failures, failures.isEmpty() ? List.of() : differences(scenario.base(), actual, assess),
                new java.util.TreeSet<>(traced.rulesFired()).stream().toList());
    }

    /** The partnership expectations of a pair scenario: which rules pair its application with its partner. */
    private void pair(Scenario scenario, ObjectNode first, List<String> failures) {
        if (scenario.partner() == null) {
            failures.add(messages.get("scenario.noPartner"));
            return;
        }
        if (pairs == null) {
            failures.add(messages.get("scenario.noPartnershipRules"));
            return;
        }
        Optional<ObjectNode> base = base(scenario.partner().base());
        if (base.isEmpty()) {
            failures.add(messages.get("scenario.noBase", scenario.partner().base()));
            return;
        }
        ObjectNode tree = base.get().deepCopy();
        for (Map.Entry<String, JsonNode> change : scenario.partner().set().entrySet()) {
            if (!set(tree, pointer(change.getKey()), change.getValue())) {
                failures.add(messages.get("scenario.noSuchPath", "partner." + change.getKey()));
            }
        }
        for (String path : scenario.partner().remove()) {
            if (!remove(tree, pointer(path))) {
                failures.add(messages.get("scenario.noSuchPath", "partner." + path));
            }
        }
        if (!failures.isEmpty()) {
            return;
        }
        if (tree.path("id").asString("").equals(first.path("id").asString(""))) {
            // Two applications of a batch have two ids: the partner of the same base gets its own.
            tree.put("id", first.path("id").asString("") + "-partenaire");
        }
        Set<String> suggested;
        try {
            suggested = pairs.apply(read(first), read(tree));
        } catch (InvalidApplicationException e) {
            e.violations().forEach(v -> failures.add(messages.get("scenario.invalid", "partner." + v.path(), v.message())));
            return;
        } catch (GrilleException e) {
            failures.add(e.getMessage());
            return;
        }
        scenario.expect().suggested().stream().filter(rule -> !suggested.contains(rule))
                .forEach(rule -> failures.add(messages.get("scenario.shouldSuggest", rule)));
        scenario.expect().notSuggested().stream().filter(suggested::contains)
                .forEach(rule -> failures.add(messages.get("scenario.shouldNotSuggest", rule)));
    }

    /**
     * Applications read lately, by their JSON text and the limits they were read under. A scenario's application
     * depends on its files alone, not on the rules, so a watch session that edits rules reads each one once. One that
     * does not read is not kept.
     */
    private static final RecentResults<List<Object>, Application> READ = new RecentResults<>(512);

    private Application read(ObjectNode tree) {
        String json = tree.toString();
        return READ.get(List.of(codec.limits(), json), () -> codec.readApplication(json));
    }

    private ScenarioResult result(Scenario scenario, List<String> failures, List<String> differences, List<String> fired) {
        return new ScenarioResult(scenario.name(), scenario.file(), scenario.line(), failures.isEmpty(), failures,
                differences, fired);
    }

    private void compare(Expectation expect, Assessment actual, Set<String> fired, List<String> failures) {
        check(failures, "scenario.label.eligible", expect.eligible(), actual.eligible());
        check(failures, "scenario.label.fundable", expect.fundable(), actual.fundable());
        check(failures, "scenario.label.total", expect.total(), actual.total());
        if (expect.failedGates() != null) {
            Set<String> gates = new TreeSet<>(actual.failedGates().stream().map(GateFailure::gate).toList());
            check(failures, "scenario.label.gates", new TreeSet<>(expect.failedGates()), gates);
        }
        expect.scores().forEach((name, points) -> {
            Integer score = score(actual, name);
            if (score == null) {
                failures.add(messages.get("scenario.unknownScore", name));
            } else if (!score.equals(points)) {
                failures.add(messages.get("scenario.mismatch", messages.get("scenario.label.score", name), points, score));
            }
        });
        expect.fired().stream().filter(rule -> !fired.contains(rule))
                .forEach(rule -> failures.add(messages.get("scenario.shouldFire", rule)));
        expect.notFired().stream().filter(fired::contains)
                .forEach(rule -> failures.add(messages.get("scenario.shouldNotFire", rule)));
    }

    private void check(List<String> failures, String label, Object expected, Object actual) {
        if (expected != null && !expected.equals(actual)) {
            failures.add(messages.get("scenario.mismatch", messages.get(label), expected, actual));
        }
    }

    private static Integer score(Assessment assessment, String name) {
        if (!Criterion.isId(name)) {
            return null;
        }
        Integer criterion = assessment.criterionScores().get(new Criterion(name));
        return criterion != null ? criterion : assessment.objectiveScores().get(new Objective(name));
    }

    /** What changed against the base application: gates and counted points, rule by rule. */
    private List<String> differences(String baseFile, Assessment actual, Function<Application, Traced> assess) {
        Assessment base = baseAssessments.computeIfAbsent(baseFile, f -> {
            try {
                return assess.apply(read(bases.get(f).orElseThrow())).assessment();
            } catch (GrilleException e) {
                return null;
            }
        });
        if (base == null) {
            return List.of();
        }
        List<String> differences = new ArrayList<>();
        Map<String, Integer> before = points(base);
        Map<String, Integer> after = points(actual);
        Set<String> rules = new TreeSet<>(before.keySet());
        rules.addAll(after.keySet());
        // rules are told apart by name and shown by title (the English title in English)
        Map<String, String> titles = titles(base);
        titles.putAll(titles(actual));
        for (String rule : rules) {
            int delta = after.getOrDefault(rule, 0) - before.getOrDefault(rule, 0);
            if (delta != 0) {
                differences.add(String.format("%+d  %s", delta, titles.getOrDefault(rule, rule)));
            }
        }
        Set<String> gatesBefore = new TreeSet<>(base.failedGates().stream().map(GateFailure::rule).toList());
        Set<String> gatesAfter = new TreeSet<>(actual.failedGates().stream().map(GateFailure::rule).toList());
        gatesAfter.stream().filter(g -> !gatesBefore.contains(g))
                .forEach(g -> differences.add(messages.get("scenario.gateFailed", titles.getOrDefault(g, g))));
        gatesBefore.stream().filter(g -> !gatesAfter.contains(g))
                .forEach(g -> differences.add(messages.get("scenario.gatePassed", titles.getOrDefault(g, g))));
        return differences;
    }

    /** Each rule that counted or failed a gate in {@code assessment}, by name: its title in the reader's language. */
    private static Map<String, String> titles(Assessment assessment) {
        Map<String, String> titles = new HashMap<>();
        assessment.contributions().forEach(c -> titles.put(c.rule(), c.title()));
        assessment.failedGates().forEach(g -> titles.put(g.rule(), g.title()));
        return titles;
    }

    private static Map<String, Integer> points(Assessment assessment) {
        Map<String, Integer> points = new LinkedHashMap<>();
        for (Contribution c : assessment.contributions()) {
            points.merge(c.rule(), c.counted(), Integer::sum);
        }
        return points;
    }

    private Optional<ObjectNode> base(String file) {
        return bases.computeIfAbsent(file, f -> source.read(f).map(bytes -> {
            try {
                JsonNode node = MAPPER.readTree(bytes);
                return node instanceof ObjectNode object ? object : null;
            } catch (tools.jackson.core.JacksonException e) {
                return null;
            }
        }));
    }

    /** {@code organization.board.members} or {@code project.activities[0].sessions} as a JSON pointer. */
    static String pointer(String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return "/" + path.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
    }

    private static boolean set(ObjectNode tree, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(field, value);
            return true;
        }
        if (parent instanceof ArrayNode array && field.matches("\\d+") && Integer.parseInt(field) <= array.size()) {
            int index = Integer.parseInt(field);
            if (index == array.size()) {
                array.add(value);
            } else {
                array.set(index, value);
            }
            return true;
        }
        return false;
    }

    private static boolean remove(ObjectNode tree, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = tree.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object && object.has(field)) {
            object.remove(field);
            return true;
        }
        if (parent instanceof ArrayNode array && field.matches("\\d+") && Integer.parseInt(field) < array.size()) {
            array.remove(Integer.parseInt(field));
            return true;
        }
        return false;
    }
}
