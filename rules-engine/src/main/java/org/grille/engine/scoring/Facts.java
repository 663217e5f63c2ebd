package org.grille.engine.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.grille.api.application.Activity;
import org.grille.api.application.Application;
import org.grille.api.application.Budget;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.Organization;
import org.grille.api.application.Outcome;
import org.grille.api.application.Partner;
import org.grille.api.application.Project;
import org.grille.api.rules.ActivityFact;
import org.grille.api.rules.BudgetFact;
import org.grille.api.rules.CallTerms;
import org.grille.api.rules.OrganizationFact;
import org.grille.api.rules.OutcomeFact;
import org.grille.api.rules.PartnerFact;
import org.grille.api.rules.ProjectFact;

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
        Project project = application.project();
        List<ActivityFact> activities = activities(project);
        List<OutcomeFact> outcomes = outcomes(project);
        List<Object> facts = new ArrayList<>(8 + application.partners().size() + activities.size() + outcomes.size());
        facts.add(terms);
        facts.add(organization(application.organization()));
        facts.add(project(project, activities, outcomes));
        facts.add(budget(application.budget()));
        for (Partner partner : application.partners()) {
            if (partner != null) {
                facts.add(new PartnerFact(partner.role(), partner.commitment(), partner.cashContribution(),
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

    private static OrganizationFact organization(Organization o) {
        return new OrganizationFact(o.legalForm(), present(o.registryNumber()), o.inGoodStanding(), o.board(),
                o.lastAnnualGeneralMeeting(), o.yearsActive(), o.annualRevenue(), o.accumulatedDeficit(),
                o.lobbyistStatus(), o.projectsCompleted());
    }

    private static ProjectFact project(Project p, List<ActivityFact> activities, List<OutcomeFact> outcomes) {
        return new ProjectFact(p.primaryObjective(), nonNull(p.objectives()), nonNull(p.targetGroups()),
                nonNull(p.boroughsServed()), p.start(), p.end(), p.durationMonths(), p.expectedParticipants(),
                p.documentsNeed(), p.participantsInvolvedInDesign(), p.hasTheoryOfChange(), present(p.title()),
                present(p.summary()), activities, outcomes, p.outcomesWithIndicator(), p.measurableOutcomes(),
                p.evaluationPlan(), nonNull(p.trainingModulesCompleted()), p.coCreationWorkshopAttended());
    }

    private static List<ActivityFact> activities(Project p) {
        List<ActivityFact> activities = new ArrayList<>(p.activities().size());
        for (Activity a : p.activities()) {
            if (a != null) {
                activities.add(new ActivityFact(a.type(), a.sessions(), present(a.description())));
            }
        }
        return activities;
    }

    private static List<OutcomeFact> outcomes(Project p) {
        List<OutcomeFact> outcomes = new ArrayList<>(p.outcomes().size());
        for (Outcome o : p.outcomes()) {
            if (o != null) {
                outcomes.add(new OutcomeFact(present(o.description()), present(o.indicator()), o.baseline(), o.target(),
                        o.measurable()));
            }
        }
        return outcomes;
    }

    private static BudgetFact budget(Budget b) {
        return new BudgetFact(nonNull(b.requestedPerYear()), b.totalCost(), nonNull(b.lines()), b.totalRequested(),
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
