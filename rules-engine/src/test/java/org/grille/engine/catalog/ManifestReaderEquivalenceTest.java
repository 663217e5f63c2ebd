package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The manifest reader without data binding says exactly what the data-binding reader said: the same manifest for
 * every text it accepted, and the same problems (code, message, line, column) for every text it refused. Thousands of
 * manifests made from the test catalogs' and the bundled catalog's, each value replaced by values of every JSON kind,
 * fields removed, unknown and repeated fields added, and the text cut and broken here and there.
 */
class ManifestReaderEquivalenceTest {

    /** Values every field is replaced by in turn, as written in the text. */
    private static final List<String> VALUES = List.of("null", "\"\"", "\" \"", "\"x\"", "\"25\"", "\" 25 \"", "\"2.5\"",
            "\"-7\"", "\"true\"", "\"True\"", "\"null\"", "\"NaN\"", "\"2027-01-29\"", "\"2027-1-5\"",
            "\"2027-01-29T10:00\"", "\"NEWCOMER_RIGHTS\"", "\"OBJECTIVE_FIT\"", "\"a b\"", "0", "1", "-1", "2.5", "1e3",
            "3000000000", "1e20", "1.5e300", "1e400", "true", "false", "[]", "[1]", "[null]", "[\"a\"]", "[\"a\", null]",
            "[1, null]", "{}", "{\"x\": 1}", "{\"fr\": \"a\", \"en\": \"b\"}", "{\"fr\": null}", "{\"A\": 0.5}",
            "{\"a b\": 0.5}", "[2027, 1, 29]", "[2027, 13, 1]", "[2027, 1]", "{\"id\": \"A\"}", "01", "-", "tru", "\"\\u0000\"");

    private static final JsonMapper TREE = JsonMapper.builder().build();

    /**
     * Every text is compared with {@code -Dmanifest.equivalence=all} (about 18 000, a minute); the suite compares every
     * eleventh (prime to the 49 values and to a path's 50 or 60 edits, so each path meets several kinds), in seconds.
     */
    private static final int STRIDE = "all".equals(System.getProperty("manifest.equivalence")) ? 1 : 11;

    @Test
    void says_what_the_data_binding_reader_said() throws IOException {
        List<String> bases = bases();
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (int b = 0; b < bases.size(); b++) {
            String base = bases.get(b);
            JsonNode root = TREE.readTree(base);
            List<String> texts = new ArrayList<>();
            texts.add(base);
            if (b < 2) {
                // every value of the mini catalog's and the bundled catalog's manifests; the saved inputs as they are
                mutations(root, texts);
            }
            textMutations(base, texts, new Random(base.length()));
            for (int t = 0; t < texts.size(); t += STRIDE) {
                compare(texts.get(t), differences);
                compared++;
            }
        }
        Files.write(Path.of("target/manifest-differences.txt"), differences);
        assertThat(compared).isGreaterThan(15_000 / STRIDE);
        assertThat(differences).as("texts read differently, of %d", compared).isEmpty();
    }

    @Test
    void a_manifest_that_is_null_is_refused_with_a_place_instead_of_failing() {
        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        assertThat(ManifestReader.read("null".getBytes(StandardCharsets.UTF_8), problems)).isNull();
        assertThat(problems.sorted()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("GRILLE-MANIFEST-UNREADABLE");
            assertThat(problem.line()).isEqualTo(1);
        });
    }

    /** The messages are read once: what differs between the languages is the bundles', not the readers'. */
    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    private static void compare(String text, List<String> differences) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Messages messages : List.of(ENGLISH)) {
            ProblemCollector before = new ProblemCollector(messages);
            ProblemCollector after = new ProblemCollector(messages);
            Object old;
            try {
                old = DatabindManifestReader.read(bytes, before);
            } catch (NullPointerException e) {
                continue; // the data-binding reader failed on a manifest that is just null; see the test above
            }
            Manifest now = ManifestReader.read(bytes, after);
            List<CatalogProblem> was = before.sorted();
            List<CatalogProblem> is = after.sorted();
            if (!was.equals(is) || !java.util.Objects.equals(old, now)) {
                differences.add(text + "\n  was " + was + " " + old + "\n  is  " + is + " " + now);
            }
        }
    }

    /** The test catalogs' manifests, the saved fuzzing inputs, and the bundled catalog's. */
    private static List<String> bases() throws IOException {
        return texts(true);
    }

    /** The texts that are JSON ({@code json}), or the saved inputs that are not. */
    private static List<String> texts(boolean json) throws IOException {
        List<String> bases = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        files.add(Path.of("src/test/resources/catalogs/mini/manifest.json"));
        files.add(Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive/manifest.json"));
        try (Stream<Path> saved = Files.list(Path.of("src/test/resources/org/grille/engine/catalog/CatalogCompilerFuzzTestInputs/the_manifest"))) {
            saved.sorted().forEach(files::add);
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.ISO_8859_1);
            text = new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            boolean isJson;
            try {
                TREE.readTree(text);
                isJson = true;
            } catch (RuntimeException e) {
                isJson = false; // a saved input that is not JSON is still compared as it is
            }
            if (isJson == json) {
                bases.add(text);
            }
        }
        return bases;
    }

    @Test
    void reads_the_saved_inputs_that_are_not_json_alike() throws IOException {
        List<String> differences = new ArrayList<>();
        for (String text : texts(false)) {
            compare(text, differences);
        }
        for (String text : List.of("", "   ", "[]", "5", "\"x\"", "{} x", "{}{}", "{} ]", "{", "{\"id\": \"a\",}", "{\"id\"}")) {
            compare(text, differences);
        }
        assertThat(differences).isEmpty();
    }

    /** Every value replaced, every field removed, an unknown and a repeated field added to every object. */
    private static void mutations(JsonNode root, List<String> texts) {
        List<List<Object>> paths = new ArrayList<>();
        paths(root, new ArrayList<>(), paths);
        for (List<Object> path : paths) {
            for (String value : VALUES) {
                texts.add(write(root, path, Edit.REPLACE, value));
            }
            if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
                texts.add(write(root, path, Edit.REMOVE, null));
            }
            JsonNode node = at(root, path);
            if (node.isObject()) {
                texts.add(write(root, path, Edit.UNKNOWN_FIRST, null));
                texts.add(write(root, path, Edit.UNKNOWN_LAST, null));
                for (String value : List.of("null", "\"x\"", "7", "{}")) {
                    texts.add(write(root, path, Edit.REPEAT_FIRST, value));
                    texts.add(write(root, path, Edit.REPEAT_LAST, value));
                }
            }
        }
    }

    /** The text cut, a character removed, or a stray one added, at a few dozen places. */
    private static void textMutations(String base, List<String> texts, Random random) {
        for (int i = 0; i < 40; i++) {
            int at = random.nextInt(base.length());
            texts.add(base.substring(0, at));
            texts.add(base.substring(0, at) + base.substring(at + 1));
            texts.add(base.substring(0, at) + "x]}\",:".charAt(random.nextInt(6)) + base.substring(at));
        }
    }

    private enum Edit { REPLACE, REMOVE, UNKNOWN_FIRST, UNKNOWN_LAST, REPEAT_FIRST, REPEAT_LAST }

    private static void paths(JsonNode node, List<Object> path, List<List<Object>> paths) {
        paths.add(List.copyOf(path));
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                path.add(field.getKey());
                paths(field.getValue(), path, paths);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                paths(node.get(i), path, paths);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    /** The tree written over several lines, with one edit at {@code target}. */
    private static String write(JsonNode root, List<Object> target, Edit edit, String value) {
        StringBuilder out = new StringBuilder();
        write(root, new ArrayList<>(), target, edit, value, out, "");
        return out.toString();
    }

    private static void write(JsonNode node, List<Object> path, List<Object> target, Edit edit, String value,
                              StringBuilder out, String indent) {
        boolean here = path.equals(target);
        if (here && edit == Edit.REPLACE) {
            out.append(value);
            return;
        }
        if (node.isObject()) {
            List<String> entries = new ArrayList<>();
            if (here && edit == Edit.UNKNOWN_FIRST) {
                entries.add("\"zzUnknown\": [1, {\"a\": 2}]");
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            String first = null;
            String last = null;
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                first = first == null ? field.getKey() : first;
                last = field.getKey();
                path.add(field.getKey());
                if (!(path.equals(target) && edit == Edit.REMOVE)) {
                    StringBuilder one = new StringBuilder(TREE.writeValueAsString(field.getKey()) + ": ");
                    write(field.getValue(), path, target, edit, value, one, indent + "  ");
                    entries.add(one.toString());
                }
                path.remove(path.size() - 1);
            }
            if (here && edit == Edit.UNKNOWN_LAST) {
                entries.add("\"zzUnknown\": \"x\"");
            }
            if (here && edit == Edit.REPEAT_FIRST && first != null) {
                entries.add(0, TREE.writeValueAsString(first) + ": " + value);
            }
            if (here && edit == Edit.REPEAT_LAST && last != null) {
                entries.add(TREE.writeValueAsString(last) + ": " + value);
            }
            out.append("{\n").append(indent).append("  ").append(String.join(",\n" + indent + "  ", entries))
                    .append('\n').append(indent).append('}');
        } else if (node.isArray()) {
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                StringBuilder one = new StringBuilder();
                write(node.get(i), path, target, edit, value, one, indent + "  ");
                elements.add(one.toString());
                path.remove(path.size() - 1);
            }
            out.append('[').append(String.join(", ", elements)).append(']');
        } else {
            out.append(TREE.writeValueAsString(node));
        }
    }
}
