package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.grille.api.CatalogProblem;
import org.grille.api.CatalogProblem.Severity;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing of the catalog compiler's entry point, {@link CatalogCompiler#compile(CatalogSource)}
 * (docs/testing.md, "Fuzzing"). The fuzzed bytes replace one file of a copy of the {@code mini} test catalog: a rule
 * file the manifest lists, or the manifest itself. In the normal test run Jazzer replays the saved inputs under
 * {@code src/test/resources/org/grille/engine/catalog/CatalogCompilerFuzzTestInputs/<method>}; with
 * {@code JAZZER_FUZZ=1} it mutates them for {@link FuzzTest#maxDuration()}.
 *
 * <p>Whatever the bytes, {@code compile} returns a {@link Compilation} (it documents that it never throws for a
 * problem in the catalog's files), within {@link #BOUND}. A failed compilation lists at least one error; every
 * problem names its file and, unless its code is one that concerns a whole file ({@link #WHOLE_FILE}; line 0 as
 * {@link CatalogProblem} documents), a line inside that file.
 */
class CatalogCompilerFuzzTest {

    /** Far above a Drools build of the mini catalog on a loaded 2-core machine: reaching it means a hang. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    /** The rule file the manifest lists that {@link #a_rule_file} replaces. */
    private static final String RULE_FILE = "points.drl";

    /**
     * Codes the compiler reports at line 0 on purpose, for the whole file: it cannot be read, is missing or refused,
     * or breaks a check on the manifest's values or on the catalog as a whole. Any other code needs a line.
     */
    private static final Set<String> WHOLE_FILE = Set.of(
            "FILE-NOT-UTF8", "FILE-OUTSIDE-CATALOG", "FILE-NOT-REGULAR", "FILE-TOO-LARGE", "FILE-DRL-UNLISTED",
            "MANIFEST-MISSING", "MANIFEST-RULE-FILE-MISSING", "MANIFEST-REASONS-MISSING", "MANIFEST-BOROUGHS-MISSING",
            "MANIFEST-FIELD-MISSING", "MANIFEST-CRITERIA-MISSING", "MANIFEST-CRITERIA-SUM", "MANIFEST-CRITERION-NEGATIVE",
            "MANIFEST-OBJECTIVE-FIT", "MANIFEST-THRESHOLD", "MANIFEST-ENVELOPE-RANGE", "MANIFEST-ENVELOPE-SUM",
            "MANIFEST-PROJECT-CAP", "MANIFEST-PROTECTED-UNKNOWN", "MANIFEST-PROTECTED-MISSING", "MANIFEST-ALLOCATION",
            "MANIFEST-PROXY", "MANIFEST-RULE-FILE-TWICE", "MANIFEST-PARTNERSHIP-FILE-TWICE", "MANIFEST-REVIEWS",
            "REASONS-UNREADABLE", "BOROUGHS-UNREADABLE", "BOROUGHS-UNKNOWN", "BOROUGHS-SELF",
            "CATALOG-TOO-MANY-RULES", "CATALOG-JOIN-TOO-COSTLY",
            // the Drools builder threw instead of reporting: it names no place
            "DRL-COMPILE");

    private static final CatalogCompiler COMPILER = new CatalogCompiler(new Messages(Locale.CANADA));

    @TempDir
    static Path temp;
    private static Path catalog;
    private static Map<String, byte[]> mini;

    @BeforeAll
    static void copyTheMiniCatalog() throws Exception {
        Path source = Path.of(CatalogCompilerFuzzTest.class.getResource("/catalogs/mini/manifest.json").toURI()).getParent();
        catalog = Files.createDirectory(temp.resolve("mini"));
        mini = new HashMap<>();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                mini.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
    }

    @FuzzTest(maxDuration = "5m")
    void a_rule_file(byte[] input) throws IOException {
        compileWith(RULE_FILE, input);
    }

    @FuzzTest(maxDuration = "5m")
    void the_manifest(byte[] input) throws IOException {
        compileWith(ManifestReader.FILE, input);
    }

    /** Compiles the mini catalog with {@code file} holding {@code input}, and checks the outcome. */
    private static void compileWith(String file, byte[] input) throws IOException {
        for (Map.Entry<String, byte[]> original : mini.entrySet()) {
            Files.write(catalog.resolve(original.getKey()), file.equals(original.getKey()) ? input : original.getValue());
        }
        Compilation compilation = assertTimeoutPreemptively(BOUND, () -> COMPILER.compile(new DirectoryCatalogSource(catalog)));

        assertThat(compilation).isNotNull();
        List<CatalogProblem> problems = compilation.problems();
        if (!compilation.succeeded()) {
            assertThat(problems).as("a refused catalog says why").anyMatch(p -> p.severity() == Severity.ERROR);
        } else {
            assertThat(problems).as("a compiled catalog has no error").noneMatch(p -> p.severity() == Severity.ERROR);
        }
        for (CatalogProblem problem : problems) {
            assertPlaced(problem);
        }
    }

    private static void assertPlaced(CatalogProblem problem) throws IOException {
        assertThat(problem.code()).as("code of %s", problem).startsWith("GRILLE-");
        assertThat(problem.message()).as("message of %s", problem).isNotBlank();
        assertThat(problem.file()).as("file of %s", problem).isNotBlank();
        assertThat(problem.column()).as("column of %s", problem).isNotNegative();
        if (WHOLE_FILE.contains(problem.code().substring("GRILLE-".length())) && problem.line() == 0) {
            return;
        }
        Path file = catalog.resolve(problem.file());
        assertThat(Files.isRegularFile(file)).as("file of %s exists", problem).isTrue();
        assertThat(problem.line()).as("line of %s", problem).isBetween(1, lines(Files.readAllBytes(file)));
    }

    /** Lines as a parser may count them: \n, \r and \r\n each end one. */
    private static int lines(byte[] bytes) {
        int count = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                count++;
            }
        }
        return count;
    }
}
