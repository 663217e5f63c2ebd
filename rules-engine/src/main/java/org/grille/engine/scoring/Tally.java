package org.grille.engine.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.GateFailure;
import org.grille.api.application.Objective;
import org.grille.engine.catalog.CompiledCatalog;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.catalog.RuleInfo;
import org.grille.engine.catalog.RuleKind;

/**
 * Turns the rules that fired into an {@link Assessment}, applying the manifest's caps. Contributions are
 * counted in catalog order until their bucket is full, so every point of the total is attributed to one rule:
 *
 * <ul>
 *   <li>each criterion other than objective fit is capped at its maximum;</li>
 *   <li>each objective's sub-score is capped at {@code bestObjectiveMax};</li>
 *   <li>objective fit counts the best objective's points (up to {@code bestObjectiveMax}) and the second
 *       best's (up to {@code secondaryObjectiveMax}). Ties go to the primary objective, then to the manifest's order
 *       of objectives, which depends only on the project and the catalog.</li>
 * </ul>
 *
 * <p>One per scorer: everything that depends only on the catalog and the language (each rule's criterion and
 * objective as positions of the grid, its reason and title, each gate's failure) is worked out once here, so an
 * assessment only adds points in arrays indexed by those positions.
 */
public final class Tally {

    private final CatalogInfo info;
    private final RuleIndex index;
    private final Criterion[] criteria;
    private final int[] maxima;
    /** The position of the objective-fit criterion in {@link #criteria}. */
    private final int fit;
    private final Objective[] objectives;
    private final int bestObjectiveMax;
    private final int secondaryObjectiveMax;
    private final int fundableThreshold;
    /** Per rule position: its criterion's and objective's positions in the grid, -1 when it has none. */
    private final int[] criterionOf;
    private final int[] objectiveOf;
    /** Per rule position: its reason and title in the scorer's language. */
    private final String[] reasons;
    private final String[] titles;
    /** Per rule position: the failure a gate reports, the same for every application; null for another rule. */
    private final GateFailure[] gateFailures;

    /**
     * The tally of a catalog's assessments in one language.
     *
     * @param catalog the compiled catalog whose rules fire
     * @param locale  the language of the reasons and titles
     */
    public Tally(CompiledCatalog catalog, Locale locale) {
        Manifest manifest = catalog.manifest();
        this.info = catalog.info();
        this.index = new RuleIndex(catalog);
        this.criteria = manifest.criteria().stream().map(Manifest.CriterionEntry::id).toArray(Criterion[]::new);
        this.maxima = manifest.criteria().stream().mapToInt(Manifest.CriterionEntry::maximum).toArray();
        this.objectives = manifest.objectiveIds().toArray(new Objective[0]);
        this.bestObjectiveMax = manifest.objectiveFit().bestObjectiveMax();
        this.secondaryObjectiveMax = manifest.objectiveFit().secondaryObjectiveMax();
        this.fundableThreshold = manifest.fundableThreshold();
        Map<Criterion, Integer> criterionPositions = positions(criteria);
        Map<Objective, Integer> objectivePositions = positions(objectives);
        this.fit = criterionPositions.getOrDefault(manifest.fitCriterion(), -1);
        int size = index.size();
        this.criterionOf = new int[size];
        this.objectiveOf = new int[size];
        this.reasons = new String[size];
        this.titles = new String[size];
        this.gateFailures = new GateFailure[size];
        for (int position = 0; position < size; position++) {
            RuleInfo rule = index.rule(position);
            criterionOf[position] = rule.criterion() == null ? -1 : criterionPositions.getOrDefault(rule.criterion(), -1);
            objectiveOf[position] = rule.objective() == null ? -1 : objectivePositions.getOrDefault(rule.objective(), -1);
            reasons[position] = catalog.reasons().text(rule.reasonKey(), locale);
            titles[position] = rule.title(locale);
            if (rule.kind() == RuleKind.GATE) {
                gateFailures[position] = new GateFailure(rule.gate(), rule.name(), rule.file(), rule.line(),
                        rule.reasonKey(), reasons[position], titles[position]);
            }
        }
    }

    private static <T> Map<T, Integer> positions(T[] ids) {
        Map<T, Integer> positions = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            positions.put(ids[i], i);
        }
        return positions;
    }

    /**
     * The assessment for the rules that fired (gates and awards, each once), in the scorer's language, made by a tally
     * for this one call: a caller that tallies often keeps a {@link #Tally(CompiledCatalog, Locale)} instead.
     *
     * @param applicationId the application's id
     * @param primary       the project's primary objective, which wins a tie between objectives
     * @param firedRules    the gates and awards of {@code catalog} that fired
     * @param catalog       the catalog that made them
     * @param locale        the language of the reasons and titles
     * @return the assessment
     */
    public static Assessment of(String applicationId, Objective primary, Iterable<RuleInfo> firedRules,
                                CompiledCatalog catalog, Locale locale) {
        return new Tally(catalog, locale).of(applicationId, primary, firedRules);
    }

    /**
     * The assessment for the rules that fired (gates and awards, each once).
     *
     * @param applicationId the application's id
     * @param primary       the project's primary objective, which wins a tie between objectives
     * @param firedRules    the gates and awards of this tally's catalog that fired
     * @return the assessment
     * @throws IllegalArgumentException for a rule the catalog does not have
     */
    public Assessment of(String applicationId, Objective primary, Iterable<RuleInfo> firedRules) {
        boolean[] fired = new boolean[index.size()];
        for (RuleInfo rule : firedRules) {
            int position = index.position(rule.name());
            if (position < 0) {
                throw new IllegalArgumentException("not a rule of this catalog: " + rule.name());
            }
            fired[position] = true;
        }
        return of(applicationId, primary, position -> fired[position]);
    }

    /** The catalog's rules by position, as {@link #of(String, Objective, IntPredicate)} reads them. */
    RuleIndex index() {
        return index;
    }

    /**
     * The assessment for the gates and awards that fired.
     *
     * @param scored tells, for a rule position, whether that gate or award fired (each counts once)
     */
    Assessment of(String applicationId, Objective primary, IntPredicate scored) {
        int[] objectiveScores = objectiveScores(scored);
        int[] objectiveRoom = objectiveRoom(objectiveScores, primary);
        int[] criterionRoom = maxima.clone();
        int[] criterionScores = new int[criteria.length];
        List<GateFailure> failedGates = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        for (int position = 0; position < index.size(); position++) {
            if (!scored.test(position)) {
                continue;
            }
            RuleInfo rule = index.rule(position);
            if (rule.kind() == RuleKind.GATE) {
                failedGates.add(gateFailures[position]);
                continue;
            }
            int criterion = criterionOf[position];
            int objective = objectiveOf[position];
            boolean fits = criterion == fit;
            int room = fits ? Math.min(objectiveRoom[objective], criterionRoom[criterion]) : criterionRoom[criterion];
            int counted = Math.min(rule.points(), room);
            criterionRoom[criterion] -= counted;
            if (fits) {
                objectiveRoom[objective] -= counted;
            }
            criterionScores[criterion] += counted;
            contributions.add(new Contribution(rule.name(), rule.file(), rule.line(), rule.criterion(), rule.objective(),
                    rule.points(), counted, rule.reasonKey(), reasons[position], titles[position]));
        }
        int total = 0;
        for (int score : criterionScores) {
            total += score;
        }
        boolean eligible = failedGates.isEmpty();
        boolean fundable = eligible && total >= fundableThreshold;
        return new Assessment(applicationId, eligible, fundable, total, failedGates,
                new ScoreView<>(criteria, criterionScores), new ScoreView<>(objectives, objectiveScores), contributions, info);
    }

    /** Each objective's sub-score: the points of its objective-fit awards that fired, capped at the best objective's maximum. */
    private int[] objectiveScores(IntPredicate scored) {
        int[] scores = new int[objectives.length];
        for (int position = 0; position < index.size(); position++) {
            if (fit >= 0 && criterionOf[position] == fit && scored.test(position)) {
                scores[objectiveOf[position]] += index.rule(position).points();
            }
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.min(scores[i], bestObjectiveMax);
        }
        return scores;
    }

    /**
     * What each objective may still add to objective fit: the best objective up to {@code bestObjectiveMax}, the second
     * best up to {@code secondaryObjectiveMax}, the others nothing.
     */
    private int[] objectiveRoom(int[] scores, Objective primary) {
        int[] room = new int[objectives.length];
        int best = ranked(scores, primary, -1);
        room[best] = bestObjectiveMax;
        if (objectives.length > 1) {
            room[ranked(scores, primary, best)] = secondaryObjectiveMax;
        }
        return room;
    }

    /**
     * The first objective, other than {@code skipped}, from best to worst sub-score; ties go to the primary objective,
     * then to the manifest's order.
     */
    private int ranked(int[] scores, Objective primary, int skipped) {
        int first = -1;
        for (int i = 0; i < scores.length; i++) {
            if (i != skipped && (first < 0 || before(i, first, scores, primary))) {
                first = i;
            }
        }
        return first;
    }

    /** Objective {@code a} ranks before {@code b}, which comes earlier in the manifest. */
    private boolean before(int a, int b, int[] scores, Objective primary) {
        if (scores[a] != scores[b]) {
            return scores[a] > scores[b];
        }
        return objectives[a].equals(primary) && !objectives[b].equals(primary);
    }
}
