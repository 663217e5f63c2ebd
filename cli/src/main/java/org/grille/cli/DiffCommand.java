package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.grille.api.ApplicationBatch;
import org.grille.api.Scorer;
import org.grille.api.diff.ApplicationChange;
import org.grille.api.diff.CatalogDiff;
import org.grille.api.diff.RuleChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code grille diff OLD_DIR NEW_DIR FILE.json}: what a catalog change does to the same applications. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare deux versions d'un catalogue sur les mêmes demandes / compares two catalog versions on the same applications.",
                "La nouvelle version peut avoir des scénarios en échec (brouillon) / the new version may still fail its scenarios (draft)."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    Language language;

    @Parameters(index = "0", paramLabel = "OLD_DIR", description = "Version actuelle du catalogue / current catalog directory.")
    Path oldDirectory;

    @Parameters(index = "1", paramLabel = "NEW_DIR", description = "Version modifiée / edited catalog directory.")
    Path newDirectory;

    @Parameters(index = "2", paramLabel = "FILE.json", description = "Demandes à comparer / applications to compare.")
    Path input;

    @Option(names = "--format", defaultValue = "table", description = "table (défaut), json ou csv.")
    ScoreReport.Format format;

    @Override
    public Integer call() throws Exception {
        Text text = language.text();
        for (Path directory : List.of(oldDirectory, newDirectory)) {
            if (!Files.isDirectory(directory)) {
                throw new UsageException(text.get("error.noCatalogDir", directory));
            }
        }
        CommonOptions options = new CommonOptions();
        options.lang = language.lang;
        ApplicationBatch batch = options.read(input);
        try (Scorer before = Scorer.builder().catalogDirectory(oldDirectory).locale(language.locale()).build();
             Scorer after = Scorer.builder().catalogDirectory(newDirectory).locale(language.locale()).draftCatalog().build()) {
            CatalogDiff diff = CatalogDiff.compare(before, after, batch.applications());
            PrintWriter out = spec.commandLine().getOut();
            switch (format) {
                case table -> {
                    table(diff, text, out);
                    out.println();
                    AgainstLastRound.print(diff, batch.applications(), input, text, out, false);
                }
                case json -> JsonOutput.DOCUMENT.writeValue(out, diff);
                case csv -> csv(diff, out);
            }
            out.flush();
            return batch.rejections().isEmpty() && diff.rejections().isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
        }
    }

    static void table(CatalogDiff diff, Text text, PrintWriter out) {
        out.println(text.get("diff.header", diff.before().version(), diff.before().fingerprint().substring(0, 12),
                diff.after().version(), diff.after().fingerprint().substring(0, 12)));
        out.println(text.get("diff.summary", diff.changes().size(), diff.changed().size(), diff.eligibilityFlips(),
                diff.thresholdCrossings(), diff.fundingFlips()));
        String moves = diff.largestMoves(5).stream().map(c -> c.applicationId() + " " + signed(c.delta()))
                .collect(Collectors.joining(", "));
        out.println(text.get("diff.largest", moves.isEmpty() ? "—" : moves));
        out.println();
        TextTable table = new TextTable(List.of(text.get("col.application"), text.get("col.total"), "Δ", text.get("col.rank"),
                text.get("col.eligible"), text.get("col.fundableRate"), text.get("col.fundedRate"), text.get("col.rulesChanged")),
                false, false, true, false, false, false, false, false).keepWhole(0);
        for (ApplicationChange c : diff.changed()) {
            table.row(List.of(c.applicationId(), c.totalBefore() + " → " + c.totalAfter(), signed(c.delta()),
                    rank(c.rankBefore()) + " → " + rank(c.rankAfter()), flip(c.eligibleBefore(), c.eligibleAfter(), text),
                    flip(c.fundableBefore(), c.fundableAfter(), text), flip(c.fundedBefore(), c.fundedAfter(), text),
                    rules(c)));
        }
        table.print(out);
        if (diff.changed().isEmpty()) {
            out.println(text.get("diff.nothing"));
        }
        if (!diff.rejections().isEmpty()) {
            out.println();
            out.println(text.get("score.rejected", diff.rejections().size()));
            diff.rejections().forEach(r -> out.println(TerminalText.rejection(r)));
        }
    }

    private static String rules(ApplicationChange change) {
        List<String> parts = new ArrayList<>();
        change.gatesFailedNow().forEach(g -> parts.add("+" + g));
        change.gatesPassedNow().forEach(g -> parts.add("-" + g));
        for (RuleChange rule : change.ruleChanges().subList(0, Math.min(3, change.ruleChanges().size()))) {
            parts.add(signed(rule.delta()) + " " + rule.rule());
        }
        if (change.ruleChanges().size() > 3) {
            parts.add("…");
        }
        return String.join(" | ", parts);
    }

    private static void csv(CatalogDiff diff, PrintWriter out) {
        List<String> columns = List.of("applicationId", "totalBefore", "totalAfter", "delta", "rankBefore", "rankAfter",
                "eligibleBefore", "eligibleAfter", "fundableBefore", "fundableAfter", "fundedBefore", "fundedAfter",
                "ruleChanges");
        List<List<String>> rows = new ArrayList<>();
        for (ApplicationChange c : diff.changes()) {
            rows.add(List.of(c.applicationId(), String.valueOf(c.totalBefore()), String.valueOf(c.totalAfter()),
                    String.valueOf(c.delta()), String.valueOf(c.rankBefore()), String.valueOf(c.rankAfter()),
                    String.valueOf(c.eligibleBefore()), String.valueOf(c.eligibleAfter()), String.valueOf(c.fundableBefore()),
                    String.valueOf(c.fundableAfter()), String.valueOf(c.fundedBefore()), String.valueOf(c.fundedAfter()),
                    c.ruleChanges().stream().map(r -> r.rule() + "=" + signed(r.delta())).collect(Collectors.joining("|"))));
        }
        SpreadsheetCsv.write(columns, rows, out);
    }

    private static String flip(boolean before, boolean after, Text text) {
        String b = before ? text.get("yes") : text.get("no");
        return before == after ? b : b + " → " + (after ? text.get("yes") : text.get("no"));
    }

    private static String rank(int rank) {
        return rank == 0 ? "—" : String.valueOf(rank);
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : String.valueOf(delta);
    }
}
