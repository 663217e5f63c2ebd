package org.grille.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** A catalog packaged in a jar, under a resource folder. */
public final class ClasspathCatalogSource implements CatalogSource {

    private final ClassLoader loader;
    private final String root;

    public ClasspathCatalogSource(ClassLoader loader, String root) {
        this.loader = loader;
        this.root = root.endsWith("/") ? root : root + "/";
    }

    @Override
    public Optional<byte[]> read(String path) {
        if (path.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(root + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath:" + root + path, e);
        }
    }

    @Override
    public String describe() {
        return "classpath:" + root;
    }
}
