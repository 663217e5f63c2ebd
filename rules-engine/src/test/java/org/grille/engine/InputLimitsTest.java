package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchHandler;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the JSON reader refuses beyond Jackson's own checks, and that a refused entry never takes the rest of the
 * batch with it, with readBatch as with readEach.
 */
@DisplayName("Input limits")
class InputLimitsTest {

    private static final JsonCodec FRENCH = JsonCodec.standard();
    private static final JsonCodec ENGLISH = JsonCodec.standard(Locale.ENGLISH);

    private static String valid(String id) {
        return FRENCH.writeApplication(Applications.valid(id));
    }

    /** The bad entry between two good ones, on lines of their own. */
    private static String around(String bad) {
        return "[" + valid("GOOD-1") + ",\n" + bad + ",\n" + valid("GOOD-2") + "]";
    }

    /** Reads the batch both ways and checks both give the same applications and the same rejections. */
    private static ApplicationBatch readBothWays(JsonCodec codec, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ApplicationBatch whole = codec.readBatch(new ByteArrayInputStream(bytes));
        List<Application> streamed = new ArrayList<>();
        List<Rejection> streamedRejections = new ArrayList<>();
        codec.readEach(new ByteArrayInputStream(bytes), new BatchHandler() {
            @Override
            public void application(int index, Application application) {
                streamed.add(application);
            }

            @Override
            public void rejection(Rejection rejection) {
                streamedRejections.add(rejection);
            }
        });
        assertThat(streamed).isEqualTo(whole.applications());
        assertThat(streamedRejections).extracting(Rejection::index)
                .isEqualTo(whole.rejections().stream().map(Rejection::index).toList());
        assertThat(streamedRejections).extracting(r -> r.violations().get(0).path())
                .isEqualTo(whole.rejections().stream().map(r -> r.violations().get(0).path()).toList());
        return whole;
    }

    private static FieldViolation onlyViolation(JsonCodec codec, String bad) {
        ApplicationBatch batch = readBothWays(codec, around(bad));
        assertThat(batch.applications()).extracting(Application::id).containsExactly("GOOD-1", "GOOD-2");
        assertThat(batch.rejections()).singleElement().satisfies(r -> assertThat(r.index()).isEqualTo(1));
        return batch.rejections().get(0).violations().get(0);
    }

    /** The line of the batch built by {@link #around} on which {@code marker}, found only in the bad entry, stands. */
    private static int lineOf(String bad, String marker) {
        String before = around(bad).substring(0, around(bad).indexOf(marker));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }

    @Nested
    class Duplicate_keys {

        @Test
        void are_rejected_with_their_path_line_and_column_and_neither_value_is_used() {
            String bad = valid("BAD").replace("\"totalCost\" : 120000", "\"totalCost\" : 120000, \"totalCost\" : 1");

            FieldViolation fr = onlyViolation(FRENCH, bad);
            FieldViolation en = onlyViolation(ENGLISH, bad);

            assertThat(fr.path()).isEqualTo("$[1].budget.totalCost");
            assertThat(fr.message()).contains("« totalCost » apparaît deux fois");
            assertThat(en.message()).contains("\"totalCost\" appears twice");
            assertThat(fr.line()).isEqualTo(lineOf(bad, "120000, \"totalCost\""));
            assertThat(fr.column()).isPositive();
        }

        @Test
        void in_a_single_application_too() {
            String bad = valid("BAD").replace("\"id\" : \"BAD\"", "\"id\" : \"BAD\", \"id\" : \"OTHER\"");
            assertThatThrownBy(() -> FRENCH.readApplication(bad)).isInstanceOfSatisfying(InvalidApplicationException.class,
                    e -> assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("$.id");
                        assertThat(v.line()).isEqualTo(2);
                    }));
        }

        @Test
        void the_same_name_in_two_different_objects_is_fine() {
            assertThat(FRENCH.readApplication(valid("OK")).id()).isEqualTo("OK");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e400", "-1e400", "1.7976931348623159e308"})
    void a_number_too_large_to_be_finite_is_rejected(String number) {
        String bad = valid("BAD").replace("\"totalCost\" : 120000", "\"totalCost\" : " + number);

        FieldViolation violation = onlyViolation(ENGLISH, bad);

        assertThat(violation.path()).isEqualTo("$[1].budget.totalCost");
        assertThat(violation.message()).contains(number).contains("too large");
    }

    @Nested
    class String_length {

        private final JsonCodec codec = JsonCodec.builder().locale(Locale.ENGLISH).maxStringLength(100).build();

        @Test
        void a_longer_string_rejects_its_entry_with_the_field_path() {
            String bad = valid("BAD").replace("\"id\" : \"BAD\"", "\"id\" : \"" + "x".repeat(101) + "\"");

            FieldViolation violation = onlyViolation(codec, bad);

            assertThat(violation.path()).isEqualTo("$[1].id");
            assertThat(violation.message()).contains("101 characters, at most 100");
        }

        @Test
        void a_string_at_the_limit_is_read() {
            String id = "x".repeat(100);
            assertThat(codec.readApplication(valid("BAD").replace("\"id\" : \"BAD\"", "\"id\" : \"" + id + "\"")).id()).isEqualTo(id);
        }

        @Test
        void a_ten_megabyte_id_is_rejected_by_default() {
            String bad = valid("BAD").replace("\"id\" : \"BAD\"", "\"id\" : \"" + "x".repeat(10_000_000) + "\"");
            assertThat(onlyViolation(FRENCH, bad).message()).contains("Texte trop long");
        }

        @Test
        void a_long_field_name_counts_too() {
            String bad = valid("BAD").replace("\"id\" :", "\"" + "k".repeat(101) + "\" : 1, \"id\" :");
            assertThat(onlyViolation(codec, bad).message()).contains("101 characters");
        }
    }

    @Nested
    class Nesting {

        private static String nested(int depth) {
            return "[".repeat(depth) + "]".repeat(depth);
        }

        @Test
        void an_entry_nested_too_deep_is_rejected_alone_even_past_500_levels() {
            String bad = valid("BAD").replace("\"partners\" : [", "\"partners\" : [ " + nested(600) + ",");

            FieldViolation violation = onlyViolation(ENGLISH, bad);

            assertThat(violation.path()).startsWith("$[1].partners[0]");
            assertThat(violation.message()).contains("at most 32 levels");
        }

        @Test
        void the_limit_is_a_setting() {
            // application > project > activities > activity: 4 levels, as deep as the good entries go.
            JsonCodec four = JsonCodec.builder().maxNestingDepth(4).build();
            String bad = valid("BAD").replace("\"partners\" : [", "\"partners\" : [ [ [ [ ] ] ],");

            assertThat(onlyViolation(four, bad).path()).isEqualTo("$[1].partners[0][0][0]");
        }
    }

    @Test
    void an_entry_larger_than_its_limit_is_rejected_alone() {
        JsonCodec codec = JsonCodec.builder().locale(Locale.ENGLISH).maxEntryBytes(valid("GOOD-1").length() + 200).build();
        String bad = valid("BAD").replace("\"summary\" : \"", "\"summary\" : \"" + "y".repeat(400));

        assertThat(onlyViolation(codec, bad).message()).contains("Application too large");
    }

    @Test
    void a_document_above_its_limit_is_refused_before_it_is_read() {
        String batch = around(valid("X"));
        JsonCodec codec = JsonCodec.builder().maxDocumentBytes(batch.length() - 1).build();

        assertThatThrownBy(() -> codec.readBatch(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.getMessage()).contains("Le fichier dépasse").contains("octets").contains("readEach"));
        assertThatThrownBy(() -> codec.readApplication(batch)).isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> codec.readBatch(batch)).isInstanceOf(InvalidApplicationException.class);
        assertThatThrownBy(() -> codec.readApplication(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.getMessage()).contains("Le fichier dépasse"));
    }

    @Test
    void text_and_bytes_read_alike() {
        String one = valid("X");
        String batch = around(valid("A") + ", " + valid("B"));

        assertThat(FRENCH.readApplication(new ByteArrayInputStream(one.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(FRENCH.readApplication(one));
        ApplicationBatch fromText = FRENCH.readBatch(batch);
        ApplicationBatch fromBytes = FRENCH.readBatch(new ByteArrayInputStream(batch.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromText.applications()).hasSize(4).isEqualTo(fromBytes.applications());
        assertThat(fromText.rejections()).isEqualTo(fromBytes.rejections());
        assertThatThrownBy(() -> FRENCH.readApplication(new ByteArrayInputStream(new byte[] {'{', (byte) 0xC3, '}'})))
                .isInstanceOf(InvalidApplicationException.class);
    }

    @Test
    void limits_are_checked_when_set_and_name_the_setting() {
        assertThatThrownBy(() -> JsonCodec.builder().maxNestingDepth(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxNestingDepth");
        assertThatThrownBy(() -> JsonCodec.builder().maxStringLength(JsonLimits.PARSER_MAX_STRING_LENGTH + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxStringLength");
        assertThatThrownBy(() -> JsonCodec.builder().maxDocumentBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxDocumentBytes");
        assertThatThrownBy(() -> JsonCodec.builder().maxEntryBytes(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxEntryBytes");
    }

    @Test
    void null_arguments_name_the_argument() {
        assertThatThrownBy(() -> FRENCH.readApplication((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> FRENCH.readApplication((java.io.InputStream) null))
                .isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> FRENCH.readBatch((String) null)).isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> FRENCH.readBatch((java.io.InputStream) null))
                .isInstanceOf(NullPointerException.class).hasMessage("json");
        assertThatThrownBy(() -> FRENCH.readEach(new ByteArrayInputStream(new byte[0]), null))
                .isInstanceOf(NullPointerException.class).hasMessage("handler");
        assertThatThrownBy(() -> JsonCodec.builder().limits(null)).isInstanceOf(NullPointerException.class).hasMessage("limits");
    }
}
