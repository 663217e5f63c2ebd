package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The JSON codec")
class JacksonJsonCodecTest {

    private static final JsonCodec JSON = JsonCodec.standard(Locale.ENGLISH);

    private static String valid(String id) {
        return JSON.writeApplication(Applications.valid(id));
    }

    private static FieldViolation readError(String json) {
        try {
            JSON.readApplication(json);
        } catch (InvalidApplicationException e) {
            assertThat(e.violations()).hasSize(1);
            return e.violations().get(0);
        }
        throw new AssertionError("expected an InvalidApplicationException for " + json);
    }

    private static ApplicationBatch batch(String json) {
        return JSON.readBatch(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void an_application_survives_a_round_trip() {
        Application original = Applications.valid("R-1");

        Application read = JSON.readApplication(JSON.writeApplication(original));

        assertThat(read).isEqualTo(original);
    }

    @Test
    void an_assessment_is_written_with_every_contribution_and_the_catalog() {
        Scorer scorer = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
        Assessment assessment = scorer.assess(Applications.valid("R-2"));

        String json = JSON.writeAssessment(assessment);

        assertThat(json).contains("\"applicationId\" : \"R-2\"", "\"total\" : 40", "\"file\" : \"points.drl\"",
                "\"fingerprint\"", "\"OBJECTIVE_FIT\" : 25");
    }

    @Nested
    @DisplayName("names the JSON path of")
    class Errors {

        @Test
        void an_unknown_field_and_lists_the_known_ones() {
            FieldViolation v = readError(valid("E-1").replace("\"yearsActive\"", "\"yearsActif\""));

            assertThat(v.path()).isEqualTo("$.organization.yearsActif");
            assertThat(v.message()).contains("Unknown field \"yearsActif\"").contains("yearsActive");
            String json = valid("E-1");
            assertThat(v.line()).isEqualTo((int) json.substring(0, json.indexOf("\"yearsActive\"")).lines().count());
        }

        @Test
        void a_wrong_type() {
            FieldViolation v = readError(valid("E-2").replace("\"yearsActive\" : 5", "\"yearsActive\" : \"five\""));

            assertThat(v.path()).isEqualTo("$.organization.yearsActive");
            assertThat(v.message()).contains("whole number");
        }

        @Test
        void a_number_given_as_text_is_not_silently_converted() {
            FieldViolation v = readError(valid("E-3").replace("\"yearsActive\" : 5", "\"yearsActive\" : \"5\""));

            assertThat(v.path()).isEqualTo("$.organization.yearsActive");
        }

        @Test
        void an_unknown_enum_value_and_lists_the_allowed_ones() {
            FieldViolation v = readError(valid("E-4").replace("\"NON_PROFIT\"", "\"NONPROFIT\""));

            assertThat(v.path()).isEqualTo("$.organization.legalForm");
            assertThat(v.message()).contains("NONPROFIT").contains("NON_PROFIT_COOPERATIVE");
        }

        @Test
        void an_element_of_a_list() {
            FieldViolation v = readError(valid("E-5").replace("\"MENTORING\"", "\"COACHING\""));

            assertThat(v.path()).isEqualTo("$.project.activities[0].type");
        }

        @Test
        void an_invalid_date() {
            FieldViolation v = readError(valid("E-6").replace("\"2027-05-01\"", "\"2027-13-01\""));

            assertThat(v.path()).isEqualTo("$.project.start");
        }

        @Test
        void malformed_json_with_line_and_column() {
            FieldViolation v = readError("{\n  \"id\": \"X\",\n  \"language\" \"FRENCH\"\n}");

            assertThat(v.line()).isEqualTo(3);
            assertThat(v.column()).isPositive();
            assertThat(v.message()).startsWith("Malformed JSON");
        }
    }

    @Nested
    @DisplayName("reads a batch entry by entry")
    class Batches {

        @Test
        void a_bad_entry_is_rejected_with_its_index_and_the_others_are_read() {
            String json = "[" + valid("B-1") + "," + valid("B-2").replace("\"MENTORING\"", "\"COACHING\"") + "," + valid("B-3") + "]";

            ApplicationBatch batch = batch(json);

            assertThat(batch.applications()).extracting(Application::id).containsExactly("B-1", "B-3");
            assertThat(batch.rejections()).singleElement().satisfies(r -> {
                assertThat(r.index()).isEqualTo(1);
                assertThat(r.applicationId()).isEqualTo("B-2");
                assertThat(r.violations().get(0).path()).isEqualTo("$[1].project.activities[0].type");
                int expectedLine = (int) json.substring(0, json.indexOf("\"COACHING\"")).lines().count();
                assertThat(r.violations().get(0).line()).isEqualTo(expectedLine);
            });
        }

        @Test
        void a_batch_in_an_applications_object_is_read_too() {
            ApplicationBatch batch = batch("{\"applications\": [" + valid("C-1") + "]}");

            assertThat(batch.applications()).extracting(Application::id).containsExactly("C-1");
        }

        @Test
        void a_single_application_is_a_batch_of_one() {
            assertThat(batch(valid("S-1")).applications()).hasSize(1);
        }

        @Test
        void a_duplicate_id_is_rejected_and_names_the_first_one() {
            ApplicationBatch batch = batch("[" + valid("D-1") + "," + valid("D-1") + "]");

            assertThat(batch.applications()).hasSize(1);
            assertThat(batch.rejections()).singleElement().satisfies(r -> {
                assertThat(r.index()).isEqualTo(1);
                assertThat(r.message()).contains("D-1").contains("0");
            });
        }

        @Test
        void an_empty_batch_is_refused() {
            assertThatThrownBy(() -> batch("[ ]")).isInstanceOfSatisfying(InvalidApplicationException.class,
                    e -> assertThat(e.violations().get(0).message()).contains("no application"));
        }

        @Test
        void something_that_is_not_a_batch_is_refused() {
            assertThatThrownBy(() -> batch("42")).isInstanceOfSatisfying(InvalidApplicationException.class,
                    e -> assertThat(e.violations().get(0).message()).contains("not a batch"));
        }

        @Test
        void bytes_that_are_not_utf8_reject_their_entry_with_their_offset_line_and_column() {
            byte[] bytes = "[{\"id\": \"caf\u00e9\"}]".getBytes(StandardCharsets.ISO_8859_1);

            ApplicationBatch batch = JSON.readBatch(new ByteArrayInputStream(bytes));

            assertThat(batch.applications()).isEmpty();
            FieldViolation where = batch.rejections().get(0).violations().get(0);
            assertThat(where.message()).contains("UTF-8").contains("offset 12");
            assertThat(where.path()).isEqualTo("$[0]");
            assertThat(where.line()).isEqualTo(1);
            assertThat(where.column()).isEqualTo(13);
        }

        @Test
        void bytes_that_are_not_utf8_outside_any_entry_refuse_the_file() {
            byte[] bytes = "[{}] \u00e9".getBytes(StandardCharsets.ISO_8859_1);

            assertThatThrownBy(() -> JSON.readBatch(new ByteArrayInputStream(bytes)))
                    .isInstanceOfSatisfying(InvalidApplicationException.class,
                            e -> assertThat(e.violations().get(0).message()).contains("UTF-8"));
        }

        @Test
        void a_batch_result_is_written_with_assessments_and_rejections() {
            Scorer scorer = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
            String json = "[" + valid("W-1") + ", 7]";
            BatchResult result = scorer.assessAll(batch(json));
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            JSON.writeBatchResult(result, out);

            assertThat(result.assessments()).hasSize(1);
            assertThat(result.rejections()).singleElement().satisfies(r -> assertThat(r.index()).isEqualTo(1));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"assessments\"", "\"rejections\"", "W-1");
        }
    }

    @Test
    void messages_are_french_by_default() {
        try {
            JsonCodec.standard().readApplication(valid("F-1").replace("\"yearsActive\"", "\"ans\""));
        } catch (InvalidApplicationException e) {
            assertThat(e.violations().get(0).message()).startsWith("Champ inconnu « ans »");
            return;
        }
        throw new AssertionError("expected an error");
    }

    @Test
    void batch_rejections_and_assessments_keep_input_positions() {
        Scorer scorer = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
        String invalidButReadable = valid("P-2").replace("\"end\" : \"2029-04-30\"", "\"end\" : \"2026-01-01\"");
        BatchResult result = scorer.assessAll(batch("[" + "\"oops\"," + invalidButReadable + "," + valid("P-3") + "]"));

        assertThat(result.rejections()).extracting(r -> r.index()).containsExactly(0, 1);
        assertThat(result.rejections().get(1).violations()).extracting(FieldViolation::path).contains("$.project.end");
        assertThat(result.assessments()).extracting(Assessment::applicationId).isEqualTo(List.of("P-3"));
    }
}
