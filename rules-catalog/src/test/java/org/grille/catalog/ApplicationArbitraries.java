package org.grille.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
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
 * Generated applications that are always valid input and reach every kind of outcome: eligible and not
 * (each gate is broken now and then), strong and weak, every objective. Properties check the coverage with
 * jqwik statistics, so a generator that drifts away from a kind of case makes them fail.
 */
final class ApplicationArbitraries {

    private static final List<String> BOROUGHS = List.of("Montréal-Nord", "Saint-Laurent", "Verdun", "Anjou",
            "Villeray–Saint-Michel–Parc-Extension", "Côte-des-Neiges–Notre-Dame-de-Grâce", "Le Sud-Ouest", "LaSalle");
    private static final LocalDate FIRST_START = LocalDate.of(2027, 3, 25);

    private ApplicationArbitraries() {
    }

    /** An application that prints as its JSON, so a failing property shows a counter-example a person can read. */
    record Sample(Application application) {
        private static final org.grille.api.JsonCodec JSON = org.grille.api.JsonCodec.standard();

        @Override
        public String toString() {
            return "\n" + JSON.writeApplication(application);
        }
    }

    static Arbitrary<Sample> samples() {
        return applications().map(Sample::new);
    }

    static Arbitrary<Application> applications() {
        return Combinators.combine(ids(), Arbitraries.of(Language.class), organizations(), projectsWithBudgets(),
                        partners(), leaderships())
                .as((id, language, organization, projectAndBudget, partners, leadership) -> new Application(id, language,
                        organization, projectAndBudget.project(), projectAndBudget.budget(), partners, leadership));
    }

    static Arbitrary<String> ids() {
        return Arbitraries.integers().between(1, 999_999).map(n -> String.format("GEN-%06d", n));
    }

    static Arbitrary<Leadership> leaderships() {
        return Combinators.combine(Arbitraries.of(Gender.class), Arbitraries.of(Disclosure.class),
                Arbitraries.of(Disclosure.class), Arbitraries.of(AgeGroup.class)).as(Leadership::new);
    }

    static Arbitrary<Organization> organizations() {
        Arbitrary<LegalForm> legalForm = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(17, Arbitraries.just(LegalForm.NON_PROFIT)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(LegalForm.NON_PROFIT_COOPERATIVE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(LegalForm.BUSINESS, LegalForm.COOPERATIVE, LegalForm.UNINCORPORATED_GROUP)));
        Arbitrary<String> registry = Arbitraries.strings().numeric().ofLength(10).injectNull(0.04);
        Arbitrary<Boolean> mostlyTrue = Arbitraries.frequency(net.jqwik.api.Tuple.of(24, true), net.jqwik.api.Tuple.of(1, false));
        Arbitrary<Board> board = Arbitraries.integers().between(3, 15).flatMap(members -> Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(24, Arbitraries.integers().between(members / 2 + 1, members)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, members / 2))),
                mostlyTrue).as((residents, elected) -> new Board(members, residents, elected)));
        Arbitrary<LocalDate> meeting = Arbitraries.integers().between(0, 450).withDistribution(RandomDistribution.uniform())
                .map(days -> LocalDate.of(2025, 10, 15).plusDays(days)).injectNull(0.02);
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.integers().between(2, 40)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 1)));
        Arbitrary<Long> revenue = Arbitraries.longs().between(0, 2_000_000);
        Arbitrary<Long> deficit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 150_000)));
        Arbitrary<LobbyistStatus> lobbyist = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.of(LobbyistStatus.NOT_REQUIRED, LobbyistStatus.REGISTERED)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(LobbyistStatus.REQUIRED_NOT_REGISTERED)));
        Arbitrary<Integer> projects = Arbitraries.integers().between(0, 8);
        return Combinators.combine(legalForm, registry, mostlyTrue, board, meeting, years, revenue, deficit)
                .as((form, neq, standing, b, agm, y, rev, def) -> new Organization("Organisme généré", form, neq, standing,
                        b, agm, y, rev, def, null, "Verdun", null))
                .flatMap(o -> Combinators.combine(lobbyist, projects).as((l, p) -> new Organization(o.name(), o.legalForm(),
                        o.registryNumber(), o.inGoodStanding(), o.board(), o.lastAnnualGeneralMeeting(), o.yearsActive(),
                        o.annualRevenue(), o.accumulatedDeficit(), l, o.borough(), p)));
    }

    /** A project and a budget that fits it (requested years within the project's length). */
    record ProjectAndBudget(Project project, Budget budget) {
    }

    static Arbitrary<ProjectAndBudget> projectsWithBudgets() {
        Arbitrary<List<Objective>> objectives = Arbitraries.of(Catalog.SCORER.catalog().rubric().objectiveIds()).set().ofMinSize(1).ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
        Arbitrary<List<TargetGroup>> targets = Arbitraries.of(TargetGroup.class).set().ofMinSize(1).ofMaxSize(3)
                .map(set -> set.stream().sorted().toList());
        Arbitrary<List<String>> boroughs = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.of(BOROUGHS).set().ofMinSize(1).ofMaxSize(3).map(s -> s.stream().sorted().toList())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<String>of())));
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 200).withDistribution(RandomDistribution.uniform())
                .map(FIRST_START::plusDays);
        Arbitrary<Integer> months = Arbitraries.integers().between(6, 36);
        Arbitrary<List<Activity>> activities = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(30, Arbitraries.of(ActivityType.class)
                        .flatMap(type -> Arbitraries.integers().between(1, 12).map(sessions -> new Activity(type, type.name(), sessions)))
                        .list().ofMinSize(1).ofMaxSize(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(List.<Activity>of())));
        Arbitrary<List<Outcome>> outcomes = Combinators.combine(
                        Arbitraries.of("Personnes en emploi", "Score d'isolement", "Employeurs formés", "Personnes en emploi", ""),
                        Arbitraries.doubles().between(0, 50).injectNull(0.15),
                        Arbitraries.doubles().between(10, 100).injectNull(0.15))
                .as((indicator, baseline, target) -> new Outcome("Résultat", indicator, baseline, target))
                .list().ofMaxSize(4);
        Arbitrary<Boolean> oftenTrue = Arbitraries.frequency(net.jqwik.api.Tuple.of(2, true), net.jqwik.api.Tuple.of(1, false));
        Arbitrary<EvaluationPlan> plan = Combinators.combine(Arbitraries.of(EvaluationApproach.class),
                        Arbitraries.longs().between(0, 20_000).injectNull(0.2), oftenTrue)
                .as(EvaluationPlan::new).injectNull(0.1);
        Arbitrary<List<TrainingModule>> modules = Arbitraries.of(TrainingModule.class).set().ofMaxSize(3)
                .map(s -> s.stream().sorted().toList());
        Arbitrary<String> text = Arbitraries.frequency(net.jqwik.api.Tuple.of(6, "Consultation de 80 personnes en 2025"),
                net.jqwik.api.Tuple.of(1, ""), net.jqwik.api.Tuple.of(1, "   ")).injectNull(0.15);
        Arbitrary<Project> projects = Combinators.combine(objectives, targets, boroughs, start, months, activities, outcomes, plan)
                .as((objs, groups, places, first, length, acts, outs, evaluation) -> new Project("Projet généré", "Résumé",
                        objs.get(0), objs, groups, places, first, first.plusMonths(length).minusDays(1), 0, null, null, null,
                        acts, outs, evaluation, List.of(), null))
                .flatMap(p -> Combinators.combine(Arbitraries.integers().between(0, 400), text, text,
                                oftenTrue, modules, oftenTrue,
                                Arbitraries.integers().between(0, p.objectives().size() - 1))
                        .as((participants, need, theory, codesign, trained, cocreation, primaryIndex) -> new Project(
                                p.title(), p.summary(), p.objectives().get(primaryIndex), p.objectives(), p.targetGroups(),
                                p.boroughsServed(), p.start(), p.end(), participants, need, codesign, theory, p.activities(),
                                p.outcomes(), p.evaluationPlan(), trained, cocreation)));
        return projects.flatMap(project -> budgets(project).map(budget -> new ProjectAndBudget(project, budget)));
    }

    static Arbitrary<Budget> budgets(Project project) {
        int maxYears = (int) Math.max(1, Math.min(3, (project.durationMonths() + 11) / 12));
        Arbitrary<List<Long>> requested = Arbitraries.longs().between(5_000, 35_000).map(n -> n / 100 * 100)
                .list().ofMinSize(1).ofMaxSize(maxYears);
        return requested.flatMap(years -> {
            long asked = years.stream().mapToLong(Long::longValue).sum();
            return Combinators.combine(Arbitraries.longs().between(0, 250_000).map(n -> n / 100 * 100),
                            Arbitraries.integers().between(0, 25), Arbitraries.of(true, true, false),
                            Arbitraries.longs().between(0, 100_000).map(n -> n / 100 * 100), Arbitraries.of(FundingStatus.class))
                    .as((extra, adminPercent, balanced, cofunding, status) -> {
                        long total = asked + extra;
                        long admin = total * adminPercent / 100;
                        List<BudgetLine> lines = new ArrayList<>();
                        lines.add(new BudgetLine(BudgetCategory.STAFF, balanced ? total - admin : total / 2));
                        lines.add(new BudgetLine(BudgetCategory.ADMINISTRATION, admin));
                        List<OtherFunding> other = cofunding == 0 ? List.of()
                                : List.of(new OtherFunding("Fondation", Math.min(cofunding, total), status));
                        return new Budget(years, total, lines, other);
                    });
        });
    }

    static Arbitrary<List<Partner>> partners() {
        Arbitrary<Commitment> commitments = Arbitraries.frequency(net.jqwik.api.Tuple.of(1, Commitment.NONE),
                net.jqwik.api.Tuple.of(2, Commitment.LETTER_OF_SUPPORT), net.jqwik.api.Tuple.of(3, Commitment.SIGNED_AGREEMENT));
        return Combinators.combine(Arbitraries.of(PartnerRole.class), commitments,
                        Arbitraries.longs().between(0, 20_000), Arbitraries.longs().between(0, 20_000))
                .as((role, commitment, cash, inKind) -> new Partner("Partenaire", role, commitment, cash, inKind))
                .list().ofMaxSize(4);
    }
}
