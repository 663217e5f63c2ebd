package org.grille.benchmarks.keyed;

/** {@link org.grille.api.application.EvaluationPlan} with the key of its application in a batch session. */
public record KeyedEvaluationPlan(
        int key,
        org.grille.api.application.EvaluationApproach approach,
        Long budget,
        Boolean participantsConsulted) {

    public static KeyedEvaluationPlan of(int key, org.grille.api.application.EvaluationPlan o) {
        return new KeyedEvaluationPlan(key, o.approach(), o.budget(), o.participantsConsulted());
    }
}
