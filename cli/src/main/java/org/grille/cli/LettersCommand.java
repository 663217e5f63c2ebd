package org.grille.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.grille.api.Assessment;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.application.Language;
import org.grille.api.funding.CommitteeDecision;
import org.grille.api.funding.FundingDecision;
import org.grille.api.report.ApplicantLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code grille letters FILE.json -o DIR}: one letter per application, in its language, with the decision of the same
 * plan as {@code allocate} (committee decisions included), each file written whole or not at all.
 */
@Command(name = "letters", mixinStandardHelpOptions = true,
        description = {"Écrit la lettre de chaque demandeur, dans sa langue : décision, note, ce qui a manqué, révision.",
                "Writes each applicant's letter, in their language: decision, score, what was missing, review."})
final class LettersCommand implements Callable<Integer> {

    /** An id that is a safe file name as it is; any other id gets a name made from its place and hash. */
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PlanOptions planning;

    @Mixin
    ReviewOptions reviewOptions;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "Dossier des lettres, une par demande / folder of the letters, one per application.")
    Path output;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date des lettres, d'où court le délai de révision (défaut : aujourd'hui) / the letters' date.")
    String date;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        planning.check(text);
        LocalDate dated = Days.orToday(date, text);
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new UsageException(text.get("letters.notAFolder", output));
        }
        List<CommitteeDecision> decisions = planning.decisions(text);
        Scorer scorer = common.scorer();
        CallPlan call = planning.plan(scorer, common.read(input), decisions, text);
        Map<String, Application> applications = call.applicationsById();
        Map<String, Assessment> assessments = new HashMap<>();
        call.scored().assessments().forEach(a -> assessments.put(a.applicationId(), a));
        Map<String, CommitteeDecision> committee = new HashMap<>();
        call.plan().committeeDecisions().forEach(d -> committee.put(d.applicationId(), d));
        ReviewedRun reviews = reviewOptions.read(scorer, call.batch().applications(), common);
        org.grille.api.review.CommitteeScores scores = reviews == null ? null : reviews.combine(call.scored().assessments());
        Files.createDirectories(output);
        int french = 0;
        int english = 0;
        int index = 0;
        for (FundingDecision decision : call.plan().decisions()) {
            Application application = applications.get(decision.applicationId());
            ApplicantLetter letter = new ApplicantLetter(application, assessments.get(decision.applicationId()), decision,
                    committee.get(decision.applicationId()), dated, scores == null ? null : scores.of(decision.applicationId()));
            AtomicOutput.write(output.resolve(fileName(decision.applicationId(), index++)), out -> scorer.reports().writeLetter(letter, out));
            if (application.language() == Language.ENGLISH) {
                english++;
            } else {
                french++;
            }
        }
        List<Rejection> rejections = call.scored().rejections();
        spec.commandLine().getErr().println(text.get("letters.written", french + english, output, french, english));
        if (!rejections.isEmpty()) {
            spec.commandLine().getErr().println(text.get("score.rejected", rejections.size()));
            rejections.forEach(r -> spec.commandLine().getErr().println(TerminalText.rejection(r)));
        }
        return rejections.isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    /** {@code ID.html} for an id that is a safe file name; otherwise a name no id can turn into a path. */
    static String fileName(String id, int index) {
        if (SAFE_NAME.matcher(id).matches()) {
            return id + ".html";
        }
        return "application-" + (index + 1) + "-" + DecisionRecord.sha256(id).substring(0, 12) + ".html";
    }
}
