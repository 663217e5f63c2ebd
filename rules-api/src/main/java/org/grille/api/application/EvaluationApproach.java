package org.grille.api.application;

/** How the project will evaluate its effects, from weakest to strongest. */
public enum EvaluationApproach {
    /** No evaluation planned. */
    NONE,
    /** Counts activities and participants only. */
    ACTIVITY_COUNTS,
    /** Asks participants how satisfied they were. */
    SATISFACTION_SURVEY,
    /** Measures the indicators before and after the project. */
    BEFORE_AFTER_MEASURES,
    /** Combines measures with qualitative methods (interviews, focus groups). */
    MIXED_METHODS,
    /** Evaluation by an independent evaluator. */
    EXTERNAL_EVALUATION
}
