package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every command that reads applications names each rejected one with the JSON path, line and column of its problem,
 * in every format it prints: a secretary can find the entry to fix from any of them.
 */
@DisplayName("A rejected application")
class RejectionsEverywhereTest {

    @TempDir
    static Path temp;
    private static Path batch;

    /** The sample batch with a NaN in its second application: the parser cannot step over it, the entry is rejected. */
    @BeforeAll
    static void batchWithOneBadEntry() throws IOException {
        String samples = Files.readString(SampleCall.SAMPLES, StandardCharsets.UTF_8);
        int second = samples.indexOf("\"expectedParticipants\"", samples.indexOf("\"expectedParticipants\"") + 1);
        int value = samples.indexOf(':', second) + 1;
        int end = samples.indexOf(',', value);
        batch = Files.writeString(temp.resolve("one-bad.json"), samples.substring(0, value) + " NaN" + samples.substring(end),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a folder, ., dossier", "a device, /dev/null, périphérique", "a missing file, nowhere.json, introuvable"})
    void an_input_that_is_not_a_file_of_applications_is_named_for_what_it_is(String kind, String input, String words) {
        for (String command : new String[] {"score", "allocate", "audit", "partners"}) {
            GrilleCliTest.Run run = GrilleCliTest.grille(command, input);

            assertThat(run.exitCode()).as(command + " " + kind).isEqualTo(2);
            assertThat(run.err()).as(command + " " + kind).contains(words).doesNotContain("Exception");
        }
    }

    @org.junit.jupiter.api.Test
    void a_stream_that_cannot_be_read_further_keeps_what_it_scored_and_says_where_it_stopped() throws IOException {
        Path output = temp.resolve("stream.jsonl");

        GrilleCliTest.Run run = GrilleCliTest.grille("score", "--stream", batch.toString(), "-o", output.toString(),
                "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        java.util.List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("{\"index\":0,\"assessment\":");
        assertThat(lines.get(lines.size() - 1)).startsWith("{\"index\":1,\"stopped\":").contains("\"line\"");
        assertThat(run.err()).containsPattern("Reading stopped at line \\d+").contains("The 1 applications before it");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"score, table", "score, csv", "allocate, table", "audit, table", "partners, table"})
    void is_named_with_its_path_line_and_column(String command, String format) {
        GrilleCliTest.Run run = GrilleCliTest.grille(command, batch.toString(), "--format", format);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).containsPattern("\\$\\[1\\][.\\w\\[\\]]* \\(\\d+:\\d+\\)");
    }

    @ParameterizedTest(name = "{0} --format json")
    @CsvSource({"score", "allocate", "audit"})
    void is_in_the_json_with_its_path_line_and_column(String command) throws IOException {
        GrilleCliTest.Run run = GrilleCliTest.grille(command, batch.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        tools.jackson.databind.JsonNode rejection = new tools.jackson.databind.ObjectMapper().readTree(run.out())
                .path("rejections").path(0);
        tools.jackson.databind.JsonNode violation = rejection.path("violations").path(0);
        assertThat(rejection.path("index").asInt(-1)).as(run.out()).isEqualTo(1);
        assertThat(violation.path("path").asString()).startsWith("$[1]");
        assertThat(violation.path("line").asInt()).isPositive();
        assertThat(violation.path("column").asInt()).isPositive();
    }
}
