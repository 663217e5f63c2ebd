package org.grille.engine.catalog;

/** What a rule does, as its metadata declares. */
public enum RuleKind {
    /** {@code @gate}: firing means the application fails an eligibility gate. */
    GATE,
    /** {@code @criterion} and {@code @points}: firing awards points. */
    AWARD,
    /** {@code @derives}: firing inserts a derived fact for other rules. */
    DERIVATION
}
