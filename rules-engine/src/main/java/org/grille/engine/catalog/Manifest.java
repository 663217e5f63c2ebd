package org.grille.engine.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.grille.api.Criterion;
import org.grille.api.Rubric;
import org.grille.api.application.Objective;

/**
 * A catalog's {@code manifest.json}: what the catalog is, which rule files it has, and every number policy
 * staff tune without a rule edit (points per criterion, thresholds, the call's terms, the envelope).
 *
 * @param id                  catalog id
 * @param version             catalog version
 * @param name                display name per language code
 * @param ruleFiles           rule files in catalog order, relative to the catalog root
 * @param reasons             base name of the reason bundles ({@code reasons} → reasons.properties in French, reasons_en.properties)
 * @param criteria            the grid's criteria in order: id, maximum points (they add up to 100), French and English
 *                            labels
 * @param objectives          the program's objectives in order: id, French and English labels
 * @param objectiveFit        which criterion the objective rules make up, and how their sub-scores make it
 * @param fundableThreshold   total at or above which an eligible application is fundable
 * @param call                the call's terms that gates read
 * @param envelope            the money the program has
 * @param allocation          how the envelope is allocated (all optional)
 * @param protectedAttributes application fields no rule may read, as paths ({@code leadership.gender})
 * @param proxyAttributes     fields that could stand in for a protected attribute; the fairness gate checks that
 *                            changing them among the listed values changes no outcome
 * @param scenarioFiles       scenario tables (JSON or CSV) the catalog must pass before it goes live
 * @param partnershipFiles    partnership rule files: pairs of applications of one batch, apart from scoring (optional)
 * @param boroughAdjacency    the borough adjacency table partnership rules read as {@code Neighbours} facts (optional)
 * @param reviews             which criteria reviewers score and how (optional: without it, only rules score)
 * @param reviewRequest       how an applicant asks a staff member to review a decision, told in every letter (optional;
 *                            {@code grille letters} needs it)
 */
public record Manifest(
        String id,
        String version,
        Map<String, String> name,
        List<String> ruleFiles,
        String reasons,
        List<CriterionEntry> criteria,
        List<ObjectiveEntry> objectives,
        ObjectiveFit objectiveFit,
        Integer fundableThreshold,
        Call call,
        Envelope envelope,
        Allocation allocation,
        List<String> protectedAttributes,
        List<Proxy> proxyAttributes,
        List<String> scenarioFiles,
        List<String> partnershipFiles,
        String boroughAdjacency,
        Reviews reviews,
        ReviewRequest reviewRequest) {

    /** A manifest without a reviews or a review request section. */
    public Manifest(String id, String version, Map<String, String> name, List<String> ruleFiles, String reasons,
                    List<CriterionEntry> criteria, List<ObjectiveEntry> objectives, ObjectiveFit objectiveFit,
                    Integer fundableThreshold, Call call, Envelope envelope, Allocation allocation,
                    List<String> protectedAttributes, List<Proxy> proxyAttributes, List<String> scenarioFiles,
                    List<String> partnershipFiles, String boroughAdjacency) {
        this(id, version, name, ruleFiles, reasons, criteria, objectives, objectiveFit, fundableThreshold, call, envelope,
                allocation,
                protectedAttributes, proxyAttributes, scenarioFiles, partnershipFiles, boroughAdjacency, null, null);
    }

    public Manifest {
        name = name == null ? Map.of() : Map.copyOf(name);
        ruleFiles = ruleFiles == null ? List.of() : List.copyOf(ruleFiles);
        criteria = criteria == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(criteria));
        objectives = objectives == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(objectives));
        protectedAttributes = protectedAttributes == null ? List.of() : List.copyOf(protectedAttributes);
        allocation = allocation == null ? new Allocation(null, null, null, null, null) : allocation;
        proxyAttributes = proxyAttributes == null ? List.of() : List.copyOf(proxyAttributes);
        scenarioFiles = scenarioFiles == null ? List.of() : List.copyOf(scenarioFiles);
        partnershipFiles = partnershipFiles == null ? List.of() : List.copyOf(partnershipFiles);
    }

    /** The most points of each criterion, in the manifest's order. */
    public Map<Criterion, Integer> maxima() {
        Map<Criterion, Integer> maxima = new java.util.LinkedHashMap<>();
        for (CriterionEntry entry : criteria) {
            maxima.put(entry.id(), entry.maximum());
        }
        return maxima;
    }

    /** The objectives' ids, in the manifest's order. */
    public List<Objective> objectiveIds() {
        return objectives.stream().map(ObjectiveEntry::id).toList();
    }

    /** The criterion the objective rules make up. */
    public Criterion fitCriterion() {
        return objectiveFit.criterion();
    }

    /** The grid as the api shows it; only for a manifest {@link ManifestReader} accepted. */
    public Rubric rubric() {
        return new Rubric(
                criteria.stream().map(c -> new Rubric.CriterionDefinition(c.id(), c.maximum(), label(c.label()),
                        label(c.shortLabel() == null ? c.label() : c.shortLabel()))).toList(),
                objectives.stream().map(o -> new Rubric.ObjectiveDefinition(o.id(), label(o.label()),
                        label(o.shortLabel() == null ? o.label() : o.shortLabel()))).toList(),
                objectiveFit.criterion());
    }

    private static Rubric.Label label(Map<String, String> text) {
        return new Rubric.Label(text.get("fr"), text.get("en"));
    }

    /**
     * One criterion of the grid.
     *
     * @param id         its id, as rules ({@code @criterion(...)}), reviews and JSON name it
     * @param maximum    the most points it gives
     * @param label      its name per language code ({@code fr}, {@code en})
     * @param shortLabel a short name for table headings per language code (optional: the label)
     */
    public record CriterionEntry(Criterion id, Integer maximum, Map<String, String> label, Map<String, String> shortLabel) {
    }

    /**
     * One objective of the program.
     *
     * @param id         its id, as rules ({@code Objective.NEWCOMER_RIGHTS}, {@code @objective(...)}) and applications
     *                   name it
     * @param label      its name per language code ({@code fr}, {@code en})
     * @param shortLabel a short name for table headings and charts per language code (optional: the label)
     */
    public record ObjectiveEntry(Objective id, Map<String, String> label, Map<String, String> shortLabel) {
    }

    /**
     * The objective-fit criterion is the best objective's sub-score (up to {@code bestObjectiveMax}) plus the
     * second best's (up to {@code secondaryObjectiveMax}), so a real secondary objective adds a little.
     *
     * @param criterion             the criterion the objective rules make up
     * @param bestObjectiveMax      the most the best objective counts
     * @param secondaryObjectiveMax the most the second best counts
     */
    public record ObjectiveFit(Criterion criterion, Integer bestObjectiveMax, Integer secondaryObjectiveMax) {
    }

    /**
     * How an applicant asks for a decision to be reviewed by a staff member.
     *
     * @param withinDays how many days after the letter's date the request must be made
     * @param contact    to whom and how to write, per language code ({@code fr}, {@code en})
     */
    public record ReviewRequest(Integer withinDays, Map<String, String> contact) {
        public ReviewRequest {
            contact = contact == null ? Map.of() : Map.copyOf(contact);
        }
    }

    /** The call's terms. Dates are ISO ({@code 2027-04-01}); amounts are dollars. */
    public record Call(
            Long projectCap,
            Integer minimumYearsActive,
            LocalDate deadline,
            LocalDate earliestStart,
            Integer maxDurationMonths,
            Integer annualMeetingWithinMonths) {
    }

    /**
     * A field that could stand in for a protected attribute (a head office's borough, say), with values to try.
     *
     * @param field  the field's path, one of {@code organization.borough}, {@code organization.name}
     * @param values values the fairness gate substitutes
     */
    public record Proxy(String field, List<String> values) {
        public Proxy {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /**
     * Allocation options.
     *
     * @param tieBreakSeed        published seed of the tie-break keys; defaults to the catalog id and version
     * @param portfolioFloor      at least this many funded projects per objective when enough are fundable (default 0)
     * @param partialFunding      whether an application may be funded in part (default false)
     * @param partialMinimumShare the least share of each year's request a partial grant gives (default 0.5)
     * @param solverTimeLimitSeconds how long the max-score solver may run before it returns its best plan with the
     *                            bound and gap (default null: 10 s)
     */
    public record Allocation(String tieBreakSeed, Integer portfolioFloor, Boolean partialFunding, Double partialMinimumShare,
                             Double solverTimeLimitSeconds) {
        public Allocation {
            portfolioFloor = portfolioFloor == null ? 0 : portfolioFloor;
            partialFunding = partialFunding != null && partialFunding;
            partialMinimumShare = partialMinimumShare == null ? 0.5 : partialMinimumShare;
        }

        /** Allocation options with the default solver time limit. */
        public Allocation(String tieBreakSeed, Integer portfolioFloor, Boolean partialFunding, Double partialMinimumShare) {
            this(tieBreakSeed, portfolioFloor, partialFunding, partialMinimumShare, null);
        }
    }

    /** The envelope: the whole amount and what is available each program year. */
    public record Envelope(Long total, List<Long> perYear) {
        public Envelope {
            perYear = perYear == null ? List.of() : List.copyOf(perYear);
        }
    }

    /**
     * What reviewers score. {@code criteria} maps a criterion to the share of its points reviewers award (above 0, at
     * most 1); the rest stays the rules'.
     *
     * @param scale          the scores reviewers give
     * @param criteria       share of each reviewed criterion's points
     * @param minimumReviews fewer counted reviews of a criterion send an application to discussion (default 2)
     * @param maximumSpread  a wider spread between one criterion's scores sends it to discussion (default: a third of
     *                       the scale)
     */
    public record Reviews(Scale scale, Map<Criterion, Double> criteria, Integer minimumReviews, Double maximumSpread) {
        public Reviews {
            criteria = criteria == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(criteria));
        }
    }

    /** A review scale: scores from {@code min} to {@code max}. */
    public record Scale(Double min, Double max) {
    }
}
