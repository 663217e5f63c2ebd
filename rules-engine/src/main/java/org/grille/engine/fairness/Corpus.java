package org.grille.engine.fairness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.grille.api.application.Activity;
import org.grille.api.application.ActivityType;
import org.grille.api.application.Application;
import org.grille.api.application.Board;
import org.grille.api.application.Budget;
import org.grille.api.application.BudgetCategory;
import org.grille.api.application.BudgetLine;
import org.grille.api.application.Commitment;
import org.grille.api.application.EvaluationApproach;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.FundingStatus;
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
 * A fixed, generated corpus of valid applications for the fairness gate: the same seed gives the same
 * applications on every machine. It is varied on purpose (every objective, activity, target group and
 * commitment; eligible and not; strong and weak) so that a rule's condition is met by some applications
 * and not by others, whatever the rule reads.
 */
public final class Corpus {

    private static final List<String> BOROUGHS = List.of("Montréal-Nord", "Saint-Laurent", "Verdun", "Anjou", "LaSalle",
            "Villeray–Saint-Michel–Parc-Extension", "Côte-des-Neiges–Notre-Dame-de-Grâce", "Le Sud-Ouest", "Ville-Marie");

    private Corpus() {
    }

    /**
     * {@code size} applications from {@code seed}, claiming the catalog's {@code objectives}; ids are
     * {@code FAIR-0001}, {@code FAIR-0002}, ...
     */
    public static List<Application> generate(long seed, int size, List<Objective> objectives) {
        Random random = new Random(seed);
        List<Application> applications = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            applications.add(application(String.format("FAIR-%04d", i), random, objectives));
        }
        return applications;
    }

    private static Application application(String id, Random r, List<Objective> objectives) {
        Project project = project(r, objectives);
        return new Application(id, pick(r, Language.values()), organization(r), project, budget(project, r),
                partners(r), Leadership.UNDISCLOSED);
    }

    private static Organization organization(Random r) {
        int members = 3 + r.nextInt(10);
        int residents = chance(r, 0.92) ? members / 2 + 1 + r.nextInt(members - members / 2) : r.nextInt(members / 2 + 1);
        LegalForm form = chance(r, 0.93) ? (chance(r, 0.9) ? LegalForm.NON_PROFIT : LegalForm.NON_PROFIT_COOPERATIVE)
                : pick(r, LegalForm.values());
        return new Organization("Organisme " + r.nextInt(1000), form,
                chance(r, 0.96) ? String.format("%010d", Math.abs(r.nextLong() % 10_000_000_000L)) : null,
                chance(r, 0.95), new Board(members, Math.min(residents, members), chance(r, 0.95)),
                chance(r, 0.96) ? LocalDate.of(2025, 10, 1).plusDays(r.nextInt(450)) : null,
                chance(r, 0.93) ? 2 + r.nextInt(35) : r.nextInt(2), (long) r.nextInt(1_500_000),
                chance(r, 0.75) ? 0L : (long) r.nextInt(120_000),
                chance(r, 0.95) ? pick(r, LobbyistStatus.NOT_REQUIRED, LobbyistStatus.REGISTERED) : LobbyistStatus.REQUIRED_NOT_REGISTERED,
                pick(r, BOROUGHS.toArray(String[]::new)), r.nextInt(8));
    }

    private static Project project(Random r, List<Objective> catalogObjectives) {
        List<Objective> objectives = subset(r, catalogObjectives, 1, 3);
        LocalDate start = chance(r, 0.95) ? LocalDate.of(2027, 4, 1).plusDays(r.nextInt(180)) : LocalDate.of(2027, 2, 1);
        int months = 6 + r.nextInt(31);
        List<Activity> activities = new ArrayList<>();
        int count = chance(r, 0.97) ? 1 + r.nextInt(6) : 0;
        for (int i = 0; i < count; i++) {
            ActivityType type = pick(r, ActivityType.values());
            activities.add(new Activity(type, type.name(), 1 + r.nextInt(12)));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            outcomes.add(new Outcome("Résultat", chance(r, 0.85) ? "Indicateur" : null,
                    chance(r, 0.8) ? (double) r.nextInt(50) : null, chance(r, 0.8) ? 10.0 + r.nextInt(90) : null));
        }
        EvaluationPlan plan = chance(r, 0.9) ? new EvaluationPlan(pick(r, EvaluationApproach.values()),
                chance(r, 0.8) ? (long) r.nextInt(20_000) : null, chance(r, 0.6)) : null;
        return new Project("Projet", "Résumé", objectives.get(r.nextInt(objectives.size())), objectives,
                subset(r, TargetGroup.values(), 1, 3), chance(r, 0.96) ? List.of(pick(r, BOROUGHS.toArray(String[]::new))) : List.of(),
                start, start.plusMonths(months).minusDays(1), r.nextInt(400),
                chance(r, 0.75) ? "Consultation" : null, chance(r, 0.65), chance(r, 0.7) ? "Théorie du changement" : null,
                activities, outcomes, plan, subset(r, TrainingModule.values(), 0, 3), chance(r, 0.5));
    }

    private static Budget budget(Project project, Random r) {
        int maxYears = (int) Math.max(1, Math.min(3, (project.durationMonths() + 11) / 12));
        List<Long> years = new ArrayList<>();
        for (int y = 1 + r.nextInt(maxYears); y > 0; y--) {
            years.add(5_000L + r.nextInt(31) * 1_000L);
        }
        long asked = years.stream().mapToLong(Long::longValue).sum();
        long total = asked + r.nextInt(200) * 1_000L;
        long admin = total * r.nextInt(25) / 100;
        List<BudgetLine> lines = List.of(new BudgetLine(BudgetCategory.STAFF, chance(r, 0.7) ? total - admin : total / 2),
                new BudgetLine(BudgetCategory.ADMINISTRATION, admin));
        List<OtherFunding> other = chance(r, 0.6)
                ? List.of(new OtherFunding("Fondation", Math.min(total, (long) r.nextInt(80_000)), pick(r, FundingStatus.values())))
                : List.of();
        return new Budget(years, total, lines, other);
    }

    private static List<Partner> partners(Random r) {
        List<Partner> partners = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            partners.add(new Partner("Partenaire", pick(r, PartnerRole.values()), pick(r, Commitment.values()),
                    (long) r.nextInt(3) * 5_000, (long) r.nextInt(3) * 2_000));
        }
        return partners;
    }

    private static boolean chance(Random r, double probability) {
        return r.nextDouble() < probability;
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... values) {
        return values[r.nextInt(values.length)];
    }

    private static <E extends Enum<E>> List<E> subset(Random r, E[] values, int min, int max) {
        return subset(r, List.of(values), min, max);
    }

    /** Between {@code min} and {@code max} of {@code values} (fewer if there are fewer), in their order. */
    private static <T> List<T> subset(Random r, List<T> values, int min, int max) {
        boolean[] chosen = new boolean[values.size()];
        int size = Math.min(values.size(), min + r.nextInt(max - min + 1));
        for (int count = 0; count < size; ) {
            int pick = r.nextInt(values.size());
            if (!chosen[pick]) {
                chosen[pick] = true;
                count++;
            }
        }
        List<T> subset = new ArrayList<>(size);
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                subset.add(values.get(i));
            }
        }
        return List.copyOf(subset);
    }
}
