package org.grille.api.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grille.api.application.Application;

/**
 * Where the changes of a catalog edit fall, for one protected group of a batch (the applications led by women, those
 * written in English...), against the rest of the batch, with the chance of so uneven a spread if the edit ignored the
 * group: Fisher's exact test, two-sided, on the table changed / unchanged × in the group / not.
 *
 * <p>Rules cannot read who leads an organization or the application's language, but they can read figures that single
 * out last round's applicants (an exact revenue, a number of years). Run on last round's applications before an edit
 * goes live, this finds an edit whose effect lands on one group, whatever the rule reads.
 *
 * @param attribute     the protected attribute ({@code leadership.gender}, {@code language}...)
 * @param group         the group ({@code WOMAN}, {@code ENGLISH}...)
 * @param changed       applications of the group whose own outcome the edit changes: total, eligibility or fundability
 *                      (funding and rank are left out: through the envelope they move with everyone else's changes)
 * @param members       applications of the group in the batch
 * @param changedOthers applications outside the group whose outcome changes
 * @param others        applications outside the group
 * @param probability   the exact test's two-sided p-value
 */
public record GroupConcentration(String attribute, String group, int changed, int members, int changedOthers, int others,
                                 double probability) {

    /** The family-wise error rate the Bonferroni-corrected threshold of {@link #beyondChance} keeps. */
    public static final double SIGNIFICANCE = 0.05;

    private static final Map<String, Function<Application, Enum<?>>> ATTRIBUTES = attributes();

    /** The protected attributes every application carries, and how to read each. */
    private static Map<String, Function<Application, Enum<?>>> attributes() {
        Map<String, Function<Application, Enum<?>>> attributes = new LinkedHashMap<>();
        attributes.put("leadership.gender", a -> a.leadership().gender());
        attributes.put("leadership.immigrantBackground", a -> a.leadership().immigrantBackground());
        attributes.put("leadership.racialized", a -> a.leadership().racialized());
        attributes.put("leadership.ageGroup", a -> a.leadership().ageGroup());
        attributes.put("language", Application::language);
        return attributes;
    }

    /**
     * Every group of every protected attribute that has members on both sides, with its figures.
     *
     * @param diff         the edit's effect on {@code applications}
     * @param applications the batch the diff compared
     * @return one entry per group, attribute by attribute
     */
    public static List<GroupConcentration> of(CatalogDiff diff, List<Application> applications) {
        return of(diff, applications, changedOutcomes(diff));
    }

    /**
     * The applications whose own outcome changes.
     *
     * @param diff an edit's effect on a batch
     * @return the ids of the applications whose total, eligibility or fundability changes
     */
    public static Set<String> changedOutcomes(CatalogDiff diff) {
        Set<String> changedIds = new HashSet<>();
        diff.changes().stream()
                .filter(c -> c.totalBefore() != c.totalAfter() || c.eligibleBefore() != c.eligibleAfter()
                        || c.fundableBefore() != c.fundableAfter())
                .forEach(change -> changedIds.add(change.applicationId()));
        return changedIds;
    }

    private static List<GroupConcentration> of(CatalogDiff diff, List<Application> applications, Set<String> changedIds) {
        Set<String> rejected = new HashSet<>();
        diff.rejections().forEach(rejection -> rejected.add(rejection.applicationId()));
        List<Application> compared = applications.stream().filter(a -> !rejected.contains(a.id())).toList();
        int changedTotal = (int) compared.stream().filter(a -> changedIds.contains(a.id())).count();
        List<GroupConcentration> groups = new ArrayList<>();
        for (Map.Entry<String, Function<Application, Enum<?>>> attribute : ATTRIBUTES.entrySet()) {
            Map<Enum<?>, int[]> counts = new LinkedHashMap<>();
            for (Application application : compared) {
                int[] count = counts.computeIfAbsent(attribute.getValue().apply(application), g -> new int[2]);
                count[0]++;
                count[1] += changedIds.contains(application.id()) ? 1 : 0;
            }
            for (Map.Entry<Enum<?>, int[]> group : counts.entrySet()) {
                int members = group.getValue()[0];
                int changed = group.getValue()[1];
                int others = compared.size() - members;
                if (others > 0) {
                    groups.add(new GroupConcentration(attribute.getKey(), group.getKey().name(), changed, members,
                            changedTotal - changed, others, org.grille.api.fairness.FisherExact.twoSided(changed, members, changedTotal, compared.size())));
                }
            }
        }
        return groups;
    }

    /**
     * The groups on which the edit's changes fall more often than elsewhere beyond what chance explains: p-value below
     * {@link #SIGNIFICANCE} divided by the number of groups tested (Bonferroni), so that a batch with many groups does
     * not refuse a fair edit by the sheer number of tests.
     *
     * @param diff         the edit's effect on {@code applications}
     * @param applications the batch the diff compared
     * @return the groups singled out, attribute by attribute; empty when the edit's changes are spread as chance spreads them
     */
    public static List<GroupConcentration> beyondChance(CatalogDiff diff, List<Application> applications) {
        List<GroupConcentration> groups = of(diff, applications);
        double threshold = SIGNIFICANCE / Math.max(1, groups.size());
        return groups.stream().filter(g -> g.overRepresented() && g.probability() < threshold).toList();
    }

    /**
     * Whether the edit changes a larger share of this group than of the rest of the batch.
     *
     * @return true when the group's share of changes is higher than the others'
     */
    public boolean overRepresented() {
        return (long) changed * others > (long) changedOthers * members;
    }
}
