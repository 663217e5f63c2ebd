package org.grille.benchmarks.keyed;

/** {@link org.grille.api.rules.ProjectFact} with the key of its application in a batch session. */
public record KeyedProject(
        int key,
        org.grille.api.application.Objective primaryObjective,
        java.util.List<org.grille.api.application.Objective> objectives,
        java.util.List<org.grille.api.application.TargetGroup> targetGroups,
        java.util.List<String> boroughsServed,
        java.time.LocalDate start,
        java.time.LocalDate end,
        long durationMonths,
        Integer expectedParticipants,
        boolean documentsNeed,
        Boolean participantsInvolvedInDesign,
        boolean hasTheoryOfChange,
        boolean hasTitle,
        boolean hasSummary,
        java.util.List<org.grille.api.rules.ActivityFact> activities,
        java.util.List<org.grille.api.rules.OutcomeFact> outcomes,
        long outcomesWithIndicator,
        long measurableOutcomes,
        org.grille.api.application.EvaluationPlan evaluationPlan,
        java.util.List<org.grille.api.application.TrainingModule> trainingModulesCompleted,
        Boolean coCreationWorkshopAttended) {

    public static KeyedProject of(int key, org.grille.api.rules.ProjectFact o) {
        return new KeyedProject(key, o.primaryObjective(), o.objectives(), o.targetGroups(), o.boroughsServed(), o.start(),
                o.end(), o.durationMonths(), o.expectedParticipants(), o.documentsNeed(),
                o.participantsInvolvedInDesign(), o.hasTheoryOfChange(), o.hasTitle(), o.hasSummary(),
                o.activities(), o.outcomes(), o.outcomesWithIndicator(), o.measurableOutcomes(),
                o.evaluationPlan(), o.trainingModulesCompleted(), o.coCreationWorkshopAttended());
    }
}
