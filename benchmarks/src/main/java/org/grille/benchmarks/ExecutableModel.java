package org.grille.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.KieModule;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * The bundled catalog as a Drools executable model, to measure what precompiling it would give the engine
 * (recommendation 1 of BENCHMARKS.md). rules-engine does not do this; these are measurements only.
 *
 * <ul>
 *   <li>{@link #compileAtRunTime()}: generate and compile the model in this JVM (what a build step would do);</li>
 *   <li>{@link #main}: write that model as a kjar, the artifact a build would ship:
 *       {@code java -cp benchmarks/target/benchmarks.jar org.grille.benchmarks.ExecutableModel benchmarks/target/catalog-kjar.jar};</li>
 *   <li>{@link #loadKjar(Path)}: load a precompiled kjar the standard way (KieRepository, KieContainer);</li>
 *   <li>{@link #loadFromClassPath(ClassLoader)}: build the KieBase straight from the generated model classes on
 *       the class path ({@code META-INF/kie/.../drools-model} names them), no KieContainer, no kmodule.xml.</li>
 * </ul>
 */
public final class ExecutableModel {

    static final String GROUP = "org.grille.benchmarks";
    static final String ARTIFACT = "montreal-inclusive-kjar";
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private ExecutableModel() {
    }

    /** Writes the precompiled kjar of the bundled catalog to the given file. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "benchmarks/target/catalog-kjar.jar");
        long started = System.nanoTime();
        InternalKieModule module = build("1.0.0", UnaryOperator.identity());
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, module.getBytes());
        System.out.printf("executable model of the bundled catalog written to %s (%d bytes) in %d ms%n", out,
                Files.size(out), (System.nanoTime() - started) / 1_000_000);
    }

    /** Generates and compiles the executable model in this JVM; returns its KieBase. */
    public static KieBase compileAtRunTime() {
        return compileAtRunTime(UnaryOperator.identity());
    }

    /** {@link #compileAtRunTime()}, with each rule file's text passed through {@code edit} first. */
    public static KieBase compileAtRunTime(UnaryOperator<String> edit) {
        KieServices services = KieServices.get();
        InternalKieModule module = build("1.0." + BUILDS.incrementAndGet(), edit);
        KieBase kieBase = services.newKieContainer(module.getReleaseId()).getKieBase();
        services.getRepository().removeKieModule(module.getReleaseId());
        return kieBase;
    }

    /** Loads a precompiled kjar through KieRepository and a KieContainer: nothing is compiled. */
    public static KieBase loadKjar(Path kjar) {
        KieServices services = KieServices.get();
        KieModule module = services.getRepository().addKieModule(services.getResources().newFileSystemResource(kjar.toFile()));
        return services.newKieContainer(module.getReleaseId()).getKieBase();
    }

    /** Builds the KieBase from the precompiled model classes found on the class path (the kjar on the class path). */
    public static KieBase loadFromClassPath(ClassLoader loader) {
        String index = "META-INF/kie/" + GROUP + "/" + ARTIFACT + "/drools-model";
        List<Model> models = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(index)) {
            if (in == null) {
                throw new IllegalStateException("No precompiled catalog on the class path: " + index);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                line = line.strip();
                if (!line.isEmpty() && !line.contains(":")) {
                    models.add((Model) loader.loadClass(line).getDeclaredConstructor().newInstance());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return KieBaseBuilder.createKieBaseFromModel(models);
    }

    private static InternalKieModule build(String version, UnaryOperator<String> edit) {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId(GROUP, ARTIFACT, version);
        KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(releaseId);
        for (Map.Entry<String, byte[]> file : BundledFiles.read().entrySet()) {
            if (file.getKey().endsWith(".drl")) {
                String drl = edit.apply(BundledFiles.forDrools(file.getValue()));
                files.write("src/main/resources/" + BundledFiles.ROOT + file.getKey(), drl.getBytes(StandardCharsets.UTF_8));
            }
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The executable model does not build: " + builder.getResults().getMessages());
        }
        return (InternalKieModule) builder.getKieModule();
    }
}
