package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grille.cli.GrilleCliTest.grille;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.Assessment;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line writes its documents with its own Jackson ({@link JsonOutput}), and the assessments inside them
 * through the api's {@code JsonCodec}: an assessment reads the same from both, field for field, so an embedder and a
 * staff member who scripts {@code grille score --format json} parse one format.
 */
@DisplayName("An assessment written by the command line")
class OneAssessmentFormatTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, JsonNode> BY_THE_API = new HashMap<>();

    @BeforeAll
    static void assessWithTheApi() throws IOException {
        Scorer scorer = Scorer.builder().build();
        List<Application> applications;
        try (InputStream in = Files.newInputStream(SampleCall.SAMPLES)) {
            applications = scorer.json().readBatch(in).applications();
        }
        for (Application application : applications) {
            Assessment assessment = scorer.assess(application);
            JsonNode indented = JSON.readTree(scorer.json().writeAssessment(assessment));
            String line = scorer.json().writeAssessmentLine(assessment);
            assertThat(line).doesNotContain("\n");
            assertThat(JSON.readTree(line)).isEqualTo(indented);
            BY_THE_API.put(application.id(), indented);
        }
        assertThat(BY_THE_API).hasSize(47);
    }

    @Test
    void in_score_format_json_is_what_the_api_writes() {
        JsonNode document = JSON.readTree(grille("score", SampleCall.SAMPLES.toString(), "--format", "json").out());

        int compared = 0;
        for (JsonNode row : document.get("ranking")) {
            JsonNode assessment = row.get("assessment");
            assertThat(assessment).as(assessment.get("applicationId").asString())
                    .isEqualTo(BY_THE_API.get(assessment.get("applicationId").asString()));
            compared++;
        }
        assertThat(compared).isEqualTo(47);
    }

    @Test
    void in_score_stream_is_what_the_api_writes() {
        List<String> lines = grille("score", SampleCall.SAMPLES.toString(), "--stream").out().lines().toList();

        assertThat(lines).hasSize(47);
        for (String line : lines) {
            JsonNode assessment = JSON.readTree(line).get("assessment");
            assertThat(assessment).isEqualTo(BY_THE_API.get(assessment.get("applicationId").asString()));
        }
    }
}
