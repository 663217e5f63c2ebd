package org.grille.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.grille.api.ApplicationBatch;
import org.grille.api.Rejection;
import org.grille.cli.publish.Grant;
import org.grille.cli.publish.Publisher;
import org.grille.cli.publish.ThreeSixtyGiving;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grille publish FILE.json --format 360giving -o grants.json}: the funded grants of the funding plan as open
 * data in the 360Giving Data Standard, JSON or CSV by the output's extension. Exit codes as for {@code report}: 0, 3
 * some applications rejected (the funded ones are published), 4 nothing funded (no file written), 6 not written.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Publie les subventions accordées en données ouvertes (360Giving) / publishes the funded grants as open data (360Giving).",
                "Codes de sortie / exit codes: 0 = OK, 2 = usage, 3 = some applications rejected, 4 = nothing funded, 6 = not written."})
final class PublishCommand implements Callable<Integer> {

    /** The open-data standards written; 360Giving is the one so far. */
    enum Standard { threesixtygiving }

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    PlanOptions planning;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "Lot de demandes / batch of applications.")
    Path input;

    @Option(names = "--format", required = true, paramLabel = "360giving", converter = StandardConverter.class,
            description = "Norme des données ouvertes : 360giving / open-data standard: 360giving.")
    Standard standard;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json|FILE.csv",
            description = "Fichier à écrire (atomiquement), JSON ou CSV selon son extension ; répétable "
                    + "/ file to write (atomically), JSON or CSV by its extension; may be repeated.")
    List<Path> outputs;

    @Option(names = "--award-date", required = true, paramLabel = "YYYY-MM-DD",
            description = "Date de la décision d'octroi / the day the grants were awarded.")
    String awardDate;

    @Option(names = "--prefix", required = true, paramLabel = "360G-…",
            description = "Préfixe d'éditeur attribué par 360Giving / the publisher prefix 360Giving assigned.")
    String prefix;

    @Option(names = "--funder-id", required = true, paramLabel = "ORG-ID",
            description = "Identifiant org-id du bailleur, p. ex. CA-QC_QBC- suivi de son NEQ / the funder's org-id.")
    String funderId;

    @Option(names = "--funder-name", defaultValue = "Ville de Montréal", paramLabel = "NAME",
            description = "Nom du bailleur (défaut : Ville de Montréal) / the funder's name.")
    String funderName;

    @Override
    public Integer call() throws Exception {
        Text text = common.text();
        planning.check(text);
        LocalDate awarded = awardDate(text);
        if (!Publisher.isPrefix(prefix)) {
            throw new UsageException(text.get("publish.badPrefix", prefix));
        }
        if (!Publisher.isOrganisationId(funderId)) {
            throw new UsageException(text.get("publish.badFunderId", funderId));
        }
        if (funderName.isBlank()) {
            throw new UsageException(text.get("publish.badFunderName"));
        }
        for (Path output : outputs) {
            checkOutput(output, text);
        }
        Publisher publisher = new Publisher(prefix, funderId, funderName.strip());
        ApplicationBatch batch = common.read(input);
        CallPlan planned = planning.plan(common.scorer(), batch, planning.decisions(text), text);
        List<Grant> grants = ThreeSixtyGiving.grants(planned.plan(), batch.applications(), publisher, awarded);
        if (grants.isEmpty()) {
            spec.commandLine().getErr().println(text.get("publish.nothing", input));
            return Grille.EXIT_NOTHING_USABLE;
        }
        for (Path output : outputs) {
            AtomicOutput.write(output, out -> {
                if (isCsv(output)) {
                    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                    SpreadsheetCsv.write(ThreeSixtyGiving.CSV_COLUMNS, ThreeSixtyGiving.csvRows(grants), writer);
                    writer.flush();
                } else {
                    ThreeSixtyGiving.writeJson(grants, out);
                }
            });
            spec.commandLine().getErr().println(text.get("publish.written", output, grants.size()));
        }
        // The batch's unreadable entries are among the plan's rejections: each costs its own entry, named with where.
        List<Rejection> rejections = planned.scored().rejections();
        if (!rejections.isEmpty()) {
            spec.commandLine().getErr().println(text.get("publish.rejected", rejections.size()));
            rejections.forEach(r -> spec.commandLine().getErr().println(TerminalText.rejection(r)));
        }
        return rejections.isEmpty() ? Grille.EXIT_OK : Grille.EXIT_SOME_REJECTED;
    }

    /** The award date as given: a real day, never the clock, so the same plan publishes the same file. */
    private LocalDate awardDate(Text text) {
        try {
            if (awardDate.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(awardDate);
            }
        } catch (DateTimeParseException e) {
            // falls through to the message below, which says what is expected
        }
        throw new UsageException(text.get("publish.badAwardDate", TerminalText.visible(awardDate)));
    }

    private void checkOutput(Path output, Text text) throws java.io.IOException {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json") && !name.endsWith(".csv")) {
            throw new UsageException(text.get("publish.badExtension", output));
        }
        if (Files.isDirectory(output)) {
            throw new UsageException(text.get("publish.outputIsDirectory", output));
        }
        if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)) {
            throw new UsageException(text.get("error.outputIsInput", output));
        }
    }

    private static boolean isCsv(Path output) {
        return output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** Reads "360giving" (any case) as the 360Giving Data Standard. */
    static final class StandardConverter implements picocli.CommandLine.ITypeConverter<Standard> {
        @Override
        public Standard convert(String value) {
            if ("360giving".equalsIgnoreCase(value.strip())) {
                return Standard.threesixtygiving;
            }
            throw new picocli.CommandLine.TypeConversionException("360giving");
        }
    }
}
