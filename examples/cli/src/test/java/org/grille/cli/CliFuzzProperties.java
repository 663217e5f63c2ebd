package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The command line given damaged files: it always ends with a documented exit code and a message, never a
 * stack trace.
 */
class CliFuzzProperties {

    private static final String SAMPLES;

    static {
        try {
            SAMPLES = Files.readString(Path.of("../data/applications.json"), StandardCharsets.UTF_8).substring(0, 12_000);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> damaged() {
        Arbitrary<String> edits = Combinators.combine(Arbitraries.integers().between(0, SAMPLES.length() - 1),
                        Arbitraries.integers().between(0, 30), Arbitraries.of("", "{", "]", "\"", ",", "null", "-1", "1e400", "\u0000", "é"))
                .as((at, length, insert) -> SAMPLES.substring(0, at) + insert + SAMPLES.substring(Math.min(SAMPLES.length(), at + length)));
        return Arbitraries.oneOf(edits.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200));
    }

    @Property(tries = 40)
    void every_damaged_file_ends_with_a_documented_exit_code_and_no_stack_trace(@ForAll("damaged") byte[] content) throws Exception {
        Path file = Files.createTempFile("grille-fuzz", ".json");
        try {
            Files.write(file, content);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = Grille.run(new PrintWriter(out), new PrintWriter(err), "score", file.toString());

            assertThat(code).isIn(Grille.EXIT_OK, Grille.EXIT_SOME_REJECTED, Grille.EXIT_NOTHING_USABLE);
            assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
            if (code == Grille.EXIT_NOTHING_USABLE) {
                assertThat(err.toString()).contains("$");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
