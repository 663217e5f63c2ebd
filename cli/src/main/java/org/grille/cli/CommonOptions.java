package org.grille.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.grille.api.ApplicationBatch;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import picocli.CommandLine.Option;

/** Options every command shares: the language and the catalog. */
final class CommonOptions {

    enum Lang { fr, en }

    @Option(names = "--lang", defaultValue = "fr", description = "Langue des messages / language: fr (défaut) ou en.")
    Lang lang;

    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Dossier de catalogue à utiliser au lieu du catalogue fourni / catalog directory instead of the bundled one.")
    Path catalog;

    Locale locale() {
        return lang == Lang.en ? Locale.CANADA : Locale.CANADA_FRENCH;
    }

    Text text() {
        return new Text(locale());
    }

    Scorer scorer() {
        Scorer.Builder builder = Scorer.builder().locale(locale());
        if (catalog != null) {
            if (!Files.isDirectory(catalog)) {
                throw new UsageException(text().get("error.noCatalogDir", catalog));
            }
            builder.catalogDirectory(catalog);
        }
        return builder.build();
    }

    /**
     * Refuses an input that is not a file of applications, with what it is instead: missing, a folder, or a special
     * file (a pipe, a device such as /dev/null), which cannot be read twice or has nothing to read.
     */
    void requireInputFile(Path file) {
        if (Files.isRegularFile(file)) {
            return;
        }
        String key = !Files.exists(file) ? "error.noInput" : Files.isDirectory(file) ? "error.inputIsFolder" : "error.inputIsSpecial";
        throw new UsageException(text().get(key, file));
    }

    ApplicationBatch read(Path file) throws IOException {
        requireInputFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return JsonCodec.standard(locale()).readBatch(in);
        }
    }
}
