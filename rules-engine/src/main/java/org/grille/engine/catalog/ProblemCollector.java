package org.grille.engine.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogProblem.Severity;
import org.grille.engine.messages.Messages;

/** Gathers every problem of one compile, with messages in the reader's language. */
final class ProblemCollector {

    private final Messages messages;
    private final List<CatalogProblem> problems = new ArrayList<>();

    ProblemCollector(Messages messages) {
        this.messages = messages;
    }

    void error(String file, int line, int column, String rule, String code, Object... arguments) {
        add(Severity.ERROR, file, line, column, rule, code, arguments);
    }

    void warning(String file, int line, int column, String rule, String code, Object... arguments) {
        add(Severity.WARNING, file, line, column, rule, code, arguments);
    }

    private void add(Severity severity, String file, int line, int column, String rule, String code, Object... arguments) {
        String key = "catalog." + code;
        problems.add(new CatalogProblem(severity, file, Math.max(line, 0), Math.max(column, 0), rule,
                "GRILLE-" + code, messages.get(key, arguments)));
    }

    /** Takes every problem {@code other} gathered (a build that ran on another thread). */
    void addAll(ProblemCollector other) {
        problems.addAll(other.problems);
    }

    /** How many problems were gathered so far, errors and warnings. */
    int size() {
        return problems.size();
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int errorCount() {
        return (int) problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    Messages messages() {
        return messages;
    }

    /** Errors first, then by file and line. */
    List<CatalogProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparing(CatalogProblem::severity)
                        .thenComparing(p -> p.file() == null ? "" : p.file())
                        .thenComparingInt(CatalogProblem::line)
                        .thenComparingInt(CatalogProblem::column))
                .toList();
    }
}
