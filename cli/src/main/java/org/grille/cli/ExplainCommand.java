package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.Rubric;
import org.grille.api.GateFailure;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code grille explain FILE.json ID}: every point of one application, with the rule, file and line behind it; then
 * what the applicant can act on: the points still open and the rules that would give them, the gap to the threshold
 * and the fewest criteria to improve, or the failed gates in plain words.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explique la note d'une demande, règle par règle / explains one application's score, rule by rule.")
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Parameters(index = "1", paramLabel = "ID", description = "Identifiant de la demande / application id.")
    String id;

    @Mixin
    ReviewOptions reviewOptions;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        ApplicationBatch batch = common.read(input);
        for (Rejection rejection : batch.rejections()) {
            if (id.equals(rejection.applicationId())) {
                spec.commandLine().getErr().println(TerminalText.visible(rejection.message()));
                rejection.violations().forEach(v -> spec.commandLine().getErr().println("  " + TerminalText.visible(String.valueOf(v))));
                return Grille.EXIT_NOTHING_USABLE;
            }
        }
        Application application = batch.applications().stream()
                .filter(a -> id.equals(a.id()))
                .findFirst()
                .orElseThrow(() -> new UsageException(text.get("error.noSuchId", id, input)));
        Scorer scorer = common.scorer();
        Assessment assessment = scorer.assess(application);
        PrintWriter out = spec.commandLine().getOut();
        print(application, assessment, text, out);
        out.println();
        OpenPointsText.print(scorer.explain(assessment), assessment.catalog().rubric(), text, out);
        ReviewedRun reviews = reviewOptions.read(scorer, batch.applications(), common);
        if (reviews != null) {
            // the whole batch is assessed: calibration and agreement read every review, not only this application's
            new CommitteeSection(reviews, reviews.combine(scorer.assessAll(batch).assessments()), text).explain(id, out);
            return reviews.rejections().isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
        }
        return Grille.EXIT_OK;
    }

    static void print(Application application, Assessment a, Text text, PrintWriter out) {
        out.println(text.get("explain.header", a.applicationId(), application.project().title()));
        out.println(text.get("explain.catalog", a.catalog().id(), a.catalog().version(), a.catalog().fingerprint()));
        out.println(a.eligible()
                ? text.get("explain.eligible", a.total(), a.fundable() ? text.get("yes") : text.get("no"))
                : text.get("explain.ineligible", a.total()));
        out.println();
        if (!a.failedGates().isEmpty()) {
            out.println(text.get("explain.gates", a.failedGates().size()));
            TextTable gates = new TextTable(List.of(text.get("col.gate"), text.get("col.rule"), text.get("col.where"), text.get("col.reason"))).lastColumnMayGoUnder();
            for (GateFailure gate : a.failedGates()) {
                gates.row(List.of(gate.gate(), gate.title(), gate.file() + ":" + gate.line(), gate.reason()));
            }
            gates.print(out);
            out.println();
        }
        out.println(text.get("explain.contributions", a.contributions().size()));
        // Rule names are French sentences of the policy and an English title may be missing: a reader in another
        // language also gets the reason.
        boolean withReason = !"fr".equals(text.locale().getLanguage());
        List<String> headers = new java.util.ArrayList<>(List.of(text.get("col.points"), text.get("col.criterion"),
                text.get("col.objective"), text.get("col.rule"), text.get("col.where")));
        if (withReason) {
            headers.add(text.get("col.reason"));
        }
        boolean[] right = new boolean[headers.size()];
        right[0] = true;
        TextTable table = new TextTable(headers, right);
        if (withReason) {
            table.lastColumnMayGoUnder();
        }
        for (Contribution c : a.contributions()) {
            String points = c.counted() == c.points() ? String.valueOf(c.points()) : c.counted() + "/" + c.points();
            Rubric rubric = a.catalog().rubric();
            List<String> row = new java.util.ArrayList<>(List.of(points, rubric.shortLabel(c.criterion(), text.locale()),
                    c.objective() == null ? "" : rubric.shortLabel(c.objective(), text.locale()), c.title(),
                    c.file() + ":" + c.line()));
            if (withReason) {
                row.add(c.reason());
            }
            table.row(row);
        }
        table.print(out);
        out.println();
        out.println(text.get("explain.criteria"));
        TextTable criteria = new TextTable(List.of(text.get("col.criterion"), text.get("col.total")), false, true);
        for (Criterion criterion : a.catalog().rubric().criterionIds()) {
            criteria.row(List.of(a.catalog().rubric().label(criterion, text.locale()), String.valueOf(a.score(criterion))));
        }
        criteria.row(List.of(text.get("explain.total"), a.total() + "/100"));
        criteria.print(out);
        if (a.contributions().stream().anyMatch(c -> c.counted() < c.points())) {
            out.println();
            out.println(text.get("explain.capped"));
        }
    }
}
