package org.grille.api.rules.batch;

import java.util.List;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Objective;
import org.grille.api.application.TargetGroup;

/**
 * One application of the batch, as partnership rules see it.
 *
 * @param key              the application's opaque key in this batch
 * @param primaryObjective the objective the project mainly pursues
 * @param objectives       every objective the project claims, primary included
 * @param targetGroups     the people the project serves
 * @param boroughsServed   Montréal boroughs where activities take place
 * @param activityTypes    the types of the project's activities, each once
 */
public record Submission(
        int key,
        Objective primaryObjective,
        List<Objective> objectives,
        List<TargetGroup> targetGroups,
        List<String> boroughsServed,
        List<ActivityType> activityTypes) {

    /**
     * Copies every list, so the record cannot change after it is made.
     *
     * @param key the application's opaque key in this batch
     * @param primaryObjective the objective the project mainly pursues
     * @param objectives every objective the project claims, primary included
     * @param targetGroups the people the project serves
     * @param boroughsServed Montréal boroughs where activities take place
     * @param activityTypes the types of the project's activities, each once
     */
    public Submission {
        objectives = List.copyOf(objectives);
        targetGroups = List.copyOf(targetGroups);
        boroughsServed = List.copyOf(boroughsServed);
        activityTypes = List.copyOf(activityTypes);
    }
}
