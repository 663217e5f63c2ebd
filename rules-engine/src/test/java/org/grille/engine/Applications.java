package org.grille.engine;

import java.time.LocalDate;
import java.util.List;
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

/** Valid applications built in Java, for engine tests that do not go through JSON. */
public final class Applications {

    private Applications() {
    }

    static Organization organization(int yearsActive) {
        return new Organization("Organisme d'essai", LegalForm.NON_PROFIT, "1234567890", true, new Board(5, 4, true),
                LocalDate.of(2026, 6, 1), yearsActive, 200_000L, 0L, LobbyistStatus.NOT_REQUIRED, "Verdun", 2);
    }

    static Project project(Objective primary, List<Objective> objectives, ActivityType... activities) {
        return new Project("Projet d'essai", "Résumé", primary, objectives, List.of(TargetGroup.NEWCOMERS),
                List.of("Verdun"), LocalDate.of(2027, 5, 1), LocalDate.of(2029, 4, 30), 50, "Étude 2025", true,
                "Théorie", java.util.Arrays.stream(activities).map(t -> new Activity(t, t.name(), 3)).toList(),
                List.of(new Outcome("Emplois", "Personnes en emploi", 0.0, 20.0)),
                new EvaluationPlan(EvaluationApproach.MIXED_METHODS, 5_000L, true), List.of(), false);
    }

    static Budget budget() {
        return new Budget(List.of(40_000L, 40_000L), 120_000L,
                List.of(new BudgetLine(BudgetCategory.STAFF, 100_000L), new BudgetLine(BudgetCategory.ADMINISTRATION, 20_000L)),
                List.of(new OtherFunding("Fondation", 40_000L, FundingStatus.CONFIRMED)));
    }

    static Partner partner(Commitment commitment) {
        return new Partner("Partenaire", PartnerRole.DELIVERY, commitment, 0L, 1_000L);
    }

    /** Hiring barriers primary; employer awareness and newcomer rights claimed too; one signed partner. */
    public static Application valid(String id) {
        return new Application(id, Language.FRENCH, organization(5),
                project(Objective.of("HIRING_BARRIERS"),
                        List.of(Objective.of("HIRING_BARRIERS"), Objective.of("EMPLOYER_AWARENESS"), Objective.of("NEWCOMER_RIGHTS")),
                        ActivityType.MENTORING),
                budget(), List.of(partner(Commitment.SIGNED_AGREEMENT)), Leadership.UNDISCLOSED);
    }
}
