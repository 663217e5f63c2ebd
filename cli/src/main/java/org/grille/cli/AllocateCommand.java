package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grille.api.ApplicationBatch;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Objective;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.Departure;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.PlanSensitivity;
import org.grille.api.funding.YearBudget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code grille allocate FILE.json}: the funding plan, with a decision and its reason for every application. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Répartit l'enveloppe entre les demandes / allocates the envelope among the applications.")
final class AllocateCommand implements Callable<Integer> {

    enum Policy { rank, max_score }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Mixin
    PlanOptions planning;

    @Option(names = "--format", defaultValue = "table", description = "table (défaut), json ou csv.")
    ScoreReport.Format format;

    @Option(names = "--sensitivity",
            description = "Étudie la stabilité du plan : ligne de coupure, notes à ±1/±2, maximums de critère à ±1"
                    + " / how stable the funded set is.")
    boolean sensitivity;

    @Mixin
    ReviewOptions reviewOptions;

    @Override
    public Integer call() throws Exception {
        planning.check(common.text());
        if (sensitivity && format == ScoreReport.Format.csv) {
            throw new UsageException(common.text().get("error.sensitivityCsv"));
        }
        if (sensitivity && planning.decisionsFile != null) {
            throw new UsageException(common.text().get("error.sensitivityDecisions"));
        }
        if (reviewOptions.given() && format != ScoreReport.Format.table) {
            throw new UsageException(common.text().get("reviews.tableOnly"));
        }
        List<CommitteeDecision> decisions = planning.decisions(common.text());
        Scorer scorer = common.scorer();
        ApplicationBatch batch = common.read(input);
        CallPlan call = planning.plan(scorer, batch, decisions, common.text());
        FundingPlan plan = call.plan();
        PlanSensitivity study = sensitivity ? call.planner().sensitivity(call.requests(), planning.policy()) : null;
        List<Rejection> rejections = new ArrayList<>(call.scored().rejections());
        ReviewedRun reviews = reviewOptions.read(scorer, batch.applications(), common);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> {
                table(plan, rejections, common.text(), out);
                committee(plan, common.text(), out);
                if (study != null) {
                    Map<String, String> titles = new HashMap<>();
                    call.applicationsById().forEach((id, a) -> titles.put(id, a.project() == null ? null : a.project().title()));
                    sensitivityTable(plan, study, titles, common.text(), out);
                }
                if (reviews != null) {
                    // the plan above follows the rules' scores; the committee reads the final scores beside it
                    out.println();
                    out.println(common.text().get("reviews.planOnRules"));
                    new CommitteeSection(reviews, reviews.combine(call.scored().assessments()), common.text()).print(out);
                    rejections.addAll(reviews.rejections());
                }
            }
            case json -> json(plan, rejections, study, out);
            case csv -> csv(plan, out);
        }
        out.flush();
        if (plan.decisions().isEmpty()) {
            return Grille.EXIT_NOTHING_USABLE;
        }
        return rejections.isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    private static void json(FundingPlan plan, List<Rejection> rejections, PlanSensitivity study, PrintWriter out) {
        JsonMapper mapper = JsonOutput.DOCUMENT;
        ObjectNode node = mapper.valueToTree(plan);
        node.set("rejections", mapper.valueToTree(rejections));
        node.set("years", mapper.valueToTree(plan.years()));
        if (study != null) {
            node.set("sensitivity", mapper.valueToTree(study));
        }
        mapper.writeValue(out, node);
    }

    static void table(FundingPlan plan, List<Rejection> rejections, Text text, PrintWriter out) {
        out.println(text.get("allocate.header", text.get("policy." + plan.policy().name()), plan.catalog().id(),
                plan.catalog().version(), plan.tieBreakSeed()));
        out.println(TerminalText.visible(plan.optimality().message()));
        out.println();
        TextTable years = new TextTable(List.of(text.get("col.year"), text.get("col.envelope"), text.get("col.granted"),
                text.get("col.left")), true, true, true, true);
        for (YearBudget year : plan.years()) {
            years.row(List.of(String.valueOf(year.year()), money(year.envelope(), text), money(year.committed(), text), money(year.left(), text)));
        }
        years.row(List.of(text.get("explain.total"), money(plan.envelopePerYear().stream().mapToLong(Long::longValue).sum(), text),
                money(plan.totalGranted(), text), money(plan.leftPerYear().stream().mapToLong(Long::longValue).sum(), text)));
        years.print(out);
        out.println();

        List<FundingDecision> funded = plan.decisions().stream().filter(FundingDecision::funded).toList();
        out.println(text.get("allocate.funded", funded.size(), money(plan.totalGranted(), text), plan.fundedScore()));
        TextTable fundedTable = new TextTable(List.of(text.get("col.rank"), text.get("col.application"), text.get("col.total"),
                text.get("col.objective"), text.get("col.perYear"), text.get("col.granted"), text.get("col.decision")),
                true, false, true, false, false, true, false).keepWhole(1);
        for (FundingDecision d : funded) {
            fundedTable.row(List.of(String.valueOf(d.rank()), d.applicationId(), String.valueOf(d.total()),
                    plan.catalog().rubric().shortLabel(d.objective(), text.locale()),
                    d.granted().stream().map(amount -> money(amount, text)).collect(Collectors.joining(" + ")),
                    money(d.totalGranted(), text), d.reason().name()));
        }
        fundedTable.print(out);
        out.println();

        List<FundingDecision> notFunded = plan.decisions().stream().filter(d -> !d.funded()).toList();
        out.println(text.get("allocate.notFunded", notFunded.size()));
        TextTable others = new TextTable(List.of(text.get("col.application"), text.get("col.total"), text.get("col.decision"),
                text.get("col.reason")), false, true, false, false).keepWhole(0).lastColumnMayGoUnder();
        for (FundingDecision d : notFunded) {
            others.row(List.of(d.applicationId(), String.valueOf(d.total()), d.reason().name(), d.explanation()));
        }
        others.print(out);
        out.println();
        TextTable objectives = new TextTable(List.of(text.get("col.objective"), text.get("col.granted")), false, true);
        for (Objective objective : plan.catalog().rubric().objectiveIds()) {
            objectives.row(List.of(plan.catalog().rubric().label(objective, text.locale()),
                    money(plan.grantedPerObjective().getOrDefault(objective, 0L), text)));
        }
        objectives.print(out);
        if (!rejections.isEmpty()) {
            out.println();
            out.println(text.get("score.rejected", rejections.size()));
            rejections.forEach(r -> out.println(TerminalText.rejection(r)));
        }
        out.println();
        out.println(text.get("allocate.footer"));
    }

    /** The committee's decisions and every departure from the rules' plan, when the plan was made around them. */
    static void committee(FundingPlan plan, Text text, PrintWriter out) {
        if (plan.committeeDecisions().isEmpty()) {
            return;
        }
        out.println();
        out.println(text.get("allocate.committee", plan.committeeDecisions().size(), plan.departures().size()));
        for (Departure d : plan.departures()) {
            out.println("  " + (d.direct()
                    ? text.get("allocate.departure.direct", TerminalText.visible(d.applicationId()), d.byRules().name(),
                            d.decided().name(), TerminalText.visible(d.committee().author()), TerminalText.visible(d.committee().reason()))
                    : text.get("allocate.departure.consequence", TerminalText.visible(d.applicationId()), d.byRules().name(),
                            d.decided().name())));
        }
    }

    static void sensitivityTable(FundingPlan plan, PlanSensitivity study, Map<String, String> titles, Text text, PrintWriter out) {
        out.println();
        out.println(text.get("sensitivity.header"));
        out.println(TerminalText.visible(study.message()));
        CutLine.print(plan, study, titles, text, out);
        if (study.nearOptimal() != null) {
            PlanSensitivity.NearOptimal near = study.nearOptimal();
            out.println(text.get(near.exhaustive() ? "sensitivity.nearOptimal" : "sensitivity.nearOptimalAtLeast",
                    near.withinOnePoint(), near.atOptimum()));
        }
        if (study.stable() && study.complete()) {
            out.println(text.get("sensitivity.stable"));
            return;
        }
        if (!study.scoreChanges().isEmpty()) {
            out.println(text.get("sensitivity.scoreChanges", study.scoreChanges().size()));
            TextTable scores = new TextTable(List.of(text.get("col.application"), text.get("col.change"),
                    text.get("col.newlyFunded"), text.get("col.noLongerFunded")), false, true, false, false).keepWhole(0);
            for (PlanSensitivity.ScoreChange c : study.scoreChanges()) {
                scores.row(List.of(c.applicationId(), String.format(java.util.Locale.ROOT, "%+d", c.delta()),
                        ids(c.newlyFunded()), ids(c.noLongerFunded())));
            }
            scores.print(out);
        }
        if (!study.criterionChanges().isEmpty()) {
            out.println(text.get("sensitivity.criterionChanges", study.criterionChanges().size()));
            TextTable criteria = new TextTable(List.of(text.get("col.criterion"), text.get("col.change"),
                    text.get("col.newlyFunded"), text.get("col.noLongerFunded")), false, true, false, false);
            for (PlanSensitivity.CriterionChange c : study.criterionChanges()) {
                criteria.row(List.of(plan.catalog().rubric().label(c.criterion(), text.locale()), String.format(java.util.Locale.ROOT, "%+d", c.delta()),
                        ids(c.newlyFunded()), ids(c.noLongerFunded())));
            }
            criteria.print(out);
        }
    }

    private static String ids(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }

    private static void csv(FundingPlan plan, PrintWriter out) {
        List<String> columns = List.of("applicationId", "rank", "total", "objective", "requested", "granted", "totalGranted",
                "decision", "tieBreakKey", "explanation", "shortYear");
        List<List<String>> rows = new ArrayList<>();
        for (FundingDecision d : plan.decisions()) {
            rows.add(List.of(d.applicationId(), String.valueOf(d.rank()), String.valueOf(d.total()), d.objective().id(),
                    d.requested().stream().map(String::valueOf).collect(Collectors.joining(";")),
                    d.granted().stream().map(String::valueOf).collect(Collectors.joining(";")),
                    String.valueOf(d.totalGranted()), d.reason().name(), d.tieBreakKey(), d.explanation(),
                    String.valueOf(d.shortYear())));
        }
        SpreadsheetCsv.write(columns, rows, out);
    }

    /** Dollars as the reader's language writes them: 1 250 000 $ in French, $1,250,000 in English. */
    static String money(long dollars, Text text) {
        String grouped = String.format(java.util.Locale.ROOT, "%,d", dollars);
        return "en".equals(text.locale().getLanguage()) ? "$" + grouped : grouped.replace(',', ' ') + " $";
    }

    /** Accepts "max-score" as well as "max_score". */
    static final class PolicyConverter implements picocli.CommandLine.ITypeConverter<Policy> {
        @Override
        public Policy convert(String value) {
            return Policy.valueOf(value.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }
}
