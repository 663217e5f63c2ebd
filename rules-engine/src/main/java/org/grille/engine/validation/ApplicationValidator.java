package org.grille.engine.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.application.Activity;
import org.grille.api.application.Application;
import org.grille.api.application.Board;
import org.grille.api.application.Objective;
import org.grille.api.application.Budget;
import org.grille.api.application.BudgetLine;
import org.grille.api.application.EvaluationPlan;
import org.grille.api.application.Organization;
import org.grille.api.application.OtherFunding;
import org.grille.api.application.Outcome;
import org.grille.api.application.Partner;
import org.grille.api.application.Project;
import org.grille.engine.messages.Messages;

/**
 * Checks that an application is complete and plausible before any rule sees it, and reports every problem
 * with its JSON path. It judges the input, not the merit: a project that is too expensive for the call is
 * valid and fails an eligibility gate; a project whose end comes before its start is invalid.
 */
public final class ApplicationValidator {

    /** Above this, an amount is a typing error, not a grant application. */
    static final long ABSURD_AMOUNT = 100_000_000L;
    private static final Pattern REGISTRY_NUMBER = Pattern.compile("\\d{10}");
    private static final int MAX_YEARS_ACTIVE = 300;
    /** Most activities, outcomes, partners, budget lines or other fundings one application may list. */
    public static final int MAX_LIST_SIZE = 200;

    private final Messages messages;
    private final int maxDurationMonths;
    /** The objectives the catalog's manifest declares: the only ones an application may claim. */
    private final List<Objective> objectives;

    public ApplicationValidator(Messages messages, int maxDurationMonths, List<Objective> objectives) {
        this.messages = messages;
        this.maxDurationMonths = maxDurationMonths;
        this.objectives = List.copyOf(objectives);
    }

    /**
     * The refusal of an application that has problems, sayable in the other language too; null when it has none.
     */
    public InvalidApplicationException refusal(Application application) {
        List<FieldViolation> violations = validate(application);
        if (violations.isEmpty()) {
            return null;
        }
        String id = application == null ? null : application.id();
        return new InvalidApplicationException(id, messages.get("application.invalid", id, violations.size()), violations,
                locale -> new ApplicationValidator(new Messages(locale), maxDurationMonths, objectives).refusal(application));
    }

    /** Every problem found, or an empty list. */
    public List<FieldViolation> validate(Application application) {
        Report report = new Report();
        if (application == null) {
            report.add("$", "field.required");
            return report.violations;
        }
        report.text("$.id", application.id());
        report.required("$.language", application.language());
        report.required("$.organization", application.organization(), o -> organization(o, report));
        report.required("$.project", application.project(), p -> project(p, report));
        report.required("$.budget", application.budget(), b -> budget(b, application.project(), report));
        report.listSize("$.partners", application.partners());
        for (int i = 0; i < application.partners().size(); i++) {
            At path = new At("$.partners", i);
            report.required(path, application.partners().get(i), p -> partner(path, p, report));
        }
        return report.violations;
    }

    private void organization(Organization o, Report report) {
        report.text("$.organization.name", o.name());
        report.required("$.organization.legalForm", o.legalForm());
        if (o.registryNumber() != null && !REGISTRY_NUMBER.matcher(o.registryNumber()).matches()) {
            report.add("$.organization.registryNumber", "field.registryNumber", o.registryNumber());
        }
        report.required("$.organization.inGoodStanding", o.inGoodStanding());
        report.required("$.organization.board", o.board(), b -> board(b, report));
        report.count("$.organization.yearsActive", o.yearsActive(), MAX_YEARS_ACTIVE);
        report.amount("$.organization.annualRevenue", o.annualRevenue());
        report.amount("$.organization.accumulatedDeficit", o.accumulatedDeficit());
        report.required("$.organization.lobbyistStatus", o.lobbyistStatus());
        report.count("$.organization.projectsCompleted", o.projectsCompleted(), 10_000);
    }

    private void board(Board b, Report report) {
        report.count("$.organization.board.members", b.members(), 1_000);
        report.count("$.organization.board.montrealResidents", b.montrealResidents(), 1_000);
        report.required("$.organization.board.democraticallyElected", b.democraticallyElected());
        if (b.members() != null && b.montrealResidents() != null && b.montrealResidents() > b.members()) {
            report.add("$.organization.board.montrealResidents", "field.boardResidents", b.montrealResidents(), b.members());
        }
    }

    private void project(Project p, Report report) {
        report.text("$.project.title", p.title());
        report.required("$.project.primaryObjective", p.primaryObjective());
        if (p.objectives().isEmpty()) {
            report.add("$.project.objectives", "field.empty");
        } else if (p.primaryObjective() != null && !p.objectives().contains(p.primaryObjective())) {
            report.add("$.project.objectives", "field.primaryNotClaimed", p.primaryObjective());
        }
        elements("$.project.objectives", p.objectives(), report);
        if (p.primaryObjective() != null && !objectives.contains(p.primaryObjective())) {
            report.add("$.project.primaryObjective", "field.objectiveUnknown", p.primaryObjective(), objectives);
        }
        for (int i = 0; i < p.objectives().size(); i++) {
            Objective claimed = p.objectives().get(i);
            if (claimed != null && !objectives.contains(claimed)) {
                report.add("$.project.objectives[" + i + "]", "field.objectiveUnknown", claimed, objectives);
            }
        }
        if (p.targetGroups().isEmpty()) {
            report.add("$.project.targetGroups", "field.empty");
        }
        elements("$.project.targetGroups", p.targetGroups(), report);
        elements("$.project.boroughsServed", p.boroughsServed(), report);
        report.required("$.project.start", p.start());
        report.required("$.project.end", p.end());
        if (p.start() != null && p.end() != null) {
            if (p.end().isBefore(p.start())) {
                report.add("$.project.end", "field.endBeforeStart", p.end(), p.start());
            } else if (p.durationMonths() > maxDurationMonths) {
                report.add("$.project.end", "field.tooLong", p.durationMonths(), maxDurationMonths);
            }
        }
        report.count("$.project.expectedParticipants", p.expectedParticipants(), 10_000_000);
        report.listSize("$.project.activities", p.activities());
        report.listSize("$.project.outcomes", p.outcomes());
        for (int i = 0; i < p.activities().size(); i++) {
            At path = new At("$.project.activities", i);
            Activity a = p.activities().get(i);
            report.required(path, a, activity -> {
                report.required(path.field(".type"), activity.type());
                if (activity.sessions() != null && activity.sessions() < 1) {
                    report.add(path.field(".sessions"), "field.atLeastOne", activity.sessions());
                }
            });
        }
        for (int i = 0; i < p.outcomes().size(); i++) {
            At path = new At("$.project.outcomes", i);
            Outcome o = p.outcomes().get(i);
            report.required(path, o, outcome -> report.text(path.field(".description"), outcome.description()));
        }
        EvaluationPlan plan = p.evaluationPlan();
        if (plan != null) {
            report.required("$.project.evaluationPlan.approach", plan.approach());
            if (plan.budget() != null) {
                report.amount("$.project.evaluationPlan.budget", plan.budget());
            }
        }
        elements("$.project.trainingModulesCompleted", p.trainingModulesCompleted(), report);
    }

    private void budget(Budget b, Project project, Report report) {
        report.amount("$.budget.totalCost", b.totalCost());
        if (b.totalCost() != null && b.totalCost() == 0) {
            report.add("$.budget.totalCost", "field.positive", 0);
        }
        int years = b.requestedPerYear().size();
        int maxYears = (maxDurationMonths + 11) / 12;
        if (years < 1 || years > maxYears) {
            report.add("$.budget.requestedPerYear", "field.years", years, maxYears);
        }
        for (int i = 0; i < years; i++) {
            report.amount(new At("$.budget.requestedPerYear", i), b.requestedPerYear().get(i));
        }
        if (b.totalCost() != null && b.totalCost() > 0 && b.totalRequested() > b.totalCost()) {
            report.add("$.budget.requestedPerYear", "field.requestedAboveCost", b.totalRequested(), b.totalCost());
        }
        if (project != null && project.durationMonths() > 0 && years > (project.durationMonths() + 11) / 12) {
            report.add("$.budget.requestedPerYear", "field.yearsBeyondProject", years, project.durationMonths());
        }
        report.listSize("$.budget.lines", b.lines());
        report.listSize("$.budget.otherFunding", b.otherFunding());
        for (int i = 0; i < b.lines().size(); i++) {
            At path = new At("$.budget.lines", i);
            BudgetLine line = b.lines().get(i);
            report.required(path, line, l -> {
                report.required(path.field(".category"), l.category());
                report.amount(path.field(".amount"), l.amount());
            });
        }
        for (int i = 0; i < b.otherFunding().size(); i++) {
            At path = new At("$.budget.otherFunding", i);
            OtherFunding funding = b.otherFunding().get(i);
            report.required(path, funding, f -> {
                report.text(path.field(".source"), f.source());
                report.amount(path.field(".amount"), f.amount());
                report.required(path.field(".status"), f.status());
            });
        }
    }

    private void partner(At path, Partner p, Report report) {
        report.text(path.field(".name"), p.name());
        report.required(path.field(".role"), p.role());
        report.required(path.field(".commitment"), p.commitment());
        if (p.cashContribution() != null) {
            report.amount(path.field(".cashContribution"), p.cashContribution());
        }
        if (p.inKindContribution() != null) {
            report.amount(path.field(".inKindContribution"), p.inKindContribution());
        }
    }

    private static void elements(String path, List<?> list, Report report) {
        for (int i = 0; i < list.size(); i++) {
            report.required(new At(path, i), list.get(i));
        }
    }

    /**
     * The JSON path of a list element or of one of its fields, spelt out only when a violation names it: a valid
     * application, the usual case, builds none of these strings.
     */
    private record At(String list, int index, String field) {

        At(String list, int index) {
            this(list, index, "");
        }

        At field(String name) {
            return new At(list, index, name);
        }

        @Override
        public String toString() {
            return list + "[" + index + "]" + field;
        }
    }

    /** Collects violations for one application. */
    private final class Report {
        final List<FieldViolation> violations = new ArrayList<>();

        /** {@code path} is a string or an {@link At}. */
        void add(Object path, String key, Object... arguments) {
            violations.add(new FieldViolation(path.toString(), messages.get(key, arguments), 0, 0));
        }

        void required(Object path, Object value) {
            if (value == null) {
                add(path, "field.required");
            }
        }

        <T> void required(Object path, T value, Consumer<T> then) {
            if (value == null) {
                add(path, "field.required");
            } else {
                then.accept(value);
            }
        }

        void text(Object path, String value) {
            if (value == null || value.isBlank()) {
                add(path, "field.required");
            }
        }

        void amount(Object path, Long value) {
            if (value == null) {
                add(path, "field.required");
            } else if (value < 0) {
                add(path, "field.negative", value);
            } else if (value > ABSURD_AMOUNT) {
                add(path, "field.absurd", value, ABSURD_AMOUNT);
            }
        }

        /**
         * A list no real application comes near: it keeps the work of a rule that combines facts of two or three lists
         * bounded (200 × 200 × 200 at most).
         */
        void listSize(String path, List<?> list) {
            if (list.size() > MAX_LIST_SIZE) {
                add(path, "field.tooMany", list.size(), MAX_LIST_SIZE);
            }
        }

        void count(String path, Integer value, int max) {
            if (value == null) {
                add(path, "field.required");
            } else if (value < 0) {
                add(path, "field.negative", value);
            } else if (value > max) {
                add(path, "field.absurd", value, max);
            }
        }
    }
}
