package org.grille.engine.live;

import org.grille.engine.partnerships.PartnershipFinder;
import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import org.grille.api.ScenarioResult;
import org.grille.engine.catalog.Beside;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CatalogSource;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.fairness.FairnessGate;
import org.grille.engine.json.JacksonJsonCodec;
import org.grille.engine.scenario.Scenario;
import org.grille.engine.scenario.ScenarioReader;
import org.grille.engine.scenario.ScenarioRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a catalog must pass before it goes live: it compiles and keeps to the conventions
 * ({@link CatalogCompiler}), no outcome depends on a protected attribute or a proxy ({@link FairnessGate}), and
 * its own scenarios pass. What {@code grille validate} and {@code grille test} run, and what a reload runs before
 * it switches.
 */
public final class CatalogValidator {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogValidator.class);

    private final Messages messages;
    private final CatalogCompiler compiler;

    public CatalogValidator(Messages messages) {
        this(messages, new CatalogCompiler(messages));
    }

    /** The time one test application may take during validation: fifteen times the scoring budget. */
    static final java.time.Duration VALIDATION_BUDGET = java.time.Duration.ofSeconds(30);

    /** A validator with this compiler: tests use one without the text check to reach the gate. */
    public CatalogValidator(Messages messages, CatalogCompiler compiler) {
        this.messages = messages;
        this.compiler = compiler;
    }

    /**
     * Compiles, then runs the fairness gate, the partnership gate and the scenarios. The three read the compiled
     * catalog and nothing of each other, so the partnership gate and the scenarios run on a second thread beside the
     * fairness gate ({@link Beside}).
     */
    public Validated validate(CatalogSource source, int maxRuleFirings) {
        long started = System.nanoTime();
        Compilation compilation = compiler.compile(source);
        long compiled = System.nanoTime();
        if (!compilation.succeeded()) {
            return new Validated(null, new CatalogValidation(null, compilation.problems(), List.of()));
        }
        CompiledCatalog catalog = compilation.catalog();
        // No catalog can cost more than the bounds CostEstimate checks (a median 97 ms per application at worst here,
        // WorstCaseCatalog in BENCHMARKS.md), so validation's budget only catches a fault of the estimate: a busy
        // machine must not refuse a valid catalog.
        DroolsScorer scorer = new DroolsScorer(catalog, messages, maxRuleFirings, DroolsScorer.FACTS, VALIDATION_BUDGET).quiet();
        PartnershipFinder partners = scorer.partnershipFinder();
        Beside<Timed<List<CatalogProblem>>> partnershipGate = Beside.start("grille-partnership-gate", () -> Timed.of(() ->
                new PartnershipGate(messages).check(catalog, partners)));
        List<CatalogProblem> scenarioProblems = new ArrayList<>();
        Beside<Timed<List<ScenarioResult>>> scenarioRun = Beside.start("grille-scenarios", () -> Timed.of(() ->
                runScenarios(source, catalog, scorer, partners, scenarioProblems)));
        Timed<List<CatalogProblem>> fairnessGate = Timed.of(() ->
                new FairnessGate(messages).check(catalog, scorer::assessTraced, scorer::factsOf, scorer.projection()));
        List<CatalogProblem> problems = new ArrayList<>(fairnessGate.value());
        Timed<List<CatalogProblem>> partnershipProblems = partnershipGate.join();
        problems.addAll(partnershipProblems.value());
        Timed<List<ScenarioResult>> results = scenarioRun.join();
        problems.addAll(scenarioProblems);
        problems.addAll(compilation.problems());
        LOG.debug("Validated {} in {} ms: compiled in {} ms, then fairness gate {} ms, beside it partnership gate {} ms"
                        + " and {} scenarios {} ms", source.describe(), millis(started, System.nanoTime()),
                millis(started, compiled), fairnessGate.millis(), partnershipProblems.millis(),
                results.value().size(), results.millis());
        return new Validated(catalog, new CatalogValidation(catalog.info(), problems, results.value()));
    }

    private List<ScenarioResult> runScenarios(CatalogSource source, CompiledCatalog catalog, DroolsScorer scorer,
                                              PartnershipFinder partners, List<CatalogProblem> problems) {
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader(messages);
        for (String file : catalog.manifest().scenarioFiles()) {
            scenarios.addAll(reader.read(source, file, problems));
        }
        Set<String> fired = java.util.concurrent.ConcurrentHashMap.newKeySet();
        List<ScenarioResult> results = new ScenarioRunner(messages, source, new JacksonJsonCodec(messages))
                .run(scenarios, application -> {
                    org.grille.engine.fairness.Traced traced = scorer.assessTraced(application);
                    fired.addAll(traced.rulesFired());
                    return traced;
                }, catalog.partnerships().isEmpty() ? null : (first, second) -> {
                    Set<String> rules = new TreeSet<>();
                    partners.firings(partners.validOnly(List.of(first, second))).forEach(f -> rules.add(f.rule()));
                    return rules;
                });
        problems.addAll(new org.grille.engine.scenario.ScenarioCoverage(messages).check(catalog, scenarios.size(), fired));
        return results;
    }

    /** A value and how long it took to compute, for the debug log. */
    private record Timed<T>(T value, long millis) {
        static <T> Timed<T> of(Supplier<T> work) {
            long started = System.nanoTime();
            T value = work.get();
            return new Timed<>(value, CatalogValidator.millis(started, System.nanoTime()));
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }


    /** The exception for a catalog that may not go live: its problems, and each failed scenario as a problem too. */
    public static org.grille.api.CatalogException invalid(String where, org.grille.api.CatalogValidation validation, Messages messages) {
        java.util.List<org.grille.api.CatalogProblem> problems = new java.util.ArrayList<>(validation.problems());
        for (var scenario : validation.failedScenarios()) {
            problems.add(new org.grille.api.CatalogProblem(org.grille.api.CatalogProblem.Severity.ERROR, scenario.file(),
                    scenario.line(), 0, null, "GRILLE-SCENARIO-FAILED",
                    messages.get("catalog.SCENARIO-FAILED", scenario.name(), String.join(" ; ", scenario.failures()))));
        }
        return new org.grille.api.CatalogException(messages.get("catalog.invalid", where), problems);
    }
}
