package org.grille.engine;

import java.util.ArrayList;
import java.util.List;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.CatalogSource;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.fairness.FairnessGate;

/**
 * Everything a catalog must pass before it goes live: it compiles and keeps to the conventions
 * ({@link CatalogCompiler}), and no outcome depends on a protected attribute or a proxy ({@link FairnessGate}).
 * What {@code grille validate} runs, and what a reload runs before it switches.
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

    /** The compiled catalog when every check passes, and every problem found. */
    public Compilation validate(CatalogSource source, int maxRuleFirings) {
        Compilation compilation = compiler.compile(source);
        if (!compilation.succeeded()) {
            return compilation;
        }
        CompiledCatalog catalog = compilation.catalog();
        DroolsScorer scorer = new DroolsScorer(catalog, messages, maxRuleFirings);
        List<CatalogProblem> unfair = new FairnessGate(messages).check(catalog, scorer::assessTraced);
        if (unfair.isEmpty()) {
            return compilation;
        }
        List<CatalogProblem> problems = new ArrayList<>(unfair);
        problems.addAll(compilation.problems());
        return new Compilation(null, problems);
    }
}
