package org.grille.api.application;

/**
 * How the project will know whether it worked.
 *
 * @param approach the evaluation method
 * @param budget   dollars set aside for evaluation
 * @param participantsConsulted whether the people served take part in the evaluation
 */
public record EvaluationPlan(EvaluationApproach approach, Long budget, Boolean participantsConsulted) {
}
