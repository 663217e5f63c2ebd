package org.grille.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchHandler;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Rejection;
import org.grille.api.Scorer;
import org.grille.api.application.Application;

/**
 * Random and mutated JSON — truncated, wrong types, deep nesting, huge numbers, odd Unicode, bytes that are not
 * UTF-8 — fed to the reader: the only failure is the documented {@link InvalidApplicationException} with a path,
 * never another exception, never a hang; whatever is read can be scored without an unexpected exception.
 */
class JsonFuzzProperties {

    private static final JsonCodec JSON = JsonCodec.standard();
    private static final Scorer SCORER = Scorer.builder().catalogDirectory(TestCatalogs.source("mini")).build();
    private static final String VALID_BATCH = "[" + JSON.writeApplication(Applications.valid("F-1")) + ","
            + JSON.writeApplication(Applications.valid("F-2")) + "]";

    @Provide
    static Arbitrary<byte[]> inputs() {
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "null", "true", "-", "0", "1e99999",
                "123456789012345678901234567890", "\u0000", "\uFEFF", "\uD83D\uDE00", "é", "\\u12", "\\", "\n", "NaN");
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.integers().between(0, VALID_BATCH.length()),
                        Arbitraries.integers().between(0, 40), pieces.list().ofMaxSize(6), Arbitraries.of(Mutation.class))
                .as((at, length, inserted, mutation) -> mutation.apply(VALID_BATCH, at, length, String.join("", inserted)));
        Arbitrary<String> nested = Arbitraries.integers().between(1, 5_000)
                .map(depth -> "[".repeat(depth) + "{\"id\": \"X\"}" + "]".repeat(depth));
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<byte[]> text = Arbitraries.oneOf(mutated, mutated, mutated, nested, random)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        return Arbitraries.oneOf(text, text, text, bytes);
    }

    /** Ways to damage a valid batch. */
    enum Mutation {
        TRUNCATE { String apply(String s, int at, int length, String text) { return s.substring(0, at); } },
        DELETE { String apply(String s, int at, int length, String text) { return s.substring(0, at) + s.substring(Math.min(s.length(), at + length)); } },
        INSERT { String apply(String s, int at, int length, String text) { return s.substring(0, at) + text + s.substring(at); } },
        REPLACE { String apply(String s, int at, int length, String text) { return s.substring(0, at) + text + s.substring(Math.min(s.length(), at + length)); } },
        NUMBERS_AS_HUGE { String apply(String s, int at, int length, String text) { return s.replaceAll(": (\\d+)", ": 9$19999999999999999999"); } },
        NUMBERS_AS_TEXT { String apply(String s, int at, int length, String text) { return s.replaceAll(": (\\d+)", ": \"$1\""); } };

        abstract String apply(String s, int at, int length, String text);
    }

    private static void assertDocumented(InvalidApplicationException e) {
        assertThat(e.violations()).isNotEmpty();
        for (FieldViolation v : e.violations()) {
            assertThat(v.path()).startsWith("$");
            assertThat(v.message()).isNotBlank();
        }
    }

    @Property(tries = 400)
    void reading_a_batch_either_succeeds_or_names_where_it_failed(@ForAll("inputs") byte[] input) {
        // jqwik's statistics belong to the property's thread: collect after the timed part
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                ApplicationBatch batch = JSON.readBatch(new ByteArrayInputStream(input));
                batch.rejections().forEach(r -> r.violations().forEach(v -> assertThat(v.path()).startsWith("$")));
                var result = SCORER.assessAll(batch);
                assertThat(result.assessments().size() + result.rejections().size()).isEqualTo(batch.size());
                return "read";
            } catch (InvalidApplicationException e) {
                assertDocumented(e);
                return "refused";
            }
        });
        Statistics.label("outcome").collect(outcome);
    }

    @Property(tries = 200)
    void streaming_and_reading_one_application_fail_only_the_documented_way(@ForAll("inputs") byte[] input) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                JSON.readEach(new ByteArrayInputStream(input), new BatchHandler() {
                    @Override
                    public void application(int index, Application application) {
                        assertThat(index).isNotNegative();
                    }

                    @Override
                    public void rejection(Rejection rejection) {
                        assertThat(rejection.violations()).allSatisfy(v -> assertThat(v.path()).startsWith("$"));
                    }
                });
            } catch (InvalidApplicationException e) {
                assertDocumented(e);
            }
            try {
                JSON.readApplication(new String(input, StandardCharsets.UTF_8));
            } catch (InvalidApplicationException e) {
                assertDocumented(e);
            }
        });
    }

    @Property(tries = 1)
    void the_generator_reaches_both_outcomes() {
        List<byte[]> samples = inputs().sampleStream().limit(300).toList();
        long read = samples.stream().filter(b -> {
            try {
                JSON.readBatch(new ByteArrayInputStream(b));
                return true;
            } catch (InvalidApplicationException e) {
                return false;
            }
        }).count();
        assertThat(read).isBetween(3L, 297L);
    }
}
