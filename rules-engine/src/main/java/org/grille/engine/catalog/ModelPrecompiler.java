package org.grille.engine.catalog;

import java.io.IOException;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.grille.api.CatalogException;
import org.grille.engine.messages.Messages;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build tool, run when a catalog jar is built: validates the catalog, generates and compiles its Drools
 * executable model, and writes the model classes and {@link PrecompiledModel#INDEX} into the jar's classes.
 * Needs {@code drools-model-codegen}, which the engine declares optional so embedders never get it.
 *
 * <pre>java org.grille.engine.catalog.ModelPrecompiler CLASSES_DIR CATALOG_ROOT</pre>
 */
public final class ModelPrecompiler {

    private ModelPrecompiler() {
    }

    public static void main(String[] args) throws IOException, DroolsParserException {
        Path classes = Path.of(args[0]);
        String root = args[1].endsWith("/") ? args[1] : args[1] + "/";
        long started = System.nanoTime();
        Compilation compilation = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH))
                .compile(new DirectoryCatalogSource(classes.resolve(root)));
        if (!compilation.succeeded()) {
            throw new CatalogException("The catalog in " + classes.resolve(root) + " does not compile", compilation.problems());
        }
        CompiledCatalog catalog = compilation.catalog();
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId("org.grille.precompiled", catalog.info().id(),
                "0.0.0-" + catalog.info().fingerprint().substring(0, 16));
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (String file : catalog.manifest().ruleFiles()) {
            // the same text the run-time build compiles: printed from Grille's tree, never the author's text
            String text = Files.readString(classes.resolve(root + file), StandardCharsets.UTF_8);
            DrlFile drl = new DrlFile(file, text, text.lines().toList(), new DrlParser().parse(false, text));
            ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA_FRENCH));
            PrintedFile printed = PrintedFile.of(drl, Vocabulary.Kind.SCORING, CatalogCompiler.terms(catalog.manifest()), problems);
            if (printed == null) {
                throw new CatalogException("The catalog in " + classes.resolve(root) + " does not print", problems.sorted());
            }
            files.write("src/main/resources/" + root + file, printed.text().getBytes(StandardCharsets.UTF_8));
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The executable model does not build: " + builder.getResults().getMessages());
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        List<String> models = new ArrayList<>();
        int written = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, module.getBytes(name));
                written++;
            } else if (name.endsWith("/drools-model")) {
                for (String line : new String(module.getBytes(name), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.contains(":")) {
                        models.add(line.strip());
                    }
                }
            }
        }
        try (java.io.OutputStream out = Files.newOutputStream(classes.resolve(root + PrecompiledModel.RULES))) {
            PrecompiledRules.write(catalog.rules(), out);
        }
        try (Writer out = Files.newBufferedWriter(classes.resolve(root + PrecompiledModel.INDEX), StandardCharsets.UTF_8)) {
            out.write("# Written by ModelPrecompiler when the catalog jar was built; do not edit.\n");
            out.write("fingerprint=" + catalog.info().fingerprint() + "\n");
            out.write("models=" + String.join(",", models) + "\n");
        }
        System.out.printf("Precompiled %s %s: %d model classes, %d class files, in %d ms%n", catalog.info().id(),
                catalog.info().version(), models.size(), written, (System.nanoTime() - started) / 1_000_000);
    }
}
