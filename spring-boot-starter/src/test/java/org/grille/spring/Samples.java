package org.grille.spring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's sample data, read where it lives. */
final class Samples {

    static final Path STRONG_APPLICATION = Path.of("../rules-catalog/src/test/resources/strong-application.json");
    static final Path APPLICATIONS = Path.of("../examples/data/applications.json");
    static final Path BUNDLED_CATALOG = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");

    private Samples() {
    }

    static String strongApplication() {
        return read(STRONG_APPLICATION);
    }

    static String applications() {
        return read(APPLICATIONS);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
