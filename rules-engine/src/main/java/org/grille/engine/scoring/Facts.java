package org.grille.engine.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.grille.api.application.Application;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.rules.Activity;
import org.grille.api.rules.Budget;
import org.grille.api.rules.CallTerms;
import org.grille.api.rules.Organization;
import org.grille.api.rules.Outcome;
import org.grille.api.rules.Partner;
import org.grille.api.rules.Project;

/**
 * The facts rules see for one application, in insertion order: the call's terms, the organization, project and
 * budget, each partner, activity and outcome, and the evaluation plan when there is one.
 *
 * <p>Each is a projection from {@link org.grille.api.rules} that carries nothing protected: no id, language or
 * leadership, no organization name or head-office borough, free text only as present or absent. The application
 * itself is never a fact, so no rule can reach what the projection leaves out, {@code toString} included.
 */
public final class Facts {

    private Facts() {
    }

    public static List<Object> of(CallTerms terms, Application application) {
        org.grille.api.application.Project project = application.project();
        List<Activity> activities = activities(project);
        List<Outcome> outcomes = outcomes(project);
        List<Object> facts = new ArrayList<>(8 + application.partners().size() + activities.size() + outcomes.size());
        facts.add(terms);
        facts.add(organization(application.organization()));
        facts.add(project(project, activities, outcomes));
        facts.add(budget(application.budget()));
        for (org.grille.api.application.Partner partner : application.partners()) {
            if (partner != null) {
                facts.add(new Partner(partner.role(), partner.commitment(), partner.cashContribution(),
                        partner.inKindContribution(), partner.contributes()));
            }
        }
        facts.addAll(activities);
        facts.addAll(outcomes);
        if (project.evaluationPlan() != null) {
            EvaluationPlan plan = project.evaluationPlan();
            facts.add(plan);
        }
        return facts;
    }

    private static Organization organization(org.grille.api.application.Organization o) {
        return new Organization(o.legalForm(), present(o.registryNumber()), o.inGoodStanding(), o.board(),
                o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(), o.accumulatedDeficit(),
                o.lobbyistStatus(), o.projectsCompleted());
    }

    private static Project project(org.grille.api.application.Project p, List<Activity> activities, List<Outcome> outcomes) {
        return new Project(p.primaryObjective(), nonNull(p.objectives()), nonNull(p.targetGroups()),
                nonNull(p.boroughsServed()), p.start(), p.end(), p.durationMonths(), p.expectedParticipants(),
                p.documentsNeed(), p.participantsInvolvedInDesign(), p.hasTheoryOfChange(), present(p.title()),
                present(p.summary()), activities, outcomes, p.outcomesWithIndicator(), p.measurableOutcomes(),
                p.evaluationPlan(), nonNull(p.trainingModulesCompleted()), p.coCreationWorkshopAttended());
    }

    private static List<Activity> activities(org.grille.api.application.Project p) {
        List<Activity> activities = new ArrayList<>(p.activities().size());
        for (org.grille.api.application.Activity a : p.activities()) {
            if (a != null) {
                activities.add(new Activity(a.type(), a.sessions(), present(a.description())));
            }
        }
        return activities;
    }

    private static List<Outcome> outcomes(org.grille.api.application.Project p) {
        List<Outcome> outcomes = new ArrayList<>(p.outcomes().size());
        for (org.grille.api.application.Outcome o : p.outcomes()) {
            if (o != null) {
                outcomes.add(new Outcome(present(o.description()), present(o.indicator()), o.baseline(), o.target(),
                        o.measurable()));
            }
        }
        return outcomes;
    }

    private static Budget budget(org.grille.api.application.Budget b) {
        return new Budget(nonNull(b.requestedPerYear()), b.totalCost(), nonNull(b.lines()), b.totalRequested(),
                b.balanced(), b.administrationShare(), b.confirmedCoFunding(), b.confirmedCoFundingShare());
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * The list without its null elements, unmodifiable. An application's lists are already unmodifiable copies, so one
     * without a null (every valid application's) is passed on as it is instead of being copied for every assessment.
     */
    private static <T> List<T> nonNull(List<T> list) {
        for (T element : list) {
            if (element == null) {
                return list.stream().filter(Objects::nonNull).toList();
            }
        }
        return list;
    }
}
