package org.grille.engine.catalog;

import java.util.List;
import java.util.Optional;
import org.grille.api.CatalogProblem;

/**
 * The outcome of compiling a catalog: the compiled catalog when there is no error, and every problem found.
 *
 * @param catalog  the compiled catalog, or null when there are errors
 * @param problems every problem, errors first
 */
public record Compilation(CompiledCatalog catalog, List<CatalogProblem> problems) {

    public Compilation {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return catalog != null;
    }

    public Optional<CompiledCatalog> compiled() {
        return Optional.ofNullable(catalog);
    }
}
