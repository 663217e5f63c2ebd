package org.grille.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.grille.api.funding.CommitteeDecision;
import java.util.concurrent.Callable;
import org.grille.api.ApplicationBatch;
import org.grille.api.Scorer;
import org.grille.api.funding.AllocationPolicy;
import org.grille.api.report.CommitteeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grille report FILE.json -o report.html}: the selection committee's report, one self-contained HTML page with
 * the summary, ranking, funding plan, score distribution, fairness audit, possible partnerships (overlap clusters and
 * each application's strongest suggestions, from the catalog's partnership rules) and a card per application.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Rapport au comité de sélection : une page HTML autonome / the selection committee's report: one self-contained HTML page.",
                "Codes de sortie / exit codes: 0 = OK, 2 = usage, 3 = some applications rejected (listed in the report), 4 = nothing usable."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--policy", defaultValue = "rank", converter = AllocateCommand.PolicyConverter.class,
            description = "rank (ordre de rang, défaut) ou max-score (note totale maximale).")
    AllocateCommand.Policy policy;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date imprimée sur chaque page (défaut : aujourd'hui) / the date printed on every page (default: today).")
    String date;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = {"Décisions du comité (CSV ou JSON) : le plan est fait autour et chaque écart est montré.",
                    "The committee's decisions (CSV or JSON): the plan is made around them and each departure shown."})
    Path decisionsFile;

    @Option(names = "--min-group", defaultValue = "5",
            description = "Taille minimale d'un groupe pour le juger dans l'audit (défaut 5) / smallest group the audit judges.")
    int minimumGroupSize;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.html", required = true,
            description = "Fichier HTML à écrire (atomiquement) / the HTML file to write (atomically).")
    Path output;

    @Mixin
    ReviewOptions reviewOptions;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        if (minimumGroupSize < 1) {
            throw new UsageException(text.get("error.minGroup", minimumGroupSize));
        }
        if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
            throw new UsageException(text.get("error.outputIsInput", output));
        }
        if (Files.isDirectory(output)) {
            throw new UsageException(text.get("error.outputIsDirectory", output));
        }
        java.time.LocalDate dated = Days.orToday(date, text);
        List<CommitteeDecision> decisions = decisionsFile == null ? List.of() : DecisionsFile.read(decisionsFile, text);
        Scorer scorer = common.scorer();
        ApplicationBatch batch = common.read(input);
        CommitteeReport report;
        try {
            report = CommitteeReport.of(scorer, batch,
                    policy == AllocateCommand.Policy.max_score ? AllocationPolicy.MAX_SCORE : AllocationPolicy.RANK_ORDER,
                    minimumGroupSize, decisions);
        } catch (IllegalArgumentException e) {
            // Two applications with one id: the engine's message says which, in the user's language.
            spec.commandLine().getErr().println(TerminalText.visible(e.getMessage()));
            return Grille.EXIT_NOTHING_USABLE;
        }
        if (report.assessments().isEmpty()) {
            spec.commandLine().getErr().println(text.get("report.nothing", input));
            return Grille.EXIT_NOTHING_USABLE;
        }
        ReviewedRun reviews = reviewOptions.read(scorer, batch.applications(), common);
        CommitteeReport written = (reviews == null ? report : report.withReviews(reviews.combine(report.assessments()))).dated(dated);
        AtomicOutput.write(output, out -> scorer.reports().writeReport(written, out));
        int rejected = report.unreadable().size() + report.plan().rejections().size()
                + (reviews == null ? 0 : reviews.rejections().size());
        if (reviews != null) {
            reviews.rejections().forEach(r -> spec.commandLine().getErr().println(TerminalText.rejection(r)));
        }
        spec.commandLine().getErr().println(text.get("report.written", output, report.assessments().size(), rejected));
        return rejected == 0 ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }
}
