package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grille.api.ApplicationBatch;
import org.grille.api.Scorer;
import org.grille.api.application.Objective;
import org.grille.api.fairness.AttributeAudit;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.fairness.GroupOutcome;
import org.grille.api.fairness.RuleGap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code grille audit FILE.json}: how each group of applicants fared, with the four-fifths rule. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit d'équité d'un lot de demandes / fairness audit of a batch of applications.")
final class AuditCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--min-group", defaultValue = "5",
            description = "Taille minimale d'un groupe pour le juger (défaut 5) / smallest group judged.")
    int minimumGroupSize;

    @Option(names = "--format", defaultValue = "table", description = "table (défaut) ou json.")
    Format format;

    @Mixin
    ReviewOptions reviewOptions;

    @Override
    public Integer call() throws Exception {
        if (minimumGroupSize < 1) {
            throw new UsageException(common.text().get("error.minGroup", minimumGroupSize));
        }
        if (reviewOptions.given() && format == Format.json) {
            throw new UsageException(common.text().get("reviews.tableOnly"));
        }
        Scorer scorer = common.scorer();
        ApplicationBatch batch = common.read(input);
        ReviewedRun reviews = reviewOptions.read(scorer, batch.applications(), common);
        FairnessAudit audit = scorer.fairness().audit(batch.applications(), minimumGroupSize);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            JsonMapper mapper = JsonOutput.DOCUMENT;
            ObjectNode node = mapper.valueToTree(audit);
            node.set("rejections", mapper.valueToTree(batch.rejections())); // beside the audit's fields, as allocate's
            mapper.writeValue(out, node);
        } else {
            table(audit, common.text(), out);
            if (!batch.rejections().isEmpty()) {
                out.println();
                out.println(common.text().get("score.rejected", batch.rejections().size()));
                batch.rejections().forEach(r -> out.println(TerminalText.rejection(r)));
            }
            if (reviews != null) {
                // the audit above judges the rules' outcomes; the committee's final scores and exclusions follow
                out.println();
                out.println(common.text().get("reviews.auditOnRules"));
                new CommitteeSection(reviews, reviews.combine(scorer.assessAll(batch).assessments()), common.text()).print(out);
            }
        }
        out.flush();
        boolean reviewsRefused = reviews != null && !reviews.rejections().isEmpty();
        return batch.rejections().isEmpty() && !reviewsRefused ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    static void table(FairnessAudit audit, Text text, PrintWriter out) {
        org.grille.api.Rubric rubric = audit.catalog().rubric();
        out.println(text.get("audit.header", audit.catalog().id(), audit.catalog().version(), audit.assessed(),
                audit.minimumGroupSize()));
        out.println(audit.notice());
        out.println(text.get("audit.rule"));
        for (AttributeAudit attribute : audit.attributes()) {
            out.println();
            out.println("== " + attribute.attribute() + " ==");
            TextTable groups = new TextTable(List.of(text.get("col.group"), "n", text.get("col.eligible"), text.get("col.mean"),
                    text.get("col.median"), text.get("col.fundableRate"), text.get("col.fundedRate"), text.get("col.toBest"),
                    text.get("col.toOverall"), text.get("col.gap"), "p", text.get("col.flag")),
                    false, true, true, true, true, true, true, true, true, true, true, false).lastColumnMayGoUnder();
            attribute.groups().forEach(g -> groups.row(row(g, text)));
            groups.print(out);
            List<List<String>> byObjective = new ArrayList<>();
            for (Objective objective : rubric.objectiveIds()) {
                for (GroupOutcome g : attribute.byObjective().getOrDefault(objective, List.of())) {
                    if (g.flag() == GroupOutcome.Flag.BELOW_FOUR_FIFTHS || g.flag() == GroupOutcome.Flag.ABOVE_FIVE_FOURTHS) {
                        byObjective.add(List.of(rubric.shortLabel(objective, text.locale()), group(g.group(), text),
                                String.valueOf(g.count()), percent(g.fundedRate()), text.get("flag." + g.flag().name())));
                    }
                }
            }
            if (!byObjective.isEmpty()) {
                out.println(text.get("audit.byObjective"));
                TextTable table = new TextTable(List.of(text.get("col.objective"), text.get("col.group"), "n",
                        text.get("col.fundedRate"), text.get("col.flag")), false, false, true, true, false);
                byObjective.forEach(table::row);
                table.print(out);
            }
            if (!attribute.ruleGaps().isEmpty()) {
                out.println(text.get("audit.ruleGaps"));
                for (RuleGap gap : attribute.ruleGaps().subList(0, Math.min(5, attribute.ruleGaps().size()))) {
                    StringBuilder means = new StringBuilder();
                    gap.meanPointsByGroup().forEach((group, mean) -> means.append(group).append(' ').append(decimal(mean)).append("  "));
                    out.println("  " + decimal(gap.gap()) + "  " + gap.title() + " (" + gap.file() + ":" + gap.line() + ")  " + means.toString().strip());
                }
            }
        }
    }

    private static List<String> row(GroupOutcome g, Text text) {
        boolean judged = g.flag() != GroupOutcome.Flag.TOO_FEW_TO_JUDGE;
        String gap = g.reference() ? text.get("audit.reference") : g.difference() == null ? "—"
                : String.format(Locale.ROOT, "%+.0f [%+.0f,\u00A0%+.0f]", g.difference() * 100, g.differenceLow() * 100,
                        g.differenceHigh() * 100);
        return List.of(group(g.group(), text), String.valueOf(g.count()),
                judged ? percent(g.eligibilityRate()) : "—", judged ? decimal(g.meanScore()) : "—",
                judged ? decimal(g.medianScore()) : "—", judged ? percent(g.fundableRate()) : "—",
                judged ? percent(g.fundedRate()) : "—", g.ratioToBest() == null ? "—" : decimal(g.ratioToBest()),
                g.ratioToOverall() == null ? "—" : decimal(g.ratioToOverall()), gap,
                g.pValue() == null ? "—" : String.format(Locale.ROOT, "%.3f", g.pValue()), text.get("flag." + g.flag().name()));
    }

    /** A group's value in the reader's words (PREFER_NOT_TO_SAY is "prefers not to say"), or the value itself. */
    static String group(String value, Text text) {
        String key = "group." + value;
        return text.has(key) ? text.get(key) : value;
    }

    /** A rate with its sign held to the number by a no-break space, so a narrow column never parts them. */
    private static String percent(double rate) {
        return String.format(Locale.ROOT, "%.0f\u00A0%%", rate * 100);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
