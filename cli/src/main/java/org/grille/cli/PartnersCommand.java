package org.grille.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.grille.api.ApplicationBatch;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.partnership.ApplicationSuggestions;
import org.grille.api.partnership.OverlapCluster;
import org.grille.api.partnership.PartnershipReport;
import org.grille.api.partnership.Suggestion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grille partners FILE.json}: the catalog's partnership rules over the whole batch, for the next co-creation
 * workshop: per application its best suggestions with their reasons, and for the committee the clusters of possible
 * overlap. Exit codes as for {@code score}: 0 every application read, 3 some rejected, 4 nothing usable (including two
 * applications with the same id), 2 usage.
 */
@Command(name = "partners", mixinStandardHelpOptions = true,
        description = "Suggère des partenariats entre les demandes et signale les chevauchements possibles "
                + "/ suggests partnerships between applications and flags possible overlaps.")
final class PartnersCommand implements Callable<Integer> {

    enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--format", defaultValue = "table", description = "table (défaut) ou json.")
    Format format;

    @Option(names = "--top", defaultValue = "5", paramLabel = "N",
            description = "Suggestions montrées par demande dans le tableau (défaut 5 ; le JSON les donne toutes) "
                    + "/ suggestions shown per application in the table (default 5; JSON has them all).")
    int top;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Écrit le résultat dans ce fichier (atomiquement) au lieu de la sortie standard / writes the result to this file.")
    Path output;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new UsageException(common.text().get("partners.top", top));
        }
        if (output != null && Files.exists(output) && Files.isSameFile(output, input)) {
            throw new UsageException(common.text().get("error.outputIsInput", output));
        }
        Scorer scorer = common.scorer();
        ApplicationBatch batch = common.read(input);
        PartnershipReport report;
        try {
            report = scorer.partnerships().suggest(batch.applications());
        } catch (IllegalArgumentException e) {
            // Two applications share an id: a pair could not be told apart. The message says which id.
            spec.commandLine().getErr().println(TerminalText.visible(e.getMessage()));
            return Grille.EXIT_NOTHING_USABLE;
        }
        List<Rejection> rejections = new ArrayList<>(batch.rejections());
        rejections.addAll(report.rejections());
        if (output == null) {
            write(report, rejections, spec.commandLine().getOut());
            spec.commandLine().getOut().flush();
        } else {
            AtomicOutput.write(output, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                write(report, rejections, writer);
                writer.flush();
            });
            spec.commandLine().getErr().println(common.text().get("partners.written", output, report.applications().size()));
        }
        if (report.applications().isEmpty()) {
            return Grille.EXIT_NOTHING_USABLE;
        }
        return rejections.isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    private void write(PartnershipReport report, List<Rejection> rejections, Writer writer) {
        PrintWriter out = writer instanceof PrintWriter p ? p : new PrintWriter(writer);
        if (format == Format.json) {
            JsonOutput.DOCUMENT.writeValue(out, new PartnershipReport(report.catalog(), report.applications(), report.overlaps(), rejections));
        } else {
            table(report, rejections, common.text(), top, out);
        }
        out.flush();
        if (out != writer && out.checkError()) {
            // our PrintWriter keeps write errors to itself: without this, a full disk would read as success
            throw new java.io.UncheckedIOException(new java.io.IOException("the suggestions could not be written"));
        }
    }

    static void table(PartnershipReport report, List<Rejection> rejections, Text text, int top, PrintWriter out) {
        long suggestions = report.applications().stream()
                .flatMap(a -> a.suggestions().stream().map(s -> a.applicationId().compareTo(s.partnerId()) < 0
                        ? a.applicationId() + "\u0000" + s.partnerId() : s.partnerId() + "\u0000" + a.applicationId()))
                .distinct().count();
        out.println(text.get("partners.header", report.catalog().id(), report.catalog().version(), report.applications().size(),
                suggestions));
        out.println();
        for (ApplicationSuggestions application : report.applications()) {
            if (application.suggestions().isEmpty()) {
                out.println(text.get("partners.none", application.applicationId()));
                continue;
            }
            out.println(text.get("partners.application", application.applicationId(), application.suggestions().size()));
            for (Suggestion s : application.suggestions().subList(0, Math.min(top, application.suggestions().size()))) {
                out.println("  " + text.get("partners.suggestion", s.strength(), s.partnerId(), text.get("partners.kind." + s.kind().name()),
                        s.reason()));
                out.println("      " + s.file() + ":" + s.line() + " « " + s.title() + " »");
            }
        }
        out.println();
        out.println(text.get("partners.overlaps", report.overlaps().size()));
        int number = 1;
        for (OverlapCluster cluster : report.overlaps()) {
            out.println("  " + number++ + ". " + TerminalText.visible(String.join(", ", cluster.applicationIds())));
        }
        if (!rejections.isEmpty()) {
            out.println();
            out.println(text.get("score.rejected", rejections.size()));
            rejections.forEach(r -> out.println(TerminalText.rejection(r)));
        }
        out.println();
        out.println(text.get("partners.footer"));
    }
}
