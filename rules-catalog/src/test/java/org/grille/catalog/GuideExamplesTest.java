package org.grille.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DRL example of the staff guide, French and English, says what the guide says it does. A block fenced
 * {@code ```drl} compiles with no problem at all; a block fenced {@code ```drl-refused CODE} (a counter-example) is
 * refused with that code. Each block is compiled alone in a catalog made of the bundled manifest and reasons and
 * one rule file, {@code guide.drl}:
 * <ul>
 *   <li>a block that starts with {@code package} is the whole file;</li>
 *   <li>a block with {@code rule "…"} is the file's rules, under the bundled catalog's header;</li>
 *   <li>any other block is the conditions of one rule, so the guide's one-line examples are checked too.</li>
 * </ul>
 * A reason key an accepted example names but the bundled reasons lack is added (the guide tells staff to add it).
 */
@DisplayName("The staff guide's examples")
class GuideExamplesTest {

    private static final Path BUNDLED = bundled();
    private static final Pattern FENCE = Pattern.compile("(?m)^```(drl(?:-refused)?)[ \\t]*([A-Z0-9-]*)[ \\t]*\\n(.*?)^```",
            Pattern.DOTALL);
    private static final Pattern RULE = Pattern.compile("(?m)^rule \"");
    private static final Pattern REASON = Pattern.compile("@reason\\(\"([^\"]+)\"\\)");
    private static final String HEADER = "package org.grille.catalog.montrealinclusive;\n\n";

    @TempDir
    Path temp;

    /** One fenced block: where it is, whether it is a counter-example and with which code, and its text. */
    record Example(String guide, int line, boolean refused, String code, String text) {
        @Override
        public String toString() {
            return guide + ":" + line + (refused ? " (refused: " + code + ")" : "");
        }
    }

    @TestFactory
    Stream<DynamicTest> every_example_says_what_the_guide_says() {
        return Stream.concat(examples("guide-fr.md").stream(), examples("guide-en.md").stream())
                .map(example -> DynamicTest.dynamicTest(example.toString(), () -> check(example)));
    }

    @Test
    void both_guides_show_the_same_examples_and_mark_the_same_counter_examples() {
        List<Example> french = examples("guide-fr.md");
        List<Example> english = examples("guide-en.md");

        assertThat(french).as("a guide with no example would pass every check").hasSizeGreaterThan(20);
        assertThat(english.stream().map(e -> e.refused() + " " + e.code()).toList())
                .isEqualTo(french.stream().map(e -> e.refused() + " " + e.code()).toList());
        assertThat(french).filteredOn(Example::refused).allSatisfy(e -> assertThat(e.code()).startsWith("GRILLE-"));
    }

    private void check(Example example) throws IOException {
        Path catalog = catalog(example);

        List<CatalogProblem> problems = new CatalogCompiler(new Messages(Locale.CANADA_FRENCH))
                .compile(new DirectoryCatalogSource(catalog)).problems();

        if (example.refused()) {
            assertThat(problems).as("%s is shown as refused", example)
                    .extracting(CatalogProblem::code).contains(example.code());
        } else {
            assertThat(problems).as("%s is shown as valid:%n%s", example, Files.readString(catalog.resolve("guide.drl")))
                    .isEmpty();
        }
    }

    /** The bundled manifest and reasons, with guide.drl as the only rule file and no scenario. */
    private Path catalog(Example example) throws IOException {
        Path catalog = Files.createTempDirectory(temp, "guide");
        String manifest = Files.readString(BUNDLED.resolve("manifest.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"ruleFiles\"\\s*:\\s*\\[[^]]*]", "\"ruleFiles\": [\"guide.drl\"]")
                .replaceFirst("\"scenarioFiles\"\\s*:\\s*\\[[^]]*],?", "");
        Files.writeString(catalog.resolve("manifest.json"), manifest, StandardCharsets.UTF_8);
        // the manifest's partnership rules and borough table come along unchanged: the examples are scoring rules
        for (String data : new String[] {"partnerships.drl", "boroughs.json"}) {
            if (Files.exists(BUNDLED.resolve(data))) {
                Files.copy(BUNDLED.resolve(data), catalog.resolve(data));
            }
        }
        String french = Files.readString(BUNDLED.resolve("reasons.properties"), StandardCharsets.UTF_8);
        String english = Files.readString(BUNDLED.resolve("reasons_en.properties"), StandardCharsets.UTF_8);
        if (!example.refused()) {
            Set<String> missing = new LinkedHashSet<>();
            Matcher reason = REASON.matcher(example.text());
            while (reason.find()) {
                if (!Pattern.compile("(?m)^" + Pattern.quote(reason.group(1)) + "\\s*=").matcher(french).find()) {
                    missing.add(reason.group(1));
                }
            }
            for (String key : missing) {
                french += "\n" + key + "=Exemple du guide.\n";
                english += "\n" + key + "=Guide example.\n";
            }
        }
        Files.writeString(catalog.resolve("reasons.properties"), french, StandardCharsets.UTF_8);
        Files.writeString(catalog.resolve("reasons_en.properties"), english, StandardCharsets.UTF_8);
        Files.writeString(catalog.resolve("guide.drl"), ruleFile(example.text()), StandardCharsets.UTF_8);
        return catalog;
    }

    private static String ruleFile(String block) {
        String trimmed = block.stripLeading();
        if (trimmed.startsWith("package") || trimmed.startsWith("/*") || trimmed.startsWith("//")) {
            return block;
        }
        if (RULE.matcher(block).find()) {
            return HEADER + block;
        }
        return HEADER + "rule \"Exemple du guide\"\n    @derives\nwhen\n" + block.indent(4) + "then\nend\n";
    }

    private static List<Example> examples(String guide) {
        String text;
        try {
            text = Files.readString(Path.of("..", "docs", guide), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            int line = (int) text.substring(0, fence.start()).chars().filter(c -> c == '\n').count() + 1;
            boolean refused = fence.group(1).equals("drl-refused");
            String code = refused ? "GRILLE-" + fence.group(2).replaceFirst("^GRILLE-", "") : "";
            examples.add(new Example(guide, line, refused, code, fence.group(3)));
        }
        return examples;
    }

    private static Path bundled() {
        try {
            return Path.of(GuideExamplesTest.class.getResource("/org/grille/catalog/montrealinclusive/manifest.json").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
