package org.grille.api.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the project does. Everything here is the project's merit and may be read by rules.
 *
 * @param title                        short title
 * @param summary                      a paragraph in the applicant's words
 * @param primaryObjective             the objective the project mainly pursues; also listed in {@code objectives}
 * @param objectives                   every objective the project claims, primary included
 * @param targetGroups                 the people the project serves
 * @param boroughsServed               Montréal boroughs where activities take place
 * @param start                        first day of the project
 * @param end                          last day of the project
 * @param expectedParticipants         people expected to take part
 * @param needEvidence                 how the need was documented (study, consultation, waiting list), or null
 * @param participantsInvolvedInDesign whether the people concerned helped design the project
 * @param theoryOfChange               how the activities lead to the outcomes, or null
 * @param activities                   the project's activities
 * @param outcomes                     expected outcomes with their indicators
 * @param evaluationPlan               how the project will be evaluated
 * @param trainingModulesCompleted     BINAM training modules the organization completed
 * @param coCreationWorkshopAttended   whether the organization took part in the BINAM co-creation workshop
 */
public record Project(
        String title,
        String summary,
        Objective primaryObjective,
        List<Objective> objectives,
        List<TargetGroup> targetGroups,
        List<String> boroughsServed,
        LocalDate start,
        LocalDate end,
        Integer expectedParticipants,
        String needEvidence,
        Boolean participantsInvolvedInDesign,
        String theoryOfChange,
        List<Activity> activities,
        List<Outcome> outcomes,
        EvaluationPlan evaluationPlan,
        List<TrainingModule> trainingModulesCompleted,
        Boolean coCreationWorkshopAttended) {

    public Project {
        objectives = Lists.copy(objectives);
        targetGroups = Lists.copy(targetGroups);
        boroughsServed = Lists.copy(boroughsServed);
        activities = Lists.copy(activities);
        outcomes = Lists.copy(outcomes);
        trainingModulesCompleted = Lists.copy(trainingModulesCompleted);
    }

    /** Whole months from start to end, 0 when a date is missing or the end comes first. */
    public long durationMonths() {
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    /** The applicant says how the need was documented. */
    public boolean documentsNeed() {
        return needEvidence != null && !needEvidence.isBlank();
    }

    /** The applicant explains how the activities lead to the outcomes. */
    public boolean hasTheoryOfChange() {
        return theoryOfChange != null && !theoryOfChange.isBlank();
    }

    /** How many outcomes name an indicator: results precise enough to be measured. */
    public long outcomesWithIndicator() {
        return outcomes.stream().filter(o -> o != null && o.indicator() != null && !o.indicator().isBlank()).count();
    }

    /** How many outcomes have an indicator, a baseline and a target. */
    public long measurableOutcomes() {
        return outcomes.stream().filter(Outcome::measurable).count();
    }

    /** The project has at least one activity of one of these types. */
    public boolean hasActivity(ActivityType... types) {
        for (Activity activity : activities) {
            for (ActivityType type : types) {
                if (activity != null && activity.type() == type) {
                    return true;
                }
            }
        }
        return false;
    }
}
