package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 100 000 applications read, scored and written in bounded memory: the command runs in a separate JVM whose heap
 * is capped at {@value #HEAP_MB} MB, far less than the input (about 100 MB) or the output (several hundred MB).
 */
class LargeBatchTest {

    static final int APPLICATIONS = 100_000;
    static final int HEAP_MB = 96;

    @TempDir
    Path temp;

    @Test
    void a_hundred_thousand_applications_stream_through_a_96_mb_heap() throws Exception {
        Path input = temp.resolve("large.json");
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode template = (ObjectNode) mapper.readTree(Path.of("../rules-catalog/src/test/resources/strong-application.json").toFile());
        try (BufferedWriter out = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
            out.write("[\n");
            for (int i = 0; i < APPLICATIONS; i++) {
                template.put("id", "L-" + i);
                ((ObjectNode) template.get("organization")).put("yearsActive", i % 40);
                ((ObjectNode) template.get("project")).put("expectedParticipants", i % 500);
                if (i == 777) {
                    ((ObjectNode) template.get("organization")).put("legalForm", "OBNL");
                }
                out.write(template.toString());
                out.write(i + 1 < APPLICATIONS ? ",\n" : "\n");
                ((ObjectNode) template.get("organization")).put("legalForm", "NON_PROFIT");
            }
            out.write("]\n");
        }
        Path output = temp.resolve("scores.jsonl");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx" + HEAP_MB + "m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Grille.class.getName(),
                "score", "--stream", input.toString(), "-o", output.toString()))
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("console.txt").toFile())
                .start();

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished within 5 minutes").isTrue();
        String console = Files.readString(temp.resolve("console.txt"));
        assertThat(process.exitValue()).as(console).isEqualTo(Grille.EXIT_SOME_REJECTED);
        long lines;
        try (var stream = Files.lines(output)) {
            lines = stream.count();
        }
        assertThat(lines).isEqualTo(APPLICATIONS);
        try (var stream = Files.lines(output)) {
            assertThat(stream.filter(l -> l.contains("\"rejection\"")).toList()).singleElement().asString()
                    .startsWith("{\"index\":777,").contains("legalForm");
        }
        assertThat(Files.size(input)).isGreaterThan(HEAP_MB * 1024L * 1024);
    }
}
