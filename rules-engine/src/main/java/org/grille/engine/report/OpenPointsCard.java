package org.grille.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.grille.api.Explanation;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.engine.report.ReportPage.OpenRow;
import org.grille.engine.report.ReportPage.OpenRuleRow;
import org.grille.engine.report.ReportPage.OpenView;

/**
 * The card's "points still open": the criteria with open points and their first rules, the gap to the threshold with
 * the fewest criteria to improve, or, for an ineligible application, that points do not make it eligible. The card
 * stays short: the full list of rules is in {@code grille explain}.
 */
final class OpenPointsCard {

    /** Rules shown per criterion on the card, most points added first. */
    static final int RULES_SHOWN = 3;

    private OpenPointsCard() {
    }

    static OpenView of(Explanation explanation, Words w) {
        List<OpenRow> rows = new ArrayList<>();
        for (OpenPoints criterion : explanation.criteria()) {
            if (criterion.open() == 0) {
                continue;
            }
            // A rule a cap makes worthless is not shown: the card never promises points a cap would take away.
            List<OpenRule> useful = criterion.rules().stream().filter(r -> r.adds() > 0).toList();
            List<OpenRuleRow> shown = useful.stream().limit(RULES_SHOWN)
                    .map(r -> new OpenRuleRow(r.rule(), r.file() + ":" + r.line(),
                            r.adds() == r.points() ? w.t("card.openAdds", r.adds()) : w.t("card.openAddsCapped", r.adds(), r.points()),
                            r.reason()))
                    .toList();
            int more = criterion.rules().size() - shown.size();
            rows.add(new OpenRow(w.label("criterion", criterion.criterion()), criterion.obtained() + "/" + criterion.maximum(),
                    String.valueOf(criterion.open()), shown, more == 0 ? "" : w.t("card.openMore", more)));
        }
        return new OpenView(rows, gap(explanation, w), explanation.eligible() ? "" : w.t("card.notPoints"),
                explanation.gap() > 0 && !explanation.fewestChanges().isEmpty() ? w.t("card.gapMethod") : "",
                RULES_SHOWN);
    }

    private static String gap(Explanation explanation, Words w) {
        if (explanation.gap() == 0) {
            return "";
        }
        if (explanation.fewestChanges().isEmpty()) {
            return w.t("card.gapOutOfReach", explanation.gap(), explanation.threshold(), explanation.open());
        }
        int open = explanation.criteria().stream().filter(c -> explanation.fewestChanges().contains(c.criterion()))
                .mapToInt(OpenPoints::open).sum();
        String criteria = explanation.fewestChanges().stream().map(c -> w.label("criterion", c)).collect(Collectors.joining(", "));
        return w.t("card.gap", explanation.gap(), explanation.threshold(), criteria, open);
    }
}
