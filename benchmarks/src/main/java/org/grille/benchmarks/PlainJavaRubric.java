package org.grille.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.grille.api.Criterion;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Application;
import org.grille.api.application.Board;
import org.grille.api.application.Budget;
import org.grille.api.application.Commitment;
import org.grille.api.application.EvaluationApproach;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.LegalForm;
import org.grille.api.application.LobbyistStatus;
import org.grille.api.application.Objective;
import org.grille.api.application.Organization;
import org.grille.api.application.Outcome;
import org.grille.api.application.Partner;
import org.grille.api.application.PartnerRole;
import org.grille.api.application.Project;
import org.grille.api.application.TargetGroup;
import org.grille.api.application.TrainingModule;

/**
 * The bundled Montréal inclusive rubric written by hand in plain Java: the baseline the engine is compared
 * with. Every gate of {@code eligibility.drl} and every award of {@code objectives/*.drl} and
 * {@code quality.drl}, in catalog order (manifest file order, then line), counted the way
 * {@code org.grille.engine.scoring.Tally} counts them: each rule once, each criterion capped at its maximum,
 * objective fit as the best objective's sub-score (up to 20) plus the second best's (up to 5), ties to the
 * primary objective then to the manifest's order, contributions counted in catalog order until their bucket is full.
 *
 * <p>The numbers are those of
 * {@code rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive/manifest.json}, hard-coded
 * here. It is a benchmark baseline, not a second source of truth: it was written for the rule files and manifest
 * whose digest is {@link #WRITTEN_FOR}. While the bundled catalog has that digest, {@code PlainJavaRubricTest} checks
 * the baseline against the engine on 10 000 generated applications; once policy staff edit the rules, that check is
 * skipped (saying why) and {@code AssessBenchmark} warns that its plain-Java figure is for the older rubric, until
 * someone brings this class and the digest up to date. A rule edit never fails the build here.
 *
 * <p>It skips what the engine does besides scoring (input validation, reason texts, contributions with
 * file and line): it is the lower bound of what scoring this rubric can cost. Stateless and thread-safe.
 */
public final class PlainJavaRubric {

    /** The digest ({@link #digestOfTheBundledRubric()}) of the manifest and rule files this class mirrors. */
    static final String WRITTEN_FOR = "ed80785edea310302eca296f02585426797337c29754a6d8c870a3e6e8baf28f";
    /** The bundled files the rubric is written from: the manifest and its scoring rule files, in catalog order. */
    private static final List<String> MIRRORED = List.of("manifest.json", "eligibility.drl",
            "objectives/reduce-discrimination.drl", "objectives/newcomer-rights.drl",
            "objectives/immigrant-women-autonomy.drl", "objectives/hiring-barriers.drl",
            "objectives/employer-awareness.drl", "quality.drl");

    /**
     * The SHA-256 of the bundled manifest and scoring rule files, as the catalog jar on the class path has them.
     *
     * @return lowercase hex
     */
    static String digestOfTheBundledRubric() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String file : MIRRORED) {
                try (java.io.InputStream in = PlainJavaRubric.class.getResourceAsStream(
                        "/org/grille/catalog/montrealinclusive/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("not on the class path: " + file);
                    }
                    sha.update(file.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    sha.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the bundled rubric is still the one this class mirrors.
     *
     * @return true when the digests match
     */
    static boolean mirrorsTheBundledRubric() {
        return WRITTEN_FOR.equals(digestOfTheBundledRubric());
    }

    // manifest.json, "call"
    static final long PROJECT_CAP = 100_000;
    static final int MINIMUM_YEARS_ACTIVE = 2;
    static final LocalDate DEADLINE = LocalDate.of(2027, 1, 29);
    static final LocalDate EARLIEST_START = LocalDate.of(2027, 4, 1);
    static final int ANNUAL_MEETING_WITHIN_MONTHS = 15;
    /** As CompiledCatalog derives CallTerms.oldestAnnualMeeting: the deadline less annualMeetingWithinMonths. */
    static final LocalDate OLDEST_ANNUAL_MEETING = DEADLINE.minusMonths(ANNUAL_MEETING_WITHIN_MONTHS);

    // manifest.json, "criteria", "objectiveFit" and "fundableThreshold"
    static final int OBJECTIVE_FIT_MAX = 25;
    static final int NEED_AND_PARTICIPATION_MAX = 10;
    static final int IMPACT_DESIGN_MAX = 15;
    static final int EVALUATION_PLAN_MAX = 15;
    static final int PARTNERSHIPS_MAX = 15;
    static final int ORGANIZATIONAL_CAPACITY_MAX = 10;
    static final int BUDGET_REALISM_MAX = 10;
    static final int BEST_OBJECTIVE_MAX = 20;
    static final int SECONDARY_OBJECTIVE_MAX = 5;
    static final int FUNDABLE_THRESHOLD = 60;

    /** The bundled grid's criteria, written out by hand as the rest of this baseline (see {@link #WRITTEN_FOR}). */
    enum Criteria {
        OBJECTIVE_FIT, NEED_AND_PARTICIPATION, IMPACT_DESIGN, EVALUATION_PLAN, PARTNERSHIPS, ORGANIZATIONAL_CAPACITY,
        BUDGET_REALISM;

        final Criterion id = new Criterion(name());
    }

    static final Objective REDUCE_DISCRIMINATION = new Objective("REDUCE_DISCRIMINATION");
    static final Objective NEWCOMER_RIGHTS = new Objective("NEWCOMER_RIGHTS");
    static final Objective IMMIGRANT_WOMEN_AUTONOMY = new Objective("IMMIGRANT_WOMEN_AUTONOMY");
    static final Objective HIRING_BARRIERS = new Objective("HIRING_BARRIERS");
    static final Objective EMPLOYER_AWARENESS = new Objective("EMPLOYER_AWARENESS");
    /** The bundled catalog's objectives in its manifest's order, by hand. */
    static final List<Objective> OBJECTIVES = List.of(REDUCE_DISCRIMINATION, NEWCOMER_RIGHTS,
            IMMIGRANT_WOMEN_AUTONOMY, HIRING_BARRIERS, EMPLOYER_AWARENESS);
    private static final Criteria[] CRITERIA = Criteria.values();

    /** This baseline's grid as the api shows it, labelled by ids: for benchmarks that need a catalog's identity. */
    static org.grille.api.Rubric rubric() {
        int[] maxima = {OBJECTIVE_FIT_MAX, NEED_AND_PARTICIPATION_MAX, IMPACT_DESIGN_MAX, EVALUATION_PLAN_MAX,
                PARTNERSHIPS_MAX, ORGANIZATIONAL_CAPACITY_MAX, BUDGET_REALISM_MAX};
        List<org.grille.api.Rubric.CriterionDefinition> criteria = new ArrayList<>();
        for (Criteria c : CRITERIA) {
            org.grille.api.Rubric.Label label = new org.grille.api.Rubric.Label(c.name(), c.name());
            criteria.add(new org.grille.api.Rubric.CriterionDefinition(c.id, maxima[c.ordinal()], label, label));
        }
        List<org.grille.api.Rubric.ObjectiveDefinition> objectives = OBJECTIVES.stream().map(o -> {
            org.grille.api.Rubric.Label label = new org.grille.api.Rubric.Label(o.id(), o.id());
            return new org.grille.api.Rubric.ObjectiveDefinition(o, label, label);
        }).toList();
        return new org.grille.api.Rubric(criteria, objectives, Criteria.OBJECTIVE_FIT.id);
    }

    /**
     * The outcome of the rubric for one application.
     *
     * @param failedGates     codes of the failed gates, in catalog order
     * @param criterionScores points per criterion after caps, indexed by {@link Criteria#ordinal()}
     * @param objectiveScores points per objective after the per-objective cap, in the manifest's order
     */
    public record Result(String applicationId, boolean eligible, boolean fundable, int total, List<String> failedGates,
                         int[] criterionScores, int[] objectiveScores) {

        public int score(Criterion criterion) {
            return criterionScores[Criteria.valueOf(criterion.id()).ordinal()];
        }

        public int score(Objective objective) {
            return objectiveScores[OBJECTIVES.indexOf(objective)];
        }

        public Map<Criterion, Integer> criterionScoreMap() {
            Map<Criterion, Integer> map = new java.util.LinkedHashMap<>();
            for (Criteria c : CRITERIA) {
                map.put(c.id, criterionScores[c.ordinal()]);
            }
            return map;
        }

        public Map<Objective, Integer> objectiveScoreMap() {
            Map<Objective, Integer> map = new java.util.LinkedHashMap<>();
            for (int i = 0; i < OBJECTIVES.size(); i++) {
                map.put(OBJECTIVES.get(i), objectiveScores[i]);
            }
            return map;
        }
    }

    /** Scores one (valid) application. */
    public Result assess(Application application) {
        Organization org = application.organization();
        Project project = application.project();
        Budget budget = application.budget();
        List<Partner> partners = application.partners();
        EvaluationPlan plan = project.evaluationPlan();

        // ---- eligibility.drl: each gate fires when its condition is NOT met ----
        List<String> gates = new ArrayList<>(2);
        if (org.legalForm() != LegalForm.NON_PROFIT && org.legalForm() != LegalForm.NON_PROFIT_COOPERATIVE) {
            gates.add("NON_PROFIT");
        }
        if (org.registryNumber() == null) {
            gates.add("REGISTERED");
        }
        if (!org.inGoodStanding()) {
            gates.add("GOOD_STANDING");
        }
        Board board = org.board();
        if (!board.democraticallyElected()) {
            gates.add("DEMOCRATIC_BOARD");
        }
        if (!board.montrealMajority()) {
            gates.add("MONTREAL_BOARD_MAJORITY");
        }
        if (org.lastAnnualGeneralMeeting() == null || org.lastAnnualGeneralMeeting().isBefore(OLDEST_ANNUAL_MEETING)) {
            gates.add("ANNUAL_MEETING");
        }
        if (org.yearsActive() < MINIMUM_YEARS_ACTIVE) {
            gates.add("ACTIVE_TWO_YEARS");
        }
        if (org.lobbyistStatus() == LobbyistStatus.REQUIRED_NOT_REGISTERED) {
            gates.add("LOBBYIST_COMPLIANCE");
        }
        if (project.boroughsServed().isEmpty()) {
            gates.add("ACTIVITIES_IN_MONTREAL");
        }
        if (project.activities().isEmpty()) {
            gates.add("HAS_ACTIVITIES");
        }
        long requested = budget.totalRequested();
        if (requested > PROJECT_CAP) {
            gates.add("WITHIN_PROJECT_CAP");
        }
        if (project.start().isBefore(EARLIEST_START)) {
            gates.add("NOT_STARTED");
        }

        // What the activities, partners and outcomes offer, read once.
        long activityTypes = 0;                       // bit per ActivityType ordinal
        boolean repeatedAwareness = false;
        for (Activity activity : project.activities()) {
            activityTypes |= 1L << activity.type().ordinal();
            if ((activity.type() == ActivityType.AWARENESS_CAMPAIGN || activity.type() == ActivityType.ANTI_RACISM_TRAINING)
                    && activity.sessions() != null && activity.sessions() >= 5) {
                repeatedAwareness = true;
            }
        }
        List<Objective> objectives = project.objectives();
        List<TargetGroup> targets = project.targetGroups();
        Objective primary = project.primaryObjective();

        Awards awards = new Awards();

        // ---- objectives/reduce-discrimination.drl ----
        Objective o = REDUCE_DISCRIMINATION;
        if (o.equals(primary)) {
            awards.fit(o, 4);
        }
        if (objectives.contains(o)) {
            if (has(activityTypes, ActivityType.AWARENESS_CAMPAIGN, ActivityType.ANTI_RACISM_TRAINING)) {
                awards.fit(o, 6);
            }
            if (has(activityTypes, ActivityType.INCIDENT_SUPPORT)) {
                awards.fit(o, 4);
            }
            if (targets.contains(TargetGroup.GENERAL_PUBLIC) || targets.contains(TargetGroup.RACIALIZED_PEOPLE)) {
                awards.fit(o, 4);
            }
            if (repeatedAwareness) {
                awards.fit(o, 2);
            }
        }

        // ---- objectives/newcomer-rights.drl ----
        o = NEWCOMER_RIGHTS;
        if (o.equals(primary)) {
            awards.fit(o, 4);
        }
        if (objectives.contains(o)) {
            if (has(activityTypes, ActivityType.RIGHTS_INFORMATION)) {
                awards.fit(o, 6);
            }
            if (has(activityTypes, ActivityType.LEGAL_ACCOMPANIMENT)) {
                awards.fit(o, 4);
            }
            if (targets.contains(TargetGroup.NEWCOMERS) || targets.contains(TargetGroup.REFUGEES_AND_ASYLUM_SEEKERS)
                    || targets.contains(TargetGroup.TEMPORARY_RESIDENTS)) {
                awards.fit(o, 4);
            }
            if (project.expectedParticipants() >= 100) {
                awards.fit(o, 2);
            }
        }

        // ---- objectives/immigrant-women-autonomy.drl ----
        o = IMMIGRANT_WOMEN_AUTONOMY;
        if (o.equals(primary)) {
            awards.fit(o, 4);
        }
        if (objectives.contains(o)) {
            if (targets.contains(TargetGroup.IMMIGRANT_WOMEN)) {
                awards.fit(o, 5);
            }
            if (has(activityTypes, ActivityType.JOB_SKILLS_TRAINING, ActivityType.ENTREPRENEURSHIP_SUPPORT,
                    ActivityType.FINANCIAL_LITERACY)) {
                awards.fit(o, 5);
            }
            if (has(activityTypes, ActivityType.PEER_SUPPORT_GROUP)) {
                awards.fit(o, 3);
            }
            if (has(activityTypes, ActivityType.CHILDCARE_DURING_ACTIVITIES)) {
                awards.fit(o, 3);
            }
        }

        // ---- objectives/hiring-barriers.drl ----
        o = HIRING_BARRIERS;
        if (o.equals(primary)) {
            awards.fit(o, 4);
        }
        if (objectives.contains(o)) {
            if (has(activityTypes, ActivityType.CREDENTIAL_RECOGNITION, ActivityType.MENTORING)) {
                awards.fit(o, 5);
            }
            if (has(activityTypes, ActivityType.JOB_MATCHING, ActivityType.PAID_INTERNSHIP)) {
                awards.fit(o, 5);
            }
            if (targets.contains(TargetGroup.SKILLED_IMMIGRANTS) || targets.contains(TargetGroup.NEWCOMERS)
                    || targets.contains(TargetGroup.IMMIGRANT_YOUTH)) {
                awards.fit(o, 3);
            }
            for (Partner partner : partners) {
                if (partner.role() == PartnerRole.EMPLOYER_HOST && partner.commitment() != Commitment.NONE) {
                    awards.fit(o, 3);
                    break;
                }
            }
        }

        // ---- objectives/employer-awareness.drl ----
        o = EMPLOYER_AWARENESS;
        if (o.equals(primary)) {
            awards.fit(o, 4);
        }
        if (objectives.contains(o)) {
            if (has(activityTypes, ActivityType.EMPLOYER_WORKSHOP)) {
                awards.fit(o, 6);
            }
            if (has(activityTypes, ActivityType.INCLUSIVE_HIRING_COACHING)) {
                awards.fit(o, 4);
            }
            if (targets.contains(TargetGroup.EMPLOYERS)) {
                awards.fit(o, 4);
            }
            if (has(activityTypes, ActivityType.DIVERSITY_SHOWCASE)) {
                awards.fit(o, 2);
            }
        }

        // ---- quality.drl ----
        // Need and participation
        if (project.documentsNeed()) {
            awards.award(Criteria.NEED_AND_PARTICIPATION, 5);
        }
        if (Boolean.TRUE.equals(project.participantsInvolvedInDesign())) {
            awards.award(Criteria.NEED_AND_PARTICIPATION, 3);
        }
        if (plan != null && Boolean.TRUE.equals(plan.participantsConsulted())) {
            awards.award(Criteria.NEED_AND_PARTICIPATION, 2);
        }
        // Impact design
        if (project.hasTheoryOfChange()) {
            awards.award(Criteria.IMPACT_DESIGN, 6);
        }
        List<Outcome> outcomes = project.outcomes();
        if (project.outcomesWithIndicator() >= 2) {
            awards.award(Criteria.IMPACT_DESIGN, 4);
        }
        if (project.activities().size() >= 3) {
            awards.award(Criteria.IMPACT_DESIGN, 3);
        }
        List<TrainingModule> modules = project.trainingModulesCompleted();
        if (modules.contains(TrainingModule.SOCIAL_IMPACT_DESIGN)) {
            awards.award(Criteria.IMPACT_DESIGN, 2);
        }
        // Evaluation plan
        int measurable = 0;
        for (Outcome outcome : outcomes) {
            if (outcome.measurable()) {
                measurable++;
            }
        }
        if (measurable > 0) {
            awards.award(Criteria.EVALUATION_PLAN, 5);
        }
        if (!outcomes.isEmpty() && measurable == outcomes.size()) {
            awards.award(Criteria.EVALUATION_PLAN, 2);
        }
        if (plan != null) {
            EvaluationApproach approach = plan.approach();
            if (approach == EvaluationApproach.BEFORE_AFTER_MEASURES || approach == EvaluationApproach.MIXED_METHODS
                    || approach == EvaluationApproach.EXTERNAL_EVALUATION) {
                awards.award(Criteria.EVALUATION_PLAN, 4);
            }
            if (plan.budget() != null && plan.budget() >= budget.totalCost() * 0.05) {
                awards.award(Criteria.EVALUATION_PLAN, 3);
            }
        }
        if (modules.contains(TrainingModule.IMPACT_EVALUATION)) {
            awards.award(Criteria.EVALUATION_PLAN, 1);
        }
        // Partnerships
        boolean committed = false;
        boolean signed = false;
        boolean contributes = false;
        PartnerRole firstCommittedRole = null;
        boolean complementary = false;
        for (Partner partner : partners) {
            Commitment commitment = partner.commitment();
            if (commitment != Commitment.NONE) {
                committed = true;
                if (firstCommittedRole == null) {
                    firstCommittedRole = partner.role();
                } else if (partner.role() != firstCommittedRole) {
                    complementary = true;
                }
            }
            signed |= commitment == Commitment.SIGNED_AGREEMENT;
            contributes |= commitment != Commitment.NONE && partner.contributes();
        }
        if (committed) {
            awards.award(Criteria.PARTNERSHIPS, 3);
        }
        if (signed) {
            awards.award(Criteria.PARTNERSHIPS, 6);
        }
        if (complementary) {
            awards.award(Criteria.PARTNERSHIPS, 3);
        }
        if (Boolean.TRUE.equals(project.coCreationWorkshopAttended())) {
            awards.award(Criteria.PARTNERSHIPS, 2);
        }
        if (contributes) {
            awards.award(Criteria.PARTNERSHIPS, 1);
        }
        // Organizational capacity
        if (org.projectsCompleted() >= 1) {
            awards.award(Criteria.ORGANIZATIONAL_CAPACITY, 2);
        }
        if (org.projectsCompleted() >= 3) {
            awards.award(Criteria.ORGANIZATIONAL_CAPACITY, 2);
        }
        if (org.accumulatedDeficit() == 0) {
            awards.award(Criteria.ORGANIZATIONAL_CAPACITY, 3);
        }
        if (org.annualRevenue() * 3 >= requested) {
            awards.award(Criteria.ORGANIZATIONAL_CAPACITY, 3);
        }
        // Budget realism and co-funding
        if (budget.administrationShare() <= 0.15) {
            awards.award(Criteria.BUDGET_REALISM, 4);
        }
        if (budget.balanced()) {
            awards.award(Criteria.BUDGET_REALISM, 2);
        }
        double cofunding = budget.confirmedCoFundingShare();
        if (cofunding >= 0.10) {
            awards.award(Criteria.BUDGET_REALISM, 3);
        }
        if (cofunding >= 0.25) {
            awards.award(Criteria.BUDGET_REALISM, 1);
        }

        return awards.tally(application.id(), primary, gates);
    }

    private static boolean has(long types, ActivityType type) {
        return (types & (1L << type.ordinal())) != 0;
    }

    private static boolean has(long types, ActivityType a, ActivityType b) {
        return has(types, a) || has(types, b);
    }

    private static boolean has(long types, ActivityType a, ActivityType b, ActivityType c) {
        return has(types, a) || has(types, b) || has(types, c);
    }

    /**
     * The awards of one application, in catalog order, then counted as Tally counts them. Objective-fit awards
     * are kept (objective, points) because their room depends on the ranking of objectives, known only at the end.
     */
    private static final class Awards {
        private static final int[] CAPS = new int[CRITERIA.length];

        static {
            CAPS[Criteria.OBJECTIVE_FIT.ordinal()] = OBJECTIVE_FIT_MAX;
            CAPS[Criteria.NEED_AND_PARTICIPATION.ordinal()] = NEED_AND_PARTICIPATION_MAX;
            CAPS[Criteria.IMPACT_DESIGN.ordinal()] = IMPACT_DESIGN_MAX;
            CAPS[Criteria.EVALUATION_PLAN.ordinal()] = EVALUATION_PLAN_MAX;
            CAPS[Criteria.PARTNERSHIPS.ordinal()] = PARTNERSHIPS_MAX;
            CAPS[Criteria.ORGANIZATIONAL_CAPACITY.ordinal()] = ORGANIZATIONAL_CAPACITY_MAX;
            CAPS[Criteria.BUDGET_REALISM.ordinal()] = BUDGET_REALISM_MAX;
        }

        // Objective-fit awards in catalog order: objective ordinal and points.
        private final int[] fitObjective = new int[32];
        private final int[] fitPoints = new int[32];
        private int fits;
        // Raw points per objective, before the per-objective cap.
        private final int[] objectiveRaw = new int[OBJECTIVES.size()];
        // Quality points per criterion, before caps (quality awards come after every objective file, and each
        // criterion's room is independent of the others, so summing then capping equals counting in order).
        private final int[] criterionRaw = new int[CRITERIA.length];

        void fit(Objective objective, int points) {
            int index = OBJECTIVES.indexOf(objective);
            fitObjective[fits] = index;
            fitPoints[fits] = points;
            fits++;
            objectiveRaw[index] += points;
        }

        void award(Criteria criterion, int points) {
            criterionRaw[criterion.ordinal()] += points;
        }

        Result tally(String id, Objective primary, List<String> gates) {
            int[] objectiveScores = new int[OBJECTIVES.size()];
            for (int i = 0; i < objectiveScores.length; i++) {
                objectiveScores[i] = Math.min(objectiveRaw[i], BEST_OBJECTIVE_MAX);
            }
            // Best and second best: higher score first, then the primary objective, then the manifest's order.
            int best = -1;
            int second = -1;
            for (int i = 0; i < OBJECTIVES.size(); i++) {
                if (best < 0 || before(i, best, objectiveScores, primary)) {
                    second = best;
                    best = i;
                } else if (second < 0 || before(i, second, objectiveScores, primary)) {
                    second = i;
                }
            }
            int[] objectiveRoom = new int[OBJECTIVES.size()];
            objectiveRoom[best] = BEST_OBJECTIVE_MAX;
            objectiveRoom[second] = SECONDARY_OBJECTIVE_MAX;

            int[] criterionScores = new int[CRITERIA.length];
            int fitRoom = CAPS[Criteria.OBJECTIVE_FIT.ordinal()];
            for (int i = 0; i < fits; i++) {
                int objective = fitObjective[i];
                int counted = Math.min(fitPoints[i], Math.min(objectiveRoom[objective], fitRoom));
                objectiveRoom[objective] -= counted;
                fitRoom -= counted;
                criterionScores[Criteria.OBJECTIVE_FIT.ordinal()] += counted;
            }
            int total = criterionScores[Criteria.OBJECTIVE_FIT.ordinal()];
            for (Criteria criterion : CRITERIA) {
                if (criterion != Criteria.OBJECTIVE_FIT) {
                    int counted = Math.min(criterionRaw[criterion.ordinal()], CAPS[criterion.ordinal()]);
                    criterionScores[criterion.ordinal()] = counted;
                    total += counted;
                }
            }
            boolean eligible = gates.isEmpty();
            return new Result(id, eligible, eligible && total >= FUNDABLE_THRESHOLD, total, gates, criterionScores,
                    objectiveScores);
        }

        /** Whether objective {@code a} ranks before objective {@code b}. */
        private static boolean before(int a, int b, int[] scores, Objective primary) {
            if (scores[a] != scores[b]) {
                return scores[a] > scores[b];
            }
            int primaryIndex = OBJECTIVES.indexOf(primary);
            boolean aPrimary = a == primaryIndex;
            boolean bPrimary = b == primaryIndex;
            if (aPrimary != bPrimary) {
                return aPrimary;
            }
            return a < b;
        }
    }
}
