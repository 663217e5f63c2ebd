package org.grille.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grille.api.Explanation;
import org.grille.api.OpenPoints;
import org.grille.api.OpenRule;
import org.grille.engine.report.ReportPage.OpenRow;
import org.grille.engine.report.ReportPage.OpenRuleRef;
import org.grille.engine.report.ReportPage.OpenView;
import org.grille.engine.report.ReportPage.RuleNote;
import org.grille.engine.report.ReportPage.RuleRef;

/**
 * The cards' "points still open": per criterion with open points, its first rules; the gap to the threshold with the
 * fewest criteria to improve, or, for an ineligible application, that points do not make it eligible. A rule is
 * written out once, in a legend before the cards, and a card names it by its mark: the same rules come back on
 * many cards, and a call of a thousand applications must stay a page a browser opens. The full list of rules is in
 * {@code grille explain}.
 */
final class OpenPointsCards {

    /** Rules shown per criterion on a card, most points added first. */
    static final int RULES_SHOWN = 3;

    private final Words w;
    private final Map<String, RuleNote> notes = new LinkedHashMap<>();
    private final Map<String, OpenView> views = new LinkedHashMap<>();

    OpenPointsCards(List<Explanation> explanations, Words w) {
        this.w = w;
        // Marks in catalog file and line order, whichever card names a rule first.
        List<OpenRule> named = new ArrayList<>();
        for (Explanation explanation : explanations) {
            for (OpenPoints criterion : explanation.criteria()) {
                shown(criterion).forEach(named::add);
            }
        }
        named.sort(Comparator.comparing(OpenRule::file).thenComparingInt(OpenRule::line));
        for (OpenRule rule : named) {
            notes.computeIfAbsent(rule.rule(), r -> new RuleNote("S" + (notes.size() + 1), "s-" + (notes.size() + 1),
                    new RuleRef(rule.title(), rule.file() + ":" + rule.line(), rule.reason())));
        }
        explanations.forEach(e -> views.put(e.applicationId(), view(e)));
    }

    /** How the cards count, and every rule a card names, with its mark, in catalog order. */
    ReportPage.OpenLegend legend() {
        return new ReportPage.OpenLegend(w.t("applications.openMethod", RULES_SHOWN), List.copyOf(notes.values()));
    }

    /** The card's view of one application's explanation. */
    OpenView card(String applicationId) {
        return views.getOrDefault(applicationId, OpenView.NONE);
    }

    /** A rule a cap makes worthless is not shown: a card never promises points a cap would take away. */
    private static List<OpenRule> shown(OpenPoints criterion) {
        if (criterion.open() == 0) {
            return List.of();
        }
        return criterion.rules().stream().filter(r -> r.adds() > 0).limit(RULES_SHOWN).toList();
    }

    private OpenView view(Explanation explanation) {
        List<OpenRow> rows = new ArrayList<>();
        for (OpenPoints criterion : explanation.criteria()) {
            if (criterion.open() == 0) {
                continue;
            }
            List<OpenRuleRef> refs = new ArrayList<>();
            for (OpenRule rule : shown(criterion)) {
                RuleNote note = notes.get(rule.rule());
                refs.add(new OpenRuleRef(note.label(), note.anchor(),
                        rule.adds() == rule.points() ? w.t("card.openAdds", rule.adds()) : w.t("card.openAddsCapped", rule.adds(), rule.points())));
            }
            int more = criterion.rules().size() - refs.size();
            rows.add(new OpenRow(w.criterionShort(criterion.criterion()),
                    criterion.obtained() + "/" + criterion.maximum(), String.valueOf(criterion.open()), refs,
                    more == 0 ? "" : w.t("card.openMore", more)));
        }
        return new OpenView(rows, gap(explanation), explanation.eligible() ? "" : w.t("card.notPoints"));
    }

    private String gap(Explanation explanation) {
        if (explanation.gap() == 0) {
            return "";
        }
        if (explanation.fewestChanges().isEmpty()) {
            return w.t("card.gapOutOfReach", explanation.gap(), explanation.threshold(), explanation.open());
        }
        int open = explanation.criteria().stream().filter(c -> explanation.fewestChanges().contains(c.criterion()))
                .mapToInt(OpenPoints::open).sum();
        String criteria = explanation.fewestChanges().stream().map(c -> w.criterion(c)).collect(Collectors.joining(", "));
        return w.t("card.gap", explanation.gap(), explanation.threshold(), criteria, open);
    }
}
