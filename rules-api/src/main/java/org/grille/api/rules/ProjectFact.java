package org.grille.api.rules;

import java.time.LocalDate;
import java.util.List;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.Objective;
import org.grille.api.application.TargetGroup;
import org.grille.api.application.TrainingModule;

/**
 * What the project does, as rules see it. Its free text (title, summary, how the need was documented, the theory of
 * change) is readable only for presence, so a rule can reward a theory of change but cannot recognise one
 * application by its words.
 *
 * @param primaryObjective             the objective the project mainly pursues
 * @param objectives                   every objective the project claims, primary included
 * @param targetGroups                 the people the project serves
 * @param boroughsServed               Montréal boroughs where activities take place
 * @param start                        first day of the project
 * @param end                          last day of the project
 * @param durationMonths               whole months from start to end, 0 when a date is missing
 * @param expectedParticipants         people expected to take part
 * @param documentsNeed                the applicant says how the need was documented
 * @param participantsInvolvedInDesign whether the people concerned helped design the project
 * @param hasTheoryOfChange            the applicant explains how the activities lead to the outcomes
 * @param hasTitle                     the project has a title
 * @param hasSummary                   the project has a summary
 * @param activities                   the project's activities
 * @param outcomes                     expected outcomes
 * @param outcomesWithIndicator        how many outcomes name an indicator
 * @param measurableOutcomes           how many outcomes have an indicator, a baseline and a target
 * @param evaluationPlan               how the project will be evaluated, or null
 * @param trainingModulesCompleted     BINAM training modules the organization completed
 * @param coCreationWorkshopAttended   whether the organization took part in the BINAM co-creation workshop
 */
public record ProjectFact(
        Objective primaryObjective,
        List<Objective> objectives,
        List<TargetGroup> targetGroups,
        List<String> boroughsServed,
        LocalDate start,
        LocalDate end,
        long durationMonths,
        Integer expectedParticipants,
        boolean documentsNeed,
        Boolean participantsInvolvedInDesign,
        boolean hasTheoryOfChange,
        boolean hasTitle,
        boolean hasSummary,
        List<ActivityFact> activities,
        List<OutcomeFact> outcomes,
        long outcomesWithIndicator,
        long measurableOutcomes,
        EvaluationPlan evaluationPlan,
        List<TrainingModule> trainingModulesCompleted,
        Boolean coCreationWorkshopAttended) {

    /**
     * Copies the lists; neither a list nor an element may be null.
     *
     * @param primaryObjective the objective the project mainly pursues
     * @param objectives every objective the project claims, primary included
     * @param targetGroups the people the project serves
     * @param boroughsServed Montréal boroughs where activities take place
     * @param start first day of the project
     * @param end last day of the project
     * @param durationMonths whole months from start to end, 0 when a date is missing
     * @param expectedParticipants people expected to take part
     * @param documentsNeed the applicant says how the need was documented
     * @param participantsInvolvedInDesign whether the people concerned helped design the project
     * @param hasTheoryOfChange the applicant explains how the activities lead to the outcomes
     * @param hasTitle the project has a title
     * @param hasSummary the project has a summary
     * @param activities the project's activities
     * @param outcomes expected outcomes
     * @param outcomesWithIndicator how many outcomes name an indicator
     * @param measurableOutcomes how many outcomes have an indicator, a baseline and a target
     * @param evaluationPlan how the project will be evaluated, or null
     * @param trainingModulesCompleted BINAM training modules the organization completed
     * @param coCreationWorkshopAttended whether the organization took part in the BINAM co-creation workshop
     */
    public ProjectFact {
        objectives = List.copyOf(objectives);
        targetGroups = List.copyOf(targetGroups);
        boroughsServed = List.copyOf(boroughsServed);
        activities = List.copyOf(activities);
        outcomes = List.copyOf(outcomes);
        trainingModulesCompleted = List.copyOf(trainingModulesCompleted);
    }
}
