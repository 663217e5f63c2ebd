package org.grille.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.grille.api.application.Application;
import org.grille.api.ApplicationBatch;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Rejection;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fault the parser cannot step over, inside one application of a batch, costs that application only: the others
 * are read, and the rejected one is named with its path, line and column in the whole file.
 */
class OneBadEntryTest {

    private static final JacksonJsonCodec CODEC = new JacksonJsonCodec(new Messages(Locale.CANADA));
    private static final String TITLE = "\"title\" : \"";

    /** Three applications, one per line block; the middle one's title is where each fault goes. */
    private static String batch(String titleOfTheSecond) {
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < 3; i++) {
            String one = CODEC.writeApplication(org.grille.engine.Applications.valid("B-" + i));
            if (i == 1) {
                int at = one.indexOf(TITLE) + TITLE.length();
                one = one.substring(0, at) + titleOfTheSecond + one.substring(one.indexOf('"', at));
            }
            text.append(one).append(i < 2 ? ",\n" : "\n");
        }
        return text.append("]\n").toString();
    }

    private static byte[] withByte(String text, String marker, int bad) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] mark = marker.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (i + mark.length <= utf8.length && java.util.Arrays.equals(utf8, i, i + mark.length, mark, 0, mark.length)) {
                out.write(bad);
                i += mark.length - 1;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("an invalid UTF-8 byte", withByte(batch("Ateliers @@"), "@@", 0x83)),
                Arguments.of("a NUL", batch("Ateliers \u0000 du soir").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a NaN where a number goes", batch("Ateliers").replaceFirst(
                        "(\"title\" : \"Ateliers\")", "$1, \"expectedParticipants\" : NaN, \"x\" : 1")
                        .getBytes(StandardCharsets.UTF_8)),
                Arguments.of("a number with a leading zero", batch("Ateliers").replaceFirst(
                        "(\"title\" : \"Ateliers\")", "$1, \"expectedParticipants\" : 0040").getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void costs_only_the_application_it_is_in(String fault, byte[] text) {
        ApplicationBatch batch = CODEC.readBatch(new ByteArrayInputStream(text));

        assertThat(batch.applications()).extracting(Application::id).containsExactly("B-0", "B-2");
        assertThat(batch.rejections()).hasSize(1);
        Rejection rejection = batch.rejections().get(0);
        assertThat(rejection.index()).isEqualTo(1);
        FieldViolation where = rejection.violations().get(0);
        assertThat(where.path()).startsWith("$[1]");
        int titleLine = lineOf(text, "Ateliers");
        assertThat(where.line()).as("%s", where).isBetween(lineOf(text, "\"B-1\"") - 1, titleLine);
        assertThat(where.column()).isPositive();
    }

    @Test
    void reads_the_applications_member_the_same_way() {
        String text = "{ \"applications\" : " + batch("Ateliers \u0000") + "}";

        ApplicationBatch batch = CODEC.readBatch(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(batch.applications()).extracting(Application::id).containsExactly("B-0", "B-2");
        assertThat(batch.rejections().get(0).violations().get(0).path()).startsWith("$.applications[1]");
    }

    @Test
    void a_fault_between_the_entries_still_refuses_the_whole_file() {
        String text = batch("Ateliers") + "garbage";

        assertThatThrownBy(() -> CODEC.readBatch(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidApplicationException.class);
    }

    @Test
    void finds_each_entry_whatever_its_strings_hold() {
        byte[] text = "[ {\"a\": \"],{\\\"\"}, [1, {\"b\": [2]}] ,{} ]".getBytes(StandardCharsets.UTF_8);

        EntrySpans.Entries entries = EntrySpans.of(text);

        assertThat(entries.spans()).extracting(span -> new String(text, span.start(), span.end() - span.start(), StandardCharsets.UTF_8))
                .containsExactly("{\"a\": \"],{\\\"\"}", "[1, {\"b\": [2]}]", "{}");
        assertThat(EntrySpans.of("[ {} ".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(EntrySpans.of("{\"other\": []}".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    private static int lineOf(byte[] text, String marker) {
        String decoded = new String(text, StandardCharsets.ISO_8859_1);
        int at = decoded.indexOf(marker);
        return (int) decoded.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
