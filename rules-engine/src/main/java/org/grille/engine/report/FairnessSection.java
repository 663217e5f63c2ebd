package org.grille.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.grille.api.application.Objective;
import org.grille.api.fairness.AttributeAudit;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.fairness.GroupOutcome;
import org.grille.api.fairness.RuleGap;
import org.grille.engine.report.ReportPage.AttributeView;
import org.grille.engine.report.ReportPage.GapRow;
import org.grille.engine.report.ReportPage.GroupRow;
import org.grille.engine.report.ReportPage.ObjectiveFlag;

/** The page's fairness section: each protected attribute's groups, their chart, the flags per objective, the rules. */
final class FairnessSection {

    /** Rules listed per attribute, largest gap first. */
    private static final int RULE_GAPS_SHOWN = 5;

    private final FairnessAudit audit;
    private final Words w;
    private final List<Objective> objectiveOrder;

    FairnessSection(FairnessAudit audit, Words w, List<Objective> objectiveOrder) {
        this.audit = audit;
        this.w = w;
        this.objectiveOrder = objectiveOrder;
    }

    ReportPage.Fairness build() {
        List<AttributeView> views = new ArrayList<>();
        int index = 0;
        for (AttributeAudit attribute : audit.attributes()) {
            index++;
            String name = attributeName(attribute.attribute());
            List<GroupRow> rows = new ArrayList<>();
            List<Charts.Row> bars = new ArrayList<>();
            double best = attribute.groups().stream().filter(g -> g.flag() != GroupOutcome.Flag.TOO_FEW_TO_JUDGE)
                    .mapToDouble(GroupOutcome::fundedRate).max().orElse(0);
            for (GroupOutcome g : attribute.groups()) {
                boolean judged = g.flag() != GroupOutcome.Flag.TOO_FEW_TO_JUDGE;
                rows.add(new GroupRow(g.group(), String.valueOf(g.count()),
                        judged ? w.percent(g.eligibilityRate()) : "—", judged ? w.decimal(g.meanScore()) : "—",
                        judged ? w.decimal(g.medianScore()) : "—", judged ? w.percent(g.fundableRate()) : "—",
                        judged ? w.percent(g.fundedRate()) : "—", g.ratioToBest() == null ? "—" : w.decimal(g.ratioToBest()),
                        g.ratioToOverall() == null ? "—" : w.decimal(g.ratioToOverall()), gap(g),
                        g.pValue() == null ? "—" : w.decimal(g.pValue()), w.label("flag", g.flag()), flagStyle(g.flag())));
                bars.add(judged
                        ? new Charts.Row(g.group() + " (n=" + g.count() + ")", g.fundedRate(), null, flagStyle(g.flag()),
                                w.percent(g.fundedRate()))
                        : new Charts.Row(g.group() + " (n=" + g.count() + ")", 0, null, "few", w.label("flag", g.flag())));
            }
            Charts.Band band = best > 0 ? new Charts.Band(0.8 * best, best, w.t("band", w.percent(0.8 * best))) : null;
            Chart chart = Charts.bars("chart-fair-" + index, w.t("chart.fairness", name),
                    bars.stream().map(b -> b.label() + " " + b.valueText()).collect(Collectors.joining(" ; ")),
                    bars, 1.0, List.of(), band);
            List<ObjectiveFlag> byObjective = new ArrayList<>();
            for (Objective objective : objectiveOrder) {
                for (GroupOutcome g : attribute.byObjective().getOrDefault(objective, List.of())) {
                    if (g.flag() == GroupOutcome.Flag.BELOW_FOUR_FIFTHS || g.flag() == GroupOutcome.Flag.ABOVE_FIVE_FOURTHS) {
                        byObjective.add(new ObjectiveFlag(w.objective(objective), g.group(), String.valueOf(g.count()),
                                w.percent(g.fundedRate()), w.label("flag", g.flag())));
                    }
                }
            }
            List<GapRow> gaps = new ArrayList<>();
            for (RuleGap gap : attribute.ruleGaps().subList(0, Math.min(RULE_GAPS_SHOWN, attribute.ruleGaps().size()))) {
                String means = gap.meanPointsByGroup().entrySet().stream()
                        .map(e -> e.getKey() + " " + w.decimal(e.getValue())).collect(Collectors.joining(" · "));
                gaps.add(new GapRow(gap.title(), gap.file() + ":" + gap.line(), w.decimal(gap.gap()), means));
            }
            views.add(new AttributeView("fair-" + index, name, chart, rows, byObjective, gaps));
        }
        return new ReportPage.Fairness(audit.notice(),
                w.t("fairness.method", audit.minimumGroupSize(), audit.assessed()), views);
    }

    private String attributeName(String attribute) {
        try {
            return w.t("attribute." + attribute);
        } catch (IllegalStateException missing) {
            return attribute;
        }
    }

    private static String flagStyle(GroupOutcome.Flag flag) {
        return switch (flag) {
            case OK, WITHIN_CHANCE -> "ok";
            case BELOW_FOUR_FIFTHS, ABOVE_FIVE_FOURTHS -> "flagged";
            case TOO_FEW_TO_JUDGE -> "few";
        };
    }

    /** The funded rate's gap to the reference group, in percentage points, with its 95 % interval. */
    private String gap(GroupOutcome g) {
        if (g.reference()) {
            return w.t("fairness.reference");
        }
        if (g.difference() == null) {
            return "—";
        }
        return w.t("fairness.gap", points(g.difference()), points(g.differenceLow()), points(g.differenceHigh()));
    }

    private static String points(Double share) {
        long value = Math.round(share * 100);
        return (value > 0 ? "+" : value < 0 ? "−" : "") + Math.abs(value);
    }

}
