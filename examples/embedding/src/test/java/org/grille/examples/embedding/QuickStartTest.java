package org.grille.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    private static final Path SAMPLES = Path.of("../data/applications.json");

    @Test
    void the_quick_start_scores_every_sample_application() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        QuickStart.run(SAMPLES, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(40);
        assertThat(lines).allSatisfy(line -> assertThat(line).matches("MI-\\d{4}-\\d{3} +\\d{1,3}/100  .+"));
        assertThat(lines).anyMatch(l -> l.endsWith("finançable"))
                .anyMatch(l -> l.contains("inadmissible"))
                .anyMatch(l -> l.endsWith("sous le seuil"));
    }

    @Test
    void the_readme_shows_exactly_the_code_this_example_runs() throws Exception {
        String source = Files.readString(Path.of("src/main/java/org/grille/examples/embedding/QuickStart.java"));
        String snippet = source.substring(source.indexOf("// quick-start:begin") + "// quick-start:begin".length(),
                source.indexOf("        // quick-start:end"));
        String readme = Files.readString(Path.of("../../README.md"));

        String unindented = snippet.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line.strip())
                .collect(java.util.stream.Collectors.joining("\n")).strip();
        assertThat(unindented).startsWith("Scorer scorer").endsWith("}");
        assertThat(readme).contains(unindented);
    }
}
