package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grille.api.ApplicationBatch;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.review.Committee;
import org.grille.api.review.Conflict;
import org.grille.api.review.Reviewer;
import org.grille.api.review.ReviewerBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code grille conflicts FILE.json --reviewers reviewers.json}: every tie between a reviewer and an application. */
@Command(name = "conflicts", mixinStandardHelpOptions = true,
        description = "Liste les conflits d'intérêts entre évaluateurs et demandes / lists reviewers' conflicts of interest.")
final class ConflictsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--reviewers", paramLabel = "FILE", required = true,
            description = "Évaluateurs et leurs affiliations (JSON) / reviewers and their affiliations (JSON).")
    Path reviewers;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        ApplicationBatch batch = common.read(input);
        Scorer scorer = common.scorer();
        Committee committee = scorer.committee();
        ReviewerBatch people = ReviewOptions.readFile(reviewers, common, committee::readReviewers);
        List<Conflict> conflicts = committee.conflicts(batch.applications(), people.reviewers());
        PrintWriter out = spec.commandLine().getOut();
        out.println(text.get("conflicts.header", people.reviewers().size(), batch.applications().size(), conflicts.size()));
        out.println();
        if (conflicts.isEmpty()) {
            out.println(text.get("conflicts.none"));
        } else {
            Map<String, String> names = people.reviewers().stream()
                    .collect(Collectors.toMap(Reviewer::id, Reviewer::name, (a, b) -> a));
            TextTable table = new TextTable(List.of(text.get("col.reviewer"), text.get("col.name"), text.get("col.application"),
                    text.get("col.link"), text.get("col.declared"), text.get("col.found")));
            for (Conflict conflict : conflicts) {
                table.row(List.of(conflict.reviewer(), names.getOrDefault(conflict.reviewer(), ""), conflict.applicationId(),
                        text.get("link." + conflict.link().name()), conflict.declared(), conflict.found()));
            }
            table.print(out);
        }
        List<Rejection> rejections = new ArrayList<>(batch.rejections());
        rejections.addAll(people.rejections());
        if (!rejections.isEmpty()) {
            out.println();
            out.println(text.get("conflicts.rejected", rejections.size()));
            rejections.stream().map(TerminalText::rejection).forEach(out::println);
        }
        out.println();
        out.println(text.get("conflicts.footer"));
        out.flush();
        return rejections.isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }
}
