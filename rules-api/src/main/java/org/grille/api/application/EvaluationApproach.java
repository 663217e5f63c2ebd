package org.grille.api.application;

/** How the project will evaluate its effects, from weakest to strongest. */
public enum EvaluationApproach {
    NONE,
    ACTIVITY_COUNTS,
    SATISFACTION_SURVEY,
    BEFORE_AFTER_MEASURES,
    MIXED_METHODS,
    EXTERNAL_EVALUATION
}
