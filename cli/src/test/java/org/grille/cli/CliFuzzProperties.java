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
            SAMPLES = Files.readString(Path.of("../examples/data/applications.json"), StandardCharsets.UTF_8).substring(0, 12_000);
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

    /**
     * Generated calls: sample applications drawn with repeats under fresh ids, each with a random request (sometimes
     * negative, sometimes more years than the program has), planned under either policy, with or without the stability
     * study and a short time limit.
     */
    @Provide
    Arbitrary<String> calls() {
        Arbitrary<java.util.List<Long>> request = Arbitraries.longs().between(-1_000, 120_000).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<String> one = Combinators.combine(Arbitraries.integers().between(0, SAMPLE_CALL.size() - 1), request)
                .as((index, amounts) -> {
                    tools.jackson.databind.node.ObjectNode application = SAMPLE_CALL.get(index).deepCopy();
                    tools.jackson.databind.node.ArrayNode years = ((tools.jackson.databind.node.ObjectNode) application.get("budget"))
                            .putArray("requestedPerYear");
                    amounts.forEach(years::add);
                    return application;
                })
                .list().ofMinSize(0).ofMaxSize(60)
                .map(list -> {
                    tools.jackson.databind.node.ArrayNode batch = JSON.createArrayNode();
                    for (int i = 0; i < list.size(); i++) {
                        batch.add(list.get(i).put("id", "GEN-" + i));
                    }
                    return batch.toString();
                });
        return one;
    }

    @Property(tries = 12)
    void allocate_on_any_generated_call_ends_with_a_documented_exit_code_and_no_stack_trace(
            @ForAll("calls") String call, @ForAll boolean maxScore, @ForAll boolean sensitivity, @ForAll boolean json)
            throws Exception {
        Path file = Files.createTempFile("grille-call", ".json");
        try {
            Files.writeString(file, call, StandardCharsets.UTF_8);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("allocate", file.toString(),
                    "--policy", maxScore ? "max-score" : "rank", "--time-limit", "2", "--format", json ? "json" : "table"));
            if (sensitivity) {
                args.add("--sensitivity");
            }

            int code = Grille.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

            assertThat(code).isIn(Grille.EXIT_OK, Grille.EXIT_SOME_REJECTED, Grille.EXIT_NOTHING_USABLE);
            assertThat(err.toString() + out).doesNotContain("Exception").doesNotContain("\tat ");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static final java.util.List<tools.jackson.databind.node.ObjectNode> SAMPLE_CALL;

    static {
        try {
            java.util.List<tools.jackson.databind.node.ObjectNode> all = new java.util.ArrayList<>();
            JSON.readTree(Files.readString(Path.of("../examples/data/applications.json"), StandardCharsets.UTF_8))
                    .forEach(node -> all.add((tools.jackson.databind.node.ObjectNode) node));
            SAMPLE_CALL = java.util.List.copyOf(all);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
