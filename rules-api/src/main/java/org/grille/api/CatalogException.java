package org.grille.api;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule catalog that cannot go live: it does not compile or breaks a catalog convention. Every problem
 * is listed with its file, line and rule, in the scorer's language.
 */
public final class CatalogException extends GrilleException {

    private static final long serialVersionUID = 1L;

    private final transient List<CatalogProblem> problems;

    public CatalogException(String summary, List<CatalogProblem> problems) {
        super(summary + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, errors first. */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
