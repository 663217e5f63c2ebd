package org.grille.engine.partnerships;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Application;
import org.grille.api.application.Objective;
import org.grille.api.application.Project;
import org.grille.api.application.TargetGroup;
import org.grille.api.rules.batch.Focus;
import org.grille.api.rules.batch.Neighbours;
import org.grille.api.rules.batch.Offers;
import org.grille.api.rules.batch.Pursues;
import org.grille.api.rules.batch.Reaches;
import org.grille.api.rules.batch.Serves;
import org.grille.api.rules.batch.Submission;
import org.grille.engine.catalog.BoroughAdjacency;
import org.grille.engine.funding.TieBreak;

/**
 * What a batch session receives: the batch vocabulary's facts for a whole batch, and which application each key
 * stands for (kept outside the session). The key is the application's rank by the hash of the catalog's seed and
 * its id, so it reveals neither the id nor the order the batch came in, and facts are inserted in key order: the same
 * applications give the same session in any order.
 *
 * @param facts every fact, in key order, then the borough adjacency
 * @param ids   the application id of each key
 */
public record BatchFacts(List<Object> facts, Map<Integer, String> ids) {

    public BatchFacts {
        facts = List.copyOf(facts);
        ids = Map.copyOf(ids);
    }

    /** The facts of {@code applications} (valid, with unique ids). */
    public static BatchFacts of(List<Application> applications, String seed, BoroughAdjacency adjacency) {
        // each key once: a hash per comparison made the fairness check's thousand batches slow
        record Keyed(String key, Application application) {
        }
        List<Keyed> keyed = new ArrayList<>(applications.size());
        for (Application application : applications) {
            keyed.add(new Keyed(TieBreak.key(seed, application.id()), application));
        }
        keyed.sort(Comparator.comparing(Keyed::key).thenComparing(k -> k.application().id()));
        List<Application> ordered = keyed.stream().map(Keyed::application).toList();
        List<Object> facts = new ArrayList<>();
        Map<Integer, String> ids = new LinkedHashMap<>();
        int key = 1;
        for (Application application : ordered) {
            ids.put(key, application.id());
            facts.addAll(of(key, application.project()));
            key++;
        }
        for (String[] pair : adjacency.pairs()) {
            facts.add(new Neighbours(pair[0], pair[1]));
        }
        return new BatchFacts(facts, ids);
    }

    /**
     * One application's facts: its Submission, then one fact per objective, borough, target group and activity type,
     * and one Focus per borough served (its primary objective there).
     */
    static List<Object> of(int key, Project project) {
        EnumSet<ActivityType> types = EnumSet.noneOf(ActivityType.class);
        for (Activity activity : project.activities()) {
            if (activity != null && activity.type() != null) {
                types.add(activity.type());
            }
        }
        List<Objective> objectives = project.objectives().stream().distinct().sorted().toList();
        List<TargetGroup> groups = project.targetGroups().stream().distinct().sorted().toList();
        List<String> boroughs = new ArrayList<>(new TreeSet<>(project.boroughsServed()));
        List<Object> facts = new ArrayList<>();
        facts.add(new Submission(key, project.primaryObjective(), objectives, groups, boroughs, List.copyOf(types)));
        objectives.forEach(o -> facts.add(new Pursues(key, o)));
        boroughs.forEach(b -> facts.add(new Serves(key, b)));
        groups.forEach(g -> facts.add(new Reaches(key, g)));
        types.forEach(t -> facts.add(new Offers(key, t)));
        boroughs.forEach(b -> facts.add(new Focus(key, project.primaryObjective(), b)));
        return facts;
    }
}
