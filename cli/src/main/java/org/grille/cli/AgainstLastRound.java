package org.grille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grille.api.ApplicationBatch;
import org.grille.api.Scorer;
import org.grille.api.diff.CatalogDiff;
import org.grille.api.diff.GroupConcentration;

/**
 * {@code grille validate DIR --against FILE.json}: the edited catalog against the live one on last round's
 * applications. An edit whose changes fall on one protected group beyond what chance explains is refused, with the
 * figures, whatever its rules read.
 */
final class AgainstLastRound {

    private final Language language;
    private final Path live;
    private final Path edited;
    private final Path applications;
    private final ApplicationBatch batch;

    /**
     * Checks the inputs and reads last round's applications, before anything is validated: a missing file or a
     * malformed batch is a usage error at once, not after a whole validation.
     */
    AgainstLastRound(Language language, Path live, Path edited, Path applications) {
        this.language = language;
        this.live = live;
        this.edited = edited;
        this.applications = applications;
        if (live != null && !Files.isDirectory(live)) {
            throw new UsageException(language.text().get("error.noCatalogDir", live));
        }
        CommonOptions options = new CommonOptions();
        options.lang = language.lang;
        try {
            this.batch = options.read(applications);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The groups the edit singles out, printed with the figures of the test; a line saying none is when none is.
     * {@code grille diff} prints the same.
     */
    static List<GroupConcentration> print(CatalogDiff diff, List<org.grille.api.application.Application> applications,
                                          Path file, Text text, PrintWriter out, boolean refusing) {
        List<GroupConcentration> tested = GroupConcentration.of(diff, applications);
        List<GroupConcentration> singledOut = GroupConcentration.beyondChance(diff, applications);
        out.println(text.get("against.summary", file, applications.size() - diff.rejections().size(),
                GroupConcentration.changedOutcomes(diff).size(),
                tested.size(), String.format(Locale.ROOT, "%.4f", GroupConcentration.SIGNIFICANCE / Math.max(1, tested.size()))));
        for (GroupConcentration group : singledOut) {
            out.println();
            out.println(text.get(refusing ? "validate.error" : "validate.warning") + "  " + text.get("against.concentrated", group.attribute(), group.group(),
                    group.changed(), group.members(), group.changedOthers(), group.others(),
                    String.format(Locale.ROOT, "%.2g", group.probability())));
            out.println("  (GRILLE-EDIT-CHANGES-CONCENTRATED)");
        }
        if (singledOut.isEmpty()) {
            out.println(text.get("against.fair"));
        }
        return singledOut;
    }

    /** Prints the comparison; the exit code is {@link ValidateCommand#EXIT_INVALID} when a group is singled out. */
    int check(PrintWriter out) {
        Text text = language.text();
        Locale locale = language.locale();
        try (Scorer before = live == null ? Scorer.builder().locale(locale).build()
                : Scorer.builder().catalogDirectory(live).locale(locale).build();
             Scorer after = Scorer.builder().catalogDirectory(edited).locale(locale).draftCatalog().build()) {
            CatalogDiff diff = CatalogDiff.compare(before, after, batch.applications());
            out.println();
            List<GroupConcentration> singledOut = print(diff, batch.applications(), applications, text, out, true);
            return singledOut.isEmpty() ? Grille.EXIT_OK : ValidateCommand.EXIT_INVALID;
        }
    }
}
