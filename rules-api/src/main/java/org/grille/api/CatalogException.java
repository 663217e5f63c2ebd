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

    /**
     * A catalog refused for these problems.
     *
     * @param summary  the first line of the message, in the scorer's language
     * @param problems every problem found, errors first; each is appended to the message on its own line
     */
    public CatalogException(String summary, List<CatalogProblem> problems) {
        super(summary + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining()));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found, errors first.
     *
     * @return an unmodifiable list; null after the exception was deserialized (the list is not serialized)
     */
    public List<CatalogProblem> problems() {
        return problems;
    }
}
