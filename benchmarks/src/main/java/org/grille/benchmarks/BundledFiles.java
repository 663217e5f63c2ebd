package org.grille.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.rules.CallTerms;

/**
 * The bundled catalog's files as the class path holds them (from the rules-catalog jar), for benchmarks that
 * compile the catalog from a directory or hand its DRL to Drools directly.
 */
final class BundledFiles {

    /** The resource folder named by META-INF/grille/catalog.properties in rules-catalog. */
    static final String ROOT = "org/grille/catalog/montrealinclusive/";

    /** manifest.json's "ruleFiles", in catalog order. */
    static final List<String> RULE_FILES = List.of(
            "eligibility.drl",
            "objectives/reduce-discrimination.drl",
            "objectives/newcomer-rights.drl",
            "objectives/immigrant-women-autonomy.drl",
            "objectives/hiring-barriers.drl",
            "objectives/employer-awareness.drl",
            "quality.drl");

    /** Every file of the catalog: the manifest, the rule files and the reasons in both languages. */
    static final List<String> ALL_FILES = concat(List.of("manifest.json", "reasons.properties", "reasons_en.properties"),
            RULE_FILES);

    /**
     * The call's terms as CompiledCatalog derives them from manifest.json's "call" (oldest annual meeting: the
     * deadline less 15 months), for the naive peer, which inserts them itself. Built by component name so that a
     * component added to the record (the deadline, on main) does not break the benchmarks.
     */
    static final CallTerms CALL_TERMS = callTerms(Map.of(
            "deadline", PlainJavaRubric.DEADLINE,
            "projectCap", PlainJavaRubric.PROJECT_CAP,
            "minimumYearsActive", PlainJavaRubric.MINIMUM_YEARS_ACTIVE,
            "earliestStart", PlainJavaRubric.EARLIEST_START,
            "maxDurationMonths", 36,
            "oldestAnnualMeeting", PlainJavaRubric.OLDEST_ANNUAL_MEETING));

    private BundledFiles() {
    }

    /**
     * A rule file's text as Drools compiles it without Grille: the catalog's objectives are manifest data, not Java
     * constants, so {@code Objective.HIRING_BARRIERS} becomes {@code Objective.of("HIRING_BARRIERS")}, as Grille's
     * printer writes it, and a pattern names the fact's class ({@code ProjectFact(…)} for {@code Project(…)}), as the
     * printer does too. Nothing else differs from what policy staff wrote.
     */
    static String forDrools(byte[] drl) {
        return new String(drl, java.nio.charset.StandardCharsets.UTF_8)
                .replaceAll("\\bObjective\\.([A-Z][A-Z0-9_]*)\\b", "Objective.of(\"$1\")")
                .replaceAll("\\b(Organization|Project|Budget|Partner|Activity|Outcome)\\(", "$1Fact(");
    }

    /** Each file's bytes by path relative to the catalog root, in {@link #ALL_FILES} order. */
    static Map<String, byte[]> read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        ClassLoader loader = BundledFiles.class.getClassLoader();
        for (String path : ALL_FILES) {
            try (InputStream in = loader.getResourceAsStream(ROOT + path)) {
                if (in == null) {
                    throw new IllegalStateException("Not on the class path: " + ROOT + path + " (is rules-catalog there?)");
                }
                files.put(path, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** A copy of the bundled catalog in a new temporary directory, as policy staff would have it. */
    static Path copyToTemporaryDirectory() {
        try {
            Path dir = Files.createTempDirectory("grille-catalog-");
            for (Map.Entry<String, byte[]> file : read().entrySet()) {
                Path target = dir.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a directory made by {@link #copyToTemporaryDirectory()}. */
    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CallTerms callTerms(Map<String, Object> values) {
        RecordComponent[] components = CallTerms.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            arguments[i] = values.get(components[i].getName());
            if (arguments[i] == null) {
                throw new IllegalStateException("No value for CallTerms." + components[i].getName());
            }
        }
        try {
            return CallTerms.class.getDeclaredConstructor(types).newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
