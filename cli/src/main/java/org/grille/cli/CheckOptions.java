package org.grille.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.IntSupplier;
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

    /** Runs the check once, or again after every save with {@code --watch}; returns the (last) exit code. */
    int run(Path directory, Text text, PrintWriter out, IntSupplier once) {
        if (verbose) {
            Verbose.enable();
        }
        if (watch && !java.nio.file.Files.isDirectory(directory)) {
            // said before the first run's header: there is nothing to watch
            throw new UsageException(text.get("error.noCatalogDir", directory));
        }
        return watch ? Watching.loop(directory, text, out, once) : once.getAsInt();
    }
}
