package org.grille.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.grille.api.ApplicationBatch;
import org.grille.api.BatchHandler;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonLimits;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.engine.messages.Messages;

/**
 * Coverage-guided fuzzing of the JSON reader (docs/testing.md, "Fuzzing"). In the normal test run Jazzer replays the
 * saved inputs under {@code src/test/resources/org/grille/engine/json/JsonReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it mutates them for {@link FuzzTest#maxDuration()}.
 *
 * <p>The same bytes go to {@code readBatch}, {@code readEach} and {@code readApplication} of the engine's codec, once
 * with the default limits and once with limits small enough for short inputs to reach them. Each call returns, or
 * throws the one documented exception, {@link InvalidApplicationException}, with at least one violation; nothing else
 * escapes, and no input takes longer than {@link #BOUND}. Every violation, thrown or in a rejection, has a JSON path
 * and a line inside the input; only a refusal of the input as a whole (not UTF-8, larger than the limit), which the
 * codec documents without a place, may have line 0.
 */
class JsonReaderFuzzTest {

    /** Far above what any input of a few kilobytes needs: reaching it means a hang. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** Small enough that a fuzzed input of a few hundred bytes crosses each limit. */
    private static final JsonLimits SMALL = new JsonLimits(2_048, 1_024, 64, 6);

    private static final List<JacksonJsonCodec> CODECS = List.of(
            new JacksonJsonCodec(new Messages(Locale.CANADA_FRENCH)),
            new JacksonJsonCodec(new Messages(Locale.CANADA), SMALL));

    @FuzzTest(maxDuration = "5m")
    void every_reader_returns_or_refuses_with_a_position(byte[] input) {
        assertTimeoutPreemptively(BOUND, () -> {
            for (JacksonJsonCodec codec : CODECS) {
                readBatch(codec, input);
                readEach(codec, input);
                readApplication(codec, input);
            }
        });
    }

    private static void readBatch(JacksonJsonCodec codec, byte[] input) {
        Text text = new Text(input);
        ApplicationBatch batch;
        try {
            batch = codec.readBatch(new ByteArrayInputStream(input));
        } catch (InvalidApplicationException e) {
            text.assertRefusal(e, input.length > codec.limits().maxDocumentBytes() || !text.utf8);
            return;
        }
        assertThat(batch.size()).isPositive();
        Set<Integer> rejected = new HashSet<>();
        for (Rejection rejection : batch.rejections()) {
            text.assertRejection(rejection);
            assertThat(rejected.add(rejection.index())).as("index %d rejected twice", rejection.index()).isTrue();
            assertThat(rejection.index()).isBetween(0, batch.size() - 1);
        }
        // each application read can still be placed in the text: a problem found later gives its line
        int index = 0;
        for (Application application : batch.applications()) {
            while (rejected.contains(index)) {
                index++;
            }
            if (application.id() != null) {
                FieldViolation located = batch.positions().locate(index, new FieldViolation("$.id", "fuzz", 0, 0));
                text.assertPlaced(located);
            }
            index++;
        }
    }

    private static void readEach(JacksonJsonCodec codec, byte[] input) {
        Text text = new Text(input);
        List<Integer> indexes = new ArrayList<>();
        try {
            codec.readEach(new ByteArrayInputStream(input), new BatchHandler() {
                @Override
                public void application(int index, Application application) {
                    assertThat(application).isNotNull();
                    indexes.add(index);
                }

                @Override
                public void rejection(Rejection rejection) {
                    text.assertRejection(rejection);
                    indexes.add(rejection.index());
                }
            });
        } catch (InvalidApplicationException e) {
            // readEach has no size limit of its own and lets the parser find bytes that are not UTF-8, with their place
            text.assertRefusal(e, false);
        }
        for (int i = 0; i < indexes.size(); i++) {
            assertThat(indexes.get(i)).as("entries handed over in input order").isEqualTo(i);
        }
    }

    private static void readApplication(JacksonJsonCodec codec, byte[] input) {
        String json = new String(input, StandardCharsets.UTF_8);
        Text text = new Text(json.getBytes(StandardCharsets.UTF_8));
        try {
            assertThat(codec.readApplication(json)).isNotNull();
        } catch (InvalidApplicationException e) {
            text.assertRefusal(e, text.bytes.length > codec.limits().maxDocumentBytes());
        }
    }

    /** The input as the invariants need it: whether it is UTF-8, and how many lines it has as Jackson counts them. */
    private static final class Text {
        private final byte[] bytes;
        private final boolean utf8;
        private final int lines;

        Text(byte[] bytes) {
            this.bytes = bytes;
            this.utf8 = isUtf8(bytes);
            int count = 1;
            for (int i = 0; i < bytes.length; i++) {
                // \n, \r and \r\n each end a line
                if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
                    count++;
                }
            }
            this.lines = count;
        }

        /** The whole input refused: at least one violation, each placed, or unplaced only when the refusal is whole. */
        void assertRefusal(InvalidApplicationException e, boolean wholeInputMayBeUnplaced) {
            assertThat(e.violations()).as("violations of: %s", e.getMessage()).isNotEmpty();
            for (FieldViolation violation : e.violations()) {
                if (wholeInputMayBeUnplaced && violation.line() == 0) {
                    assertThat(violation.path()).isEqualTo("$");
                    assertThat(violation.message()).isNotBlank();
                } else {
                    assertPlaced(violation);
                }
            }
        }

        void assertRejection(Rejection rejection) {
            assertThat(rejection.index()).isNotNegative();
            assertThat(rejection.message()).isNotBlank();
            assertThat(rejection.violations()).as("violations of rejection %s", rejection).isNotEmpty();
            rejection.violations().forEach(this::assertPlaced);
        }

        void assertPlaced(FieldViolation violation) {
            assertThat(violation.path()).as("path of %s", violation).startsWith("$");
            assertThat(violation.message()).as("message of %s", violation).isNotBlank();
            assertThat(violation.line()).as("line of %s", violation).isBetween(1, lines);
            assertThat(violation.column()).as("column of %s", violation).isNotNegative();
        }

        private static boolean isUtf8(byte[] bytes) {
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
                return true;
            } catch (CharacterCodingException e) {
                return false;
            }
        }
    }
}
