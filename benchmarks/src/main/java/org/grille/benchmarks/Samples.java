package org.grille.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.AgeGroup;
import org.grille.api.application.Application;
import org.grille.api.application.Board;
import org.grille.api.application.Budget;
import org.grille.api.application.BudgetCategory;
import org.grille.api.application.BudgetLine;
import org.grille.api.application.Commitment;
import org.grille.api.application.Disclosure;
import org.grille.api.application.EvaluationApproach;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.FundingStatus;
import org.grille.api.application.Gender;
import org.grille.api.application.Language;
import org.grille.api.application.Leadership;
import org.grille.api.application.LegalForm;
import org.grille.api.application.LobbyistStatus;
import org.grille.api.application.Objective;
import org.grille.api.application.Organization;
import org.grille.api.application.OtherFunding;
import org.grille.api.application.Outcome;
import org.grille.api.application.Partner;
import org.grille.api.application.PartnerRole;
import org.grille.api.application.Project;
import org.grille.api.application.TargetGroup;
import org.grille.api.application.TrainingModule;

/**
 * Deterministic generated applications for benchmarks and the differential test: the same seed gives the same
 * applications on every machine. Every application passes the engine's validation; together they are varied:
 * eligible and ineligible (each gate is broken now and then, sometimes several at once), strong and weak
 * (a "quality" level per application pulls every field up or down), every objective as primary, one to three
 * objectives, and values placed on the rules' thresholds (5 % evaluation budget, 15 % administration,
 * 10 % and 25 % co-funding, 100 participants, the 100 000 $ cap, the oldest accepted annual meeting).
 */
public final class Samples {

    /** The seed the benchmarks and the differential test use unless told otherwise. */
    public static final long SEED = 20_270_129L;

    private static final List<String> BOROUGHS = List.of("Montréal-Nord", "Saint-Laurent", "Verdun", "Anjou",
            "Villeray–Saint-Michel–Parc-Extension", "Côte-des-Neiges–Notre-Dame-de-Grâce", "Le Sud-Ouest", "LaSalle",
            "Rosemont–La Petite-Patrie", "Ahuntsic-Cartierville");
    /** The call's earliest accepted start and oldest accepted annual meeting (manifest.json, "call"). */
    /** The bundled catalog's objectives, in its manifest's order. */
    private static final List<Objective> OBJECTIVES = PlainJavaRubric.OBJECTIVES;
    private static final LocalDate EARLIEST_START = LocalDate.of(2027, 4, 1);
    private static final LocalDate OLDEST_MEETING = LocalDate.of(2025, 10, 29);
    private static final long PROJECT_CAP = 100_000;

    private final Random random;
    private int next;

    private Samples(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} applications from {@link #SEED}. */
    public static List<Application> generate(int count) {
        return generate(count, SEED);
    }

    /** {@code count} applications from this seed; ids are {@code GEN-000001} onwards. */
    public static List<Application> generate(int count, long seed) {
        Samples samples = new Samples(seed);
        List<Application> applications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            applications.add(samples.application());
        }
        return List.copyOf(applications);
    }

    /** A generator from this seed that hands its applications out a block at a time, in {@link #generate} order. */
    static Samples stream(long seed) {
        return new Samples(seed);
    }

    /** The next {@code count} applications of this generator. */
    List<Application> next(int count) {
        List<Application> applications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            applications.add(application());
        }
        return applications;
    }

    private Application application() {
        next++;
        double quality = random.nextDouble();            // 0 weak ... 1 strong
        Project draft = project(quality);
        Budget budget = budget(draft, quality);
        EvaluationPlan plan = chance(0.1 - 0.08 * quality) ? null : new EvaluationPlan(approach(quality),
                chance(0.2) ? null : chance(0.4) ? budget.totalCost() / 20 : budget.totalCost() * between(0, 10) / 100,
                chance(0.3 + 0.6 * quality) ? Boolean.TRUE : chance(0.5) ? Boolean.FALSE : null);
        Project project = new Project(draft.title(), draft.summary(), draft.primaryObjective(), draft.objectives(),
                draft.targetGroups(), draft.boroughsServed(), draft.start(), draft.end(), draft.expectedParticipants(),
                draft.needEvidence(), draft.participantsInvolvedInDesign(), draft.theoryOfChange(), draft.activities(),
                draft.outcomes(), plan, draft.trainingModulesCompleted(), draft.coCreationWorkshopAttended());
        return new Application(String.format("GEN-%06d", next), pick(Language.values()), organization(quality),
                project, budget, partners(quality), leadership());
    }

    // ---- organization: the gates live mostly here ----

    private Organization organization(double quality) {
        LegalForm form = chance(0.04) ? pick(LegalForm.COOPERATIVE, LegalForm.BUSINESS, LegalForm.PUBLIC_BODY,
                LegalForm.UNINCORPORATED_GROUP) : chance(0.1) ? LegalForm.NON_PROFIT_COOPERATIVE : LegalForm.NON_PROFIT;
        String registry = chance(0.03) ? null : digits(10);
        int members = between(3, 15);
        int residents = chance(0.04) ? between(0, members / 2) : between(members / 2 + 1, members);
        Board board = new Board(members, residents, !chance(0.03));
        LocalDate meeting = chance(0.02) ? null
                : chance(0.03) ? OLDEST_MEETING.minusDays(between(0, 1))
                : OLDEST_MEETING.plusDays(between(-60, 420));
        int years = chance(0.04) ? between(0, 1) : between(2, 45);
        long revenue = chance(0.05) ? 0 : round(between(10_000, 1_500_000) * (0.3 + quality));
        long deficit = chance(0.6 * quality + 0.2) ? 0 : between(1, 150_000);
        LobbyistStatus lobbyist = chance(0.03) ? LobbyistStatus.REQUIRED_NOT_REGISTERED
                : pick(LobbyistStatus.NOT_REQUIRED, LobbyistStatus.REGISTERED);
        int projects = (int) Math.round(quality * between(0, 8));
        return new Organization("Organisme " + next, form, registry, !chance(0.03), board, meeting, years, revenue,
                deficit, lobbyist, pick(BOROUGHS), projects);
    }

    // ---- project ----

    private Project project(double quality) {
        List<Objective> objectives = inOrder(OBJECTIVES, pickSome(OBJECTIVES, between(1, 3)));
        Objective primary = pick(objectives);
        Set<TargetGroup> targets = subset(TargetGroup.class, between(1, 4));
        List<String> boroughs = chance(0.03) ? List.of() : List.copyOf(new TreeSet<>(pickSome(BOROUGHS, between(1, 3))));
        LocalDate start = chance(0.04) ? EARLIEST_START.minusDays(between(1, 30)) : EARLIEST_START.plusDays(between(0, 240));
        LocalDate end = start.plusMonths(between(6, 36)).minusDays(1);
        int participants = chance(0.1) ? 100 : between(0, 400);
        List<Activity> activities = chance(0.03) ? List.of() : activities(objectives, quality);
        List<Outcome> outcomes = outcomes(quality);
        List<TrainingModule> modules = List.copyOf(subset(TrainingModule.class, (int) Math.round(quality * 3 * random.nextDouble())));
        return new Project("Projet " + next, "Résumé du projet " + next, primary, objectives, List.copyOf(targets),
                boroughs, start, end, participants, text(0.2 + 0.7 * quality, "Consultation de 80 personnes en 2025"),
                chance(0.15) ? null : chance(0.2 + 0.7 * quality), text(0.15 + 0.8 * quality, "Les ateliers mènent à l'emploi"),
                activities, outcomes, null, modules, chance(0.15) ? null : chance(quality));
    }

    /** Mostly activities that serve the claimed objectives (more of them for strong projects), some of any type. */
    private List<Activity> activities(List<Objective> objectives, double quality) {
        int count = between(1, 2 + (int) Math.round(quality * 5));
        List<Activity> activities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ActivityType type = chance(0.25) ? pick(ActivityType.values()) : pick(typesFor(pick(objectives)));
            Integer sessions = chance(0.1) ? null : chance(0.15) ? 5 : between(1, 12);
            activities.add(new Activity(type, type.name().toLowerCase(), sessions));
        }
        return activities;
    }

    private static ActivityType[] typesFor(Objective objective) {
        return switch (objective.id()) {
            case "REDUCE_DISCRIMINATION" -> new ActivityType[] {ActivityType.AWARENESS_CAMPAIGN,
                    ActivityType.ANTI_RACISM_TRAINING, ActivityType.INCIDENT_SUPPORT};
            case "NEWCOMER_RIGHTS" -> new ActivityType[] {ActivityType.RIGHTS_INFORMATION, ActivityType.LEGAL_ACCOMPANIMENT};
            case "IMMIGRANT_WOMEN_AUTONOMY" -> new ActivityType[] {ActivityType.PEER_SUPPORT_GROUP,
                    ActivityType.CHILDCARE_DURING_ACTIVITIES, ActivityType.JOB_SKILLS_TRAINING,
                    ActivityType.ENTREPRENEURSHIP_SUPPORT, ActivityType.FINANCIAL_LITERACY};
            case "HIRING_BARRIERS" -> new ActivityType[] {ActivityType.CREDENTIAL_RECOGNITION, ActivityType.MENTORING,
                    ActivityType.JOB_MATCHING, ActivityType.PAID_INTERNSHIP};
            case "EMPLOYER_AWARENESS" -> new ActivityType[] {ActivityType.EMPLOYER_WORKSHOP,
                    ActivityType.INCLUSIVE_HIRING_COACHING, ActivityType.DIVERSITY_SHOWCASE};
            default -> ActivityType.values();
        };
    }

    private List<Outcome> outcomes(double quality) {
        int count = between(0, 1 + (int) Math.round(quality * 3));
        List<Outcome> outcomes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean measured = chance(0.3 + 0.65 * quality);
            String indicator = measured ? "Indicateur " + i : pick("", "  ", null, "Indicateur " + i);
            Double baseline = measured || chance(0.5) ? (double) between(0, 50) : null;
            Double target = measured || chance(0.5) ? (double) between(10, 100) : null;
            outcomes.add(new Outcome("Résultat " + i, indicator, baseline, target));
        }
        return outcomes;
    }

    private EvaluationApproach approach(double quality) {
        EvaluationApproach[] all = EvaluationApproach.values();
        int index = Math.min(all.length - 1, (int) Math.floor(random.nextDouble() * 0.6 * all.length + quality * 0.5 * all.length));
        return all[index];
    }

    // ---- budget ----

    private Budget budget(Project project, double quality) {
        int maxYears = (int) Math.max(1, Math.min(3, (project.durationMonths() + 11) / 12));
        int years = between(1, maxYears);
        List<Long> requested = new ArrayList<>(years);
        boolean overCap = chance(0.04);
        for (int i = 0; i < years; i++) {
            requested.add(overCap ? PROJECT_CAP / years + 100 * between(1, 50) : 100L * between(50, 1_000 / years + 50));
        }
        if (chance(0.03)) {                               // exactly at the cap: eligible
            requested.clear();
            requested.add(PROJECT_CAP);
        }
        long asked = requested.stream().mapToLong(Long::longValue).sum();
        long total = asked + 100L * between(0, (int) (1_000 + 2_000 * quality));
        long admin = chance(0.1) ? total * 15 / 100 : total * between(0, 25) / 100;
        boolean balanced = chance(0.5 + 0.45 * quality);
        List<BudgetLine> lines = new ArrayList<>();
        long evaluation = chance(0.5) ? total / 20 : total * between(0, 10) / 100;
        lines.add(new BudgetLine(BudgetCategory.STAFF, balanced ? total - admin - evaluation : total / 2));
        lines.add(new BudgetLine(BudgetCategory.EVALUATION, evaluation));
        lines.add(new BudgetLine(BudgetCategory.ADMINISTRATION, admin));
        if (chance(0.2)) {
            lines.add(new BudgetLine(pick(BudgetCategory.COMMUNICATION, BudgetCategory.EQUIPMENT), 0L));
        }
        List<OtherFunding> funding = new ArrayList<>();
        int sources = between(0, 1 + (int) Math.round(quality * 2));
        for (int i = 0; i < sources; i++) {
            long amount = chance(0.2) ? total / pick(10, 4) : Math.min(total, 100L * between(1, 1_000));
            funding.add(new OtherFunding("Bailleur " + i, amount, chance(0.3 + 0.5 * quality) ? FundingStatus.CONFIRMED
                    : FundingStatus.PENDING));
        }
        return new Budget(requested, total, lines, funding);
    }

    // ---- partners and leadership ----

    private List<Partner> partners(double quality) {
        int count = between(0, 1 + (int) Math.round(quality * 4));
        List<Partner> partners = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Commitment commitment = chance(0.2 + 0.5 * quality) ? Commitment.SIGNED_AGREEMENT
                    : chance(0.6) ? Commitment.LETTER_OF_SUPPORT : Commitment.NONE;
            Long cash = chance(0.2) ? null : chance(0.5) ? 0L : 100L * between(1, 200);
            Long inKind = chance(0.2) ? null : chance(0.5) ? 0L : 100L * between(1, 200);
            partners.add(new Partner("Partenaire " + i, pick(PartnerRole.values()), commitment, cash, inKind));
        }
        return partners;
    }

    private Leadership leadership() {
        return chance(0.1) ? null : new Leadership(pick(Gender.values()), pick(Disclosure.values()),
                pick(Disclosure.values()), pick(AgeGroup.values()));
    }

    // ---- helpers ----

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    private static long round(double value) {
        return Math.round(value / 100) * 100;
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> pickSome(List<T> values, int count) {
        List<T> copy = new ArrayList<>(values);
        java.util.Collections.shuffle(copy, random);
        return copy.subList(0, Math.min(count, copy.size()));
    }

    /** {@code count} distinct constants, in enum order. */
    /** {@code picked} in the order of {@code all}, each once: as an enum set gave them. */
    private static <T> List<T> inOrder(List<T> all, List<T> picked) {
        return all.stream().filter(picked::contains).toList();
    }

    private <E extends Enum<E>> Set<E> subset(Class<E> type, int count) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(pickSome(List.of(type.getEnumConstants()), count));
        return set;
    }

    private String text(double present, String value) {
        return chance(present) ? value : pick("", "   ", null);
    }

    private String digits(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }
}
