package org.grille.engine.catalog;

import org.grille.engine.messages.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.grille.api.CatalogException;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.ClasspathCatalogSource;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.PrecompiledModel;
import org.grille.engine.catalog.CompiledCatalog;

/**
 * The catalog a jar on the class path declares in {@value #MARKER} ({@code root=} its resource folder).
 * Class-path resources do not change while the class loader lives, so the compiled catalog is built once
 * per class loader and shared by every scorer built on it.
 */
public final class BundledCatalog {

    static final String MARKER = "META-INF/grille/catalog.properties";

    private static final Map<ClassLoader, CompiledCatalog> COMPILED = Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private BundledCatalog() {
    }

    public static CompiledCatalog compiled(ClassLoader loader, Messages messages) {
        CompiledCatalog cached = COMPILED.get(loader);
        if (cached != null) {
            return cached;
        }
        synchronized (BundledCatalog.class) {
            return COMPILED.computeIfAbsent(loader, l -> compile(l, messages));
        }
    }

    /** Uses the executable model precompiled with the jar when it matches the sources; else builds the DRL. */
    private static CompiledCatalog compile(ClassLoader loader, Messages messages) {
        String root = root(loader);
        String folder = root.endsWith("/") ? root : root + "/";
        Compilation compilation = new CatalogCompiler(messages).compile(new ClasspathCatalogSource(loader, folder),
                fingerprint -> PrecompiledModel.load(loader, folder, fingerprint));
        if (!compilation.succeeded()) {
            throw new CatalogException(messages.get("catalog.invalid", "classpath:" + folder), compilation.problems());
        }
        return compilation.catalog();
    }

    private static String root(ClassLoader loader) {
        List<URL> markers;
        try {
            markers = Collections.list(loader.getResources(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (markers.size() != 1) {
            String key = markers.isEmpty() ? "catalog.bundled.none" : "catalog.bundled.several";
            String message = Messages.DEVELOPER.get(key, MARKER, markers);
            throw new CatalogException(message, List.of(new CatalogProblem(CatalogProblem.Severity.ERROR, MARKER, 0, 0,
                    null, "GRILLE-BUNDLED", message)));
        }
        Properties properties = new Properties();
        try (InputStream in = markers.get(0).openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("root", "").strip();
    }

}
