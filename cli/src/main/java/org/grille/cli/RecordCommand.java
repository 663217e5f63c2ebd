package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import org.grille.api.funding.CommitteeDecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/** {@code grille record FILE.json --records FILE}: adds the record of every decision of the call to its register. */
@Command(name = "record", mixinStandardHelpOptions = true,
        description = {"Ajoute au registre la trace de chaque décision : données, catalogue, points, décisions du comité, plan.",
                "Appends the record of every decision to the register: input, catalog, points, committee decisions, plan."})
final class RecordCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--records", paramLabel = "FILE.jsonl", required = true,
            description = "Registre, une trace par ligne, auquel on ajoute / the register, one record per line, appended to.")
    Path records;

    @Mixin
    PlanOptions planning;

    @Mixin
    ReviewOptions reviewOptions;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Moment inscrit (ISO 8601, UTC), maintenant par défaut / the time recorded, now by default.")
    String at;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        Instant recordedAt = recordedAt(text);
        planning.check(text);
        List<RecordsFile.Line> existing = RecordsFile.read(records, text);
        int broken = RecordsFile.brokenAt(existing);
        if (broken != 0) {
            throw new UsageException(text.get("records.broken", records, broken));
        }
        List<CommitteeDecision> decisions = planning.decisions(text);
        org.grille.api.Scorer scorer = common.scorer();
        CallPlan call = planning.plan(scorer, common.read(input), decisions, text);
        ReviewedRun reviews = reviewOptions.read(scorer, call.batch().applications(), common);
        List<ObjectNode> added = reviews == null
                ? DecisionRecord.of(call, recordedAt, new Grille.Version().getVersion()[0])
                : DecisionRecord.of(call, recordedAt, new Grille.Version().getVersion()[0],
                        reviews.combine(call.scored().assessments()), reviews.reviews().reviews());
        RecordsFile.append(records, existing, added);
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.get("records.added", added.size(), records, recordedAt, existing.size()));
        out.flush();
        return call.scored().rejections().isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    private Instant recordedAt(Text text) {
        if (at == null) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
        try {
            return Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw new UsageException(text.get("records.at", TerminalText.visible(at)));
        }
    }
}
