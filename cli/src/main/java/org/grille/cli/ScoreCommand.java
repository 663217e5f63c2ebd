package org.grille.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchResult;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code grille score FILE.json}: every application scored and ranked. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Note et classe les demandes d'un fichier JSON / scores and ranks the applications of a JSON file.")
final class ScoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--format", defaultValue = "table", description = "table (défaut), json ou csv.")
    ScoreReport.Format format;

    @Option(names = "--stream",
            description = "Lot de toute taille, mémoire bornée : une ligne JSON par demande, dans l'ordre d'entrée, sans classement "
                    + "/ batches of any size in bounded memory: one JSON line per application, input order, unranked.")
    boolean stream;

    @Mixin
    ReviewOptions reviewOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Écrit le résultat dans ce fichier (atomiquement) au lieu de la sortie standard / writes the result to this file.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (output != null && Files.exists(output) && Files.isSameFile(output, input)) {
            throw new UsageException(common.text().get("error.outputIsInput", output));
        }
        Scorer scorer = common.scorer();
        if (stream) {
            if (reviewOptions.given()) {
                throw new UsageException(common.text().get("reviews.notWithStream"));
            }
            return stream(scorer);
        }
        ApplicationBatch batch = common.read(input);
        BatchResult result = scorer.assessAll(batch);
        Map<String, String> titles = new HashMap<>();
        for (Application application : batch.applications()) {
            titles.put(application.id(), application.project() == null ? null : application.project().title());
        }
        ScoreReport report = new ScoreReport(result, titles, scorer.catalog(), common.text());
        ReviewedRun reviews = reviewOptions.read(scorer, batch.applications(), common);
        if (reviews != null) {
            report.withReviews(reviews, reviews.combine(result.assessments()));
        }
        if (output == null) {
            report.write(format, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            AtomicOutput.write(output, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                report.write(format, writer);
                writer.flush();
            });
            spec.commandLine().getErr().println(common.text().get("score.written", output, result.assessments().size()));
        }
        if (result.assessments().isEmpty()) {
            return Grille.EXIT_NOTHING_USABLE;
        }
        boolean reviewsRefused = reviews != null && !reviews.rejections().isEmpty();
        return result.rejections().isEmpty() && !reviewsRefused ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    private int stream(Scorer scorer) throws Exception {
        common.requireInputFile(input);
        PrintWriter progress = System.console() != null ? spec.commandLine().getErr() : null;
        org.grille.api.JsonCodec codec = org.grille.api.JsonCodec.standard(common.locale());
        int[] counts = new int[2];
        if (output == null) {
            counts = StreamScoring.run(scorer, codec, input, spec.commandLine().getOut(), progress, common.text());
        } else {
            int[][] holder = new int[1][];
            AtomicOutput.write(output, out -> holder[0] = StreamScoring.run(scorer, codec, input, out, progress, common.text()));
            counts = holder[0];
            spec.commandLine().getErr().println(common.text().get("score.written", output, counts[0]));
        }
        boolean stopped = counts.length > 2 && counts[2] > 0;
        if (stopped) {
            spec.commandLine().getErr().println(common.text().get("stream.stopped", counts[2], counts[0] + counts[1]));
        }
        if (counts[0] == 0) {
            return Grille.EXIT_NOTHING_USABLE;
        }
        return counts[1] == 0 && !stopped ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }
}
