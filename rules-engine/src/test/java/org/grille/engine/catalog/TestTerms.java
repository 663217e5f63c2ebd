package org.grille.engine.catalog;

import java.util.List;
import java.util.Set;

/** The terms the bundled catalog's manifest gives the rule checker, for tests that read rules without a manifest. */
final class TestTerms {

    /** No withheld member beyond the vocabulary's; the bundled catalog's five objectives. */
    static final RuleTerms BUNDLED = new RuleTerms(Set.of(), List.of("REDUCE_DISCRIMINATION", "NEWCOMER_RIGHTS",
            "IMMIGRANT_WOMEN_AUTONOMY", "HIRING_BARRIERS", "EMPLOYER_AWARENESS"));

    private TestTerms() {
    }
}
