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

    /**
     * Copies the lists; a null list becomes empty, null elements are kept so validation can report them.
     *
     * @param title short title
     * @param summary a paragraph in the applicant's words
     * @param primaryObjective the objective the project mainly pursues; also listed in {@code objectives}
     * @param objectives every objective the project claims, primary included
     * @param targetGroups the people the project serves
     * @param boroughsServed Montréal boroughs where activities take place
     * @param start first day of the project
     * @param end last day of the project
     * @param expectedParticipants people expected to take part
     * @param needEvidence how the need was documented (study, consultation, waiting list), or null
     * @param participantsInvolvedInDesign whether the people concerned helped design the project
     * @param theoryOfChange how the activities lead to the outcomes, or null
     * @param activities the project's activities
     * @param outcomes expected outcomes with their indicators
     * @param evaluationPlan how the project will be evaluated
     * @param trainingModulesCompleted BINAM training modules the organization completed
     * @param coCreationWorkshopAttended whether the organization took part in the BINAM co-creation workshop
     */
    public Project {
        objectives = Lists.copy(objectives);
        targetGroups = Lists.copy(targetGroups);
        boroughsServed = Lists.copy(boroughsServed);
        activities = Lists.copy(activities);
        outcomes = Lists.copy(outcomes);
        trainingModulesCompleted = Lists.copy(trainingModulesCompleted);
    }

    /**
     * The project's length in whole months.
     *
     * @return whole months from {@code start} to {@code end}, both days included; 0 when a date is missing or the
     *         end comes first
     */
    public long durationMonths() {
        if (start == null || end == null || end.isBefore(start)) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(start, end.plusDays(1));
    }

    /**
     * Whether the applicant says how the need was documented.
     *
     * @return true if {@code needEvidence} is not blank
     */
    public boolean documentsNeed() {
        return needEvidence != null && !needEvidence.isBlank();
    }

    /**
     * Whether the applicant explains how the activities lead to the outcomes.
     *
     * @return true if {@code theoryOfChange} is not blank
     */
    public boolean hasTheoryOfChange() {
        return theoryOfChange != null && !theoryOfChange.isBlank();
    }

    /**
     * How many outcomes name an indicator: results precise enough to be measured.
     *
     * @return the number of outcomes with a non-blank indicator, 0 or more
     */
    public long outcomesWithIndicator() {
        long count = 0;
        for (Outcome outcome : outcomes) {
            if (outcome != null && outcome.indicator() != null && !outcome.indicator().isBlank()) {
                count++;
            }
        }
        return count;
    }

    /**
     * How many outcomes have an indicator, a baseline and a target.
     *
     * @return the number of {@linkplain Outcome#measurable() measurable} outcomes, 0 or more
     */
    public long measurableOutcomes() {
        return outcomes.stream().filter(Outcome::measurable).count();
    }

    /**
     * Whether the project has at least one activity of one of these types.
     *
     * @param types the activity types to look for
     * @return true if some activity has one of {@code types}; false when none is given
     */
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
