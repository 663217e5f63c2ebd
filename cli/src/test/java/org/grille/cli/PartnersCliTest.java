package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.cli.GrilleCliTest.grille;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.grille.cli.GrilleCliTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@DisplayName("grille partners")
class PartnersCliTest {

    private static final String SAMPLES = Path.of("../examples/data/applications.json").toString();

    @Test
    void lists_suggestions_with_reason_rule_file_and_line_and_the_overlaps_for_the_committee() {
        Run run = grille("partners", SAMPLES);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Partenariats possibles", "montreal-inclusive", "force ", "partnerships.drl:",
                "Chevauchements possibles à examiner par le comité", "ne changent aucune note");
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void speaks_english_and_writes_json_with_every_application() {
        Run run = grille("partners", SAMPLES, "--format", "json", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        JsonNode report = JsonMapper.builder().build().readTree(run.out());
        assertThat(report.get("applications").size()).isEqualTo(47);
        JsonNode first = null;
        for (JsonNode application : report.get("applications")) {
            if (!application.get("suggestions").isEmpty()) {
                first = application.get("suggestions").get(0);
                break;
            }
        }
        assertThat(first).as("some application has a suggestion").isNotNull();
        assertThat(first.get("reason").asString()).matches(".*(project|Same|Both).*");
        assertThat(first.get("file").asString()).isEqualTo("partnerships.drl");
    }

    @Test
    void writes_the_output_file_atomically_and_never_over_its_input(@TempDir Path temp) throws Exception {
        Path output = temp.resolve("partners.json");
        Run run = grille("partners", SAMPLES, "--format", "json", "-o", output.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(output, StandardCharsets.UTF_8)).contains("\"applications\"");

        Path input = temp.resolve("in.json");
        Files.copy(Path.of(SAMPLES), input);
        Run refused = grille("partners", input.toString(), "-o", input.toString());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(Files.readString(input, StandardCharsets.UTF_8)).isEqualTo(Files.readString(Path.of(SAMPLES), StandardCharsets.UTF_8));
    }

    @Test
    void a_second_application_with_the_same_id_is_rejected_and_the_first_is_matched(@TempDir Path temp) throws Exception {
        String one = JsonMapper.builder().build().readTree(Files.readString(Path.of(SAMPLES), StandardCharsets.UTF_8)).get(0).toString();
        Path input = temp.resolve("twice.json");
        Files.writeString(input, "[" + one + "," + one + "]", StandardCharsets.UTF_8);
        Run run = grille("partners", input.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).contains("MI-2027-001");
        assertThat(run.out() + run.err()).doesNotContain("Exception");
    }

    @Test
    void a_missing_file_is_a_usage_error_and_a_bad_top_too() {
        assertThat(grille("partners", "nowhere.json").exitCode()).isEqualTo(2);
        Run top = grille("partners", SAMPLES, "--top", "0");
        assertThat(top.exitCode()).isEqualTo(2);
        assertThat(top.err()).contains("--top").doesNotContain("Exception");
    }
}
