package org.grille.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grille.api.application.Objective;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.engine.report.ReportPage.DecisionRow;
import org.grille.engine.report.ReportPage.Fact;
import org.grille.engine.report.ReportPage.Ref;

/** The page's funding section: the plan's totals, its cut line, the decisions and the money per objective and year. */
final class FundingSection {

    private final FundingPlan plan;
    private final Words w;
    private final List<Objective> objectiveOrder;
    private final org.grille.api.Rubric rubric;
    private final Function<String, Ref> ref;

    FundingSection(FundingPlan plan, Words w, List<Objective> objectiveOrder, org.grille.api.Rubric rubric,
                   Function<String, Ref> ref) {
        this.plan = plan;
        this.w = w;
        this.objectiveOrder = objectiveOrder;
        this.rubric = rubric;
        this.ref = ref;
    }

    ReportPage.Funding build() {
        int years = plan.envelopePerYear().size();
        List<String> yearLabels = new ArrayList<>();
        for (int year = 0; year < years; year++) {
            yearLabels.add(w.t("year", year + 1));
        }
        List<FundingDecision> funded = plan.decisions().stream().filter(FundingDecision::funded).toList();
        List<FundingDecision> fundableOrder = plan.decisions().stream().filter(d -> d.rank() > 0)
                .sorted(Comparator.comparingInt(FundingDecision::rank)).toList();
        // The cut line falls after the last funded application in rank order: below it, nothing is funded.
        int lastFundedRank = fundableOrder.stream().filter(FundingDecision::funded).mapToInt(FundingDecision::rank).max().orElse(0);
        List<DecisionRow> fundable = new ArrayList<>();
        boolean cutDrawn = false;
        for (FundingDecision d : fundableOrder) {
            boolean below = !cutDrawn && d.rank() > lastFundedRank;
            cutDrawn |= below;
            fundable.add(row(d, years, below));
        }
        List<DecisionRow> others = plan.decisions().stream().filter(d -> d.rank() == 0)
                .sorted(Comparator.comparing(FundingDecision::reason).thenComparing(Comparator.comparingInt(FundingDecision::total).reversed())
                        .thenComparing(FundingDecision::applicationId))
                .map(d -> row(d, years, false)).toList();

        String cutLine;
        FundingDecision lastFunded = fundableOrder.stream().filter(d -> d.rank() == lastFundedRank && d.funded()).findFirst().orElse(null);
        FundingDecision firstOut = fundableOrder.stream().filter(d -> !d.funded()).findFirst().orElse(null);
        if (lastFunded == null) {
            cutLine = w.t("cut.none");
        } else if (firstOut == null) {
            cutLine = w.t("cut.all", lastFunded.applicationId(), lastFunded.total());
        } else {
            cutLine = w.t("cut.line", lastFunded.rank(), lastFunded.applicationId(), lastFunded.total(),
                    firstOut.applicationId(), firstOut.total(), w.label("reason", firstOut.reason()));
        }

        long envelope = sum(plan.envelopePerYear());
        List<Fact> totals = List.of(
                new Fact(w.t("count.funded"), String.valueOf(funded.size())),
                new Fact(w.t("count.granted"), w.money(plan.totalGranted())),
                new Fact(w.t("call.envelope"), w.money(envelope)),
                new Fact(w.t("left"), w.money(envelope - plan.totalGranted())),
                new Fact(w.t("fundedScore"), String.valueOf(plan.fundedScore())));

        // Money per objective, and per year and objective, from the decisions themselves.
        Map<Objective, long[]> perYear = new java.util.LinkedHashMap<>();
        for (Objective objective : objectiveOrder) {
            perYear.put(objective, new long[years]);
        }
        for (FundingDecision d : funded) {
            long[] row = perYear.get(d.objective());
            for (int year = 0; year < Math.min(years, d.granted().size()); year++) {
                row[year] += d.granted().get(year);
            }
        }
        List<Charts.Row> objectiveRows = new ArrayList<>();
        List<List<String>> objectiveTable = new ArrayList<>();
        double max = 1;
        for (Objective objective : objectiveOrder) {
            long money = plan.grantedPerObjective().getOrDefault(objective, 0L);
            long count = funded.stream().filter(d -> objective.equals(d.objective())).count();
            max = Math.max(max, money);
            objectiveRows.add(new Charts.Row(w.objectiveShort(objective), money, null, Words.colour(rubric, objective),
                    w.money(money)));
            objectiveTable.add(List.of(w.objective(objective), String.valueOf(count), w.money(money),
                    w.percent(plan.totalGranted() == 0 ? 0 : money / (double) plan.totalGranted())));
        }
        Chart perObjective = Charts.bars("chart-objectives", w.t("chart.objectives"),
                objectiveRows.stream().map(r -> r.label() + " " + r.valueText()).collect(Collectors.joining(" ; ")),
                objectiveRows, max, List.of(), null);

        List<Charts.Column> columns = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(w.t("col.objective"));
        header.addAll(yearLabels);
        List<List<String>> yearTable = new ArrayList<>();
        for (Objective objective : objectiveOrder) {
            List<String> line = new ArrayList<>();
            line.add(w.objective(objective));
            for (int year = 0; year < years; year++) {
                line.add(w.money(perYear.get(objective)[year]));
            }
            yearTable.add(line);
        }
        List<String> grantedLine = new ArrayList<>(List.of(w.t("col.granted")));
        List<String> envelopeLine = new ArrayList<>(List.of(w.t("col.envelope")));
        List<String> leftLine = new ArrayList<>(List.of(w.t("left")));
        for (int year = 0; year < years; year++) {
            List<Charts.Segment> segments = new ArrayList<>();
            for (Objective objective : objectiveOrder) {
                long money = perYear.get(objective)[year];
                segments.add(new Charts.Segment(money, Words.colour(rubric, objective),
                        yearLabels.get(year) + ", " + w.objective(objective) + " : " + w.money(money)));
            }
            long granted = plan.grantedPerYear().get(year);
            long available = plan.envelopePerYear().get(year);
            columns.add(new Charts.Column(yearLabels.get(year), segments, available,
                    w.t("usedOf", w.money(granted), w.money(available))));
            grantedLine.add(w.money(granted));
            envelopeLine.add(w.money(available));
            leftLine.add(w.money(available - granted));
        }
        yearTable.add(grantedLine);
        yearTable.add(envelopeLine);
        yearTable.add(leftLine);
        List<Charts.Key> legend = new ArrayList<>();
        for (Objective objective : objectiveOrder) {
            legend.add(new Charts.Key(Words.colour(rubric, objective), w.objectiveShort(objective)));
        }
        legend.add(new Charts.Key("limit-key", w.t("col.envelope")));
        Chart perYearChart = Charts.columns("chart-years", w.t("chart.years"),
                columns.stream().map(c -> c.label() + " " + c.valueText()).collect(Collectors.joining(" ; ")), columns, legend);
        List<ReportPage.DepartureRow> departures = plan.departures().stream().map(d -> new ReportPage.DepartureRow(
                ref.apply(d.applicationId()), w.label("reason", d.byRules()), w.label("reason", d.decided()),
                d.direct() ? d.committee().author() : "—",
                d.direct() ? d.committee().reason() : w.t("departure.consequence"))).toList();
        return new ReportPage.Funding(totals, cutLine, yearLabels, fundable, others, perObjective, objectiveTable,
                perYearChart, header, yearTable, departures);
    }

    private DecisionRow row(FundingDecision d, int years, boolean belowCut) {
        List<String> granted = new ArrayList<>();
        for (int year = 0; year < years; year++) {
            granted.add(year < d.granted().size() && d.granted().get(year) > 0 ? w.money(d.granted().get(year)) : "—");
        }
        return new DecisionRow(ref.apply(d.applicationId()), d.rank() == 0 ? "—" : String.valueOf(d.rank()), d.total(),
                w.objectiveShort(d.objective()), granted, d.funded() ? w.money(d.totalGranted()) : "—",
                w.label("reason", d.reason()), d.funded() ? "funded" : "notfunded", d.explanation(), belowCut);
    }

    private static long sum(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sum();
    }
}
