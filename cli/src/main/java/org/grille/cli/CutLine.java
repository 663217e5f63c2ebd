package org.grille.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.grille.api.funding.DecisionReason;
import org.grille.api.funding.FundingDecision;
import org.grille.api.funding.FundingPlan;
import org.grille.api.funding.PlanSensitivity;
import org.grille.api.funding.YearBudget;

/**
 * The cut line as a committee reads it out: who sits on either side with title, score and tie-break key, what limits
 * the plan (the program year whose budget binds and what it has left, or, when nobody fundable is left out, the
 * fundable threshold and the money left), and how equal scores were ordered.
 */
final class CutLine {

    /** How much of a tie-break key is shown: enough to tell two keys apart at a glance. */
    private static final int KEY_SHOWN = 12;

    private CutLine() {
    }

    static void print(FundingPlan plan, PlanSensitivity study, Map<String, String> titles, Text text, PrintWriter out) {
        Optional<FundingDecision> firstShort = plan.decisions().stream()
                .filter(d -> d.reason() == DecisionReason.ENVELOPE_EXHAUSTED && d.shortYear() > 0)
                .min(Comparator.comparingInt(FundingDecision::rank));
        if (study.cutLine().isEmpty()) {
            long left = plan.years().stream().mapToLong(YearBudget::left).sum();
            out.println(text.get("sensitivity.cutLine.none", AllocateCommand.money(left, text), yearsLeft(plan, text)));
        } else {
            out.println(text.get("sensitivity.cutLine.header"));
            TextTable table = new TextTable(List.of(text.get("col.application"), text.get("col.title"), text.get("col.total"),
                    text.get("col.decision"), text.get("col.tieBreakKey")), false, false, true, false, false).keepWhole(0);
            for (String id : study.cutLine()) {
                plan.decisions().stream().filter(d -> d.applicationId().equals(id)).findFirst().ifPresent(d -> table.row(List.of(
                        id, String.valueOf(titles.getOrDefault(id, "")), String.valueOf(d.total()),
                        text.get(d.funded() ? "sensitivity.funded" : "sensitivity.notFunded"),
                        d.tieBreakKey() == null ? "—" : d.tieBreakKey().substring(0, Math.min(KEY_SHOWN, d.tieBreakKey().length())))));
            }
            table.print(out);
            if (firstShort.isPresent()) {
                FundingDecision next = firstShort.get();
                YearBudget year = plan.years().get(next.shortYear() - 1);
                out.println(text.get("sensitivity.limitingYear", next.shortYear(), AllocateCommand.money(year.left(), text),
                        AllocateCommand.money(year.envelope(), text), next.applicationId(),
                        AllocateCommand.money(next.requested().get(next.shortYear() - 1), text)));
            } else {
                out.println(text.get("sensitivity.limitingScore"));
            }
        }
        out.println(text.get("sensitivity.tieBreak", plan.tieBreakSeed()));
    }

    /** Each program year with what it has left: "year 1: $35,000; year 2: …". */
    private static String yearsLeft(FundingPlan plan, Text text) {
        StringBuilder years = new StringBuilder();
        for (YearBudget year : plan.years()) {
            years.append(years.length() == 0 ? "" : text.get("sensitivity.yearSeparator"))
                    .append(text.get("sensitivity.yearLeft", year.year(), AllocateCommand.money(year.left(), text)));
        }
        return years.toString();
    }
}
