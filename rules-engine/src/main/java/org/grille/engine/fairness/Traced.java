package org.grille.engine.fairness;

import java.util.Set;
import org.grille.api.Assessment;

/**
 * An assessment with every rule that fired for it, derivations included, so the fairness gate can name the
 * rule that derives a fact from a protected attribute and not only the rule that awards points on that fact.
 *
 * @param assessment the assessment
 * @param rulesFired every rule that fired, by name
 */
public record Traced(Assessment assessment, Set<String> rulesFired) {

    public Traced {
        rulesFired = Set.copyOf(rulesFired);
    }
}
