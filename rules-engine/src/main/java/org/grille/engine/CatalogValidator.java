package org.grille.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogValidation;
import org.grille.api.ScenarioResult;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CatalogSource;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.fairness.FairnessGate;
import org.grille.engine.json.JacksonJsonCodec;
import org.grille.engine.scenario.Scenario;
import org.grille.engine.scenario.ScenarioReader;
import org.grille.engine.scenario.ScenarioRunner;

/**
 * Everything a catalog must pass before it goes live: it compiles and keeps to the conventions
 * ({@link CatalogCompiler}), no outcome depends on a protected attribute or a proxy ({@link FairnessGate}), and
 * its own scenarios pass. What {@code grille validate} and {@code grille test} run, and what a reload runs before
 * it switches.
 */
public final class CatalogValidator {

    private final Messages messages;
    private final CatalogCompiler compiler;

    public CatalogValidator(Messages messages) {
        this(messages, new CatalogCompiler(messages));
    }

    /** A validator with this compiler: tests use one without the text check to reach the gate. */
    public CatalogValidator(Messages messages, CatalogCompiler compiler) {
        this.messages = messages;
        this.compiler = compiler;
    }

    /** Compiles, then runs the fairness gate and the scenarios. */
    public Validated validate(CatalogSource source, int maxRuleFirings) {
        Compilation compilation = compiler.compile(source);
        if (!compilation.succeeded()) {
            return new Validated(null, new CatalogValidation(null, compilation.problems(), List.of()));
        }
        CompiledCatalog catalog = compilation.catalog();
        DroolsScorer scorer = new DroolsScorer(catalog, messages, maxRuleFirings).quiet();
        List<CatalogProblem> problems = new ArrayList<>(new FairnessGate(messages).check(catalog, scorer::assessTraced, scorer::factsOf));
        PartnershipFinder partners = scorer.partnershipFinder();
        problems.addAll(new org.grille.engine.fairness.PartnershipFairness(messages).check(catalog, partners::firings,
                PartnershipFinder.Firing::rule, partners::facts));
        List<Scenario> scenarios = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader(messages);
        for (String file : catalog.manifest().scenarioFiles()) {
            scenarios.addAll(reader.read(source, file, problems));
        }
        List<ScenarioResult> results = new ScenarioRunner(messages, source, new JacksonJsonCodec(messages))
                .run(scenarios, scorer::assessTraced, catalog.partnerships().isEmpty() ? null : (first, second) -> {
                    Set<String> rules = new java.util.TreeSet<>();
                    partners.firings(partners.validOnly(List.of(first, second))).forEach(f -> rules.add(f.rule()));
                    return rules;
                });
        problems.addAll(compilation.problems());
        return new Validated(catalog, new CatalogValidation(catalog.info(), problems, results));
    }
}
