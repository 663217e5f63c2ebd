package org.grille.engine.catalog;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;

/**
 * A catalog's partnership rules, checked and built the first time they are asked for. Only a catalog loaded from its
 * precompiled model uses it: those exact bytes passed the same checks when the jar was built, so scoring alone does not
 * pay for parsing, checking and printing them at start. The same checker still runs, and nothing of the files reaches
 * Drools before it passes.
 *
 * <p>Thread-safe: the first caller checks, the others wait for its result. A failure is kept: every caller gets a
 * {@link CatalogException} listing the same problems, so a broken file is never taken for a catalog without
 * partnerships, and is not checked again.
 */
final class LazyPartnerships implements Supplier<PartnershipRules> {

    private final Supplier<Checked> check;
    private final Function<List<CatalogProblem>, CatalogException> failure;
    private volatile PartnershipRules rules;
    private List<CatalogProblem> failed;

    /** What checking gave: the rules, or the problems that stop them. */
    record Checked(PartnershipRules rules, List<CatalogProblem> problems) {
    }

    /**
     * @param check   runs the checker over the files; called at most once
     * @param failure the exception to throw when the check found errors
     */
    LazyPartnerships(Supplier<Checked> check, Function<List<CatalogProblem>, CatalogException> failure) {
        this.check = check;
        this.failure = failure;
    }

    @Override
    public PartnershipRules get() {
        PartnershipRules ready = rules;
        if (ready != null) {
            return ready;
        }
        synchronized (this) {
            if (rules == null && failed == null) {
                Checked checked = check.get();
                if (checked.rules() == null) {
                    failed = List.copyOf(checked.problems());
                } else {
                    rules = checked.rules();
                }
            }
            if (failed != null) {
                throw failure.apply(failed);
            }
            return rules;
        }
    }
}
