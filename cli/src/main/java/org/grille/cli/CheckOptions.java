package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.grille.api.CatalogValidation;
import org.grille.api.Scorer;
import picocli.CommandLine.Option;

/** {@code --watch} and {@code --verbose}, shared by {@code validate} and {@code test}. */
final class CheckOptions {

    @Option(names = "--watch", description = {
            "Reste ouvert et recommence à chaque enregistrement ; Ctrl-C pour arrêter /",
            "stays running and checks again on every save; Ctrl-C to stop."})
    boolean watch;

    @Option(names = "--verbose", description = {
            "Affiche aussi le détail technique des outils (analyseur DRL, Drools) /",
            "also shows the tools' own technical detail (DRL parser, Drools)."})
    boolean verbose;

    /**
     * Validates the directory once and reports it, or, with {@code --watch}, again after every save; returns the (last)
     * exit code of {@code report}.
     */
    int run(Path directory, Language language, PrintWriter out, ToIntFunction<CatalogValidation> report) {
        if (verbose) {
            Verbose.enable();
        }
        if (!Files.isDirectory(directory)) {
            // said before any check, and before the first run's header with --watch: there is nothing to check
            throw new UsageException(language.text().get("error.noCatalogDir", directory));
        }
        return watch ? Watching.loop(directory, language, out, report)
                : report.applyAsInt(Scorer.validateCatalog(directory, language.locale()));
    }
}
