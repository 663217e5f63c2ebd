package org.grille.api;

import java.util.List;

/**
 * Everything checked before a catalog directory may go live: it compiles and keeps to the conventions, no
 * outcome depends on a protected attribute (the fairness gate), and its own scenarios pass.
 *
 * @param catalog   the catalog's identity, or null when it does not compile
 * @param problems  every problem found, errors first, each with its file, line and rule
 * @param scenarios the result of each scenario; empty when the catalog does not compile
 */
public record CatalogValidation(CatalogInfo catalog, List<CatalogProblem> problems, List<ScenarioResult> scenarios) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param catalog the catalog's identity, or null when it does not compile
     * @param problems every problem found, errors first, each with its file, line and rule
     * @param scenarios the result of each scenario; empty when the catalog does not compile
     */
    public CatalogValidation {
        problems = List.copyOf(problems);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * Whether the catalog may go live.
     *
     * @return true when it compiles, no problem is an error and every scenario passed; warnings do not count
     */
    public boolean valid() {
        return catalog != null
                && problems.stream().noneMatch(p -> p.severity() == CatalogProblem.Severity.ERROR)
                && scenarios.stream().allMatch(ScenarioResult::passed);
    }

    /**
     * Scenarios that failed.
     *
     * @return the failed scenarios, in the order they ran; empty when all passed
     */
    public List<ScenarioResult> failedScenarios() {
        return scenarios.stream().filter(s -> !s.passed()).toList();
    }
}
