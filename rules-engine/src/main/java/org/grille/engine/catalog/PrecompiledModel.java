package org.grille.engine.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executable model of a bundled catalog, generated and compiled when the catalog's jar was built
 * ({@link ModelPrecompiler}). Building a KieBase from it takes a fraction of a run-time DRL build. It is used only
 * when it was made from exactly the sources at hand: {@value #INDEX} records their fingerprint.
 */
public final class PrecompiledModel {

    /** Written next to the manifest: the sources' fingerprint and the generated model classes. */
    public static final String INDEX = "precompiled-model.properties";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledModel.class);

    private PrecompiledModel() {
    }

    /** The rules' metadata, written beside the index. */
    public static final String RULES = "precompiled-rules.json";

    /** The precompiled rules, if they were made from sources with this fingerprint. */
    public static Optional<CatalogCompiler.Prebuilt> load(ClassLoader loader, String root, String fingerprint) {
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(root + INDEX)) {
            if (in == null) {
                return Optional.empty();
            }
            index.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!fingerprint.equals(index.getProperty("fingerprint"))) {
            LOG.warn("The precompiled model in {} was made from other sources; building the rules at run time", root);
            return Optional.empty();
        }
        List<RuleInfo> rules;
        try (InputStream in = loader.getResourceAsStream(root + RULES)) {
            if (in == null) {
                return Optional.empty();
            }
            rules = PrecompiledRules.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Model> models = new ArrayList<>();
        try {
            for (String name : index.getProperty("models", "").split(",")) {
                if (!name.isBlank()) {
                    models.add((Model) loader.loadClass(name.strip()).getDeclaredConstructor().newInstance());
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("The precompiled model in {} cannot be loaded; building the rules at run time", root, e);
            return Optional.empty();
        }
        return models.isEmpty() ? Optional.empty()
                : Optional.of(new CatalogCompiler.Prebuilt(KieBaseBuilder.createKieBaseFromModel(models), rules));
    }
}
