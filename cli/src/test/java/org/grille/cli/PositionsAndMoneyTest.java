package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A position is a number to look up, never a quantity: {@code scenarios.json:1271}, not {@code 1,271} or {@code 1 271},
 * in French as in English. Money is a quantity, written the reader's way: {@code 1 250 000 $}, {@code $1,250,000}.
 */
@DisplayName("Positions and money")
class PositionsAndMoneyTest {

    /** Enough blank lines ahead of a file's content that every position in it is past a thousand. */
    private static final int PADDING = 1300;
    /** A number of four digits or more grouped by a comma, a space or a no-break space. */
    private static final Pattern GROUPED_POSITION = Pattern.compile("\\.(json|drl|csv):\\d{1,3}[ ,\u00A0\u202F]\\d{3}");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"fr", "en"})
    void a_failing_scenario_past_line_a_thousand_is_named_by_its_plain_line_number(String lang) throws Exception {
        Path catalog = GrilleCliTest.PolicyStaff.copy(temp, "catalog-" + lang);
        Path scenarios = catalog.resolve("scenarios/scenarios.json");
        String text = Files.readString(scenarios, StandardCharsets.UTF_8);
        Files.writeString(scenarios, "\n".repeat(PADDING) + text.replaceFirst("\"total\": (\\d+),", "\"total\": 1,"),
                StandardCharsets.UTF_8);

        for (String command : List.of("test", "validate")) {
            GrilleCliTest.Run run = GrilleCliTest.grilleAt(80, command, catalog.toString(), "--lang", lang);

            String printed = run.out() + run.err();
            assertThat(run.exitCode()).as(printed).isEqualTo(1);
            if (command.equals("test")) {
                assertThat(lineNumbers(printed, "scenarios.json")).isNotEmpty().allMatch(line -> line > PADDING);
            }
            assertThat(GROUPED_POSITION.matcher(printed).find()).as(printed).isFalse();
        }
    }

    @ParameterizedTest(name = "--lang {0}")
    @ValueSource(strings = {"fr", "en"})
    void a_catalog_error_past_line_a_thousand_is_named_by_its_plain_line_and_column(String lang) throws Exception {
        Path catalog = GrilleCliTest.PolicyStaff.copy(temp, "broken-" + lang);
        Path rules = catalog.resolve("eligibility.drl");
        String text = Files.readString(rules, StandardCharsets.UTF_8);
        Files.writeString(rules, "\n".repeat(PADDING) + text.replace("inGoodStanding == false", "inGoodStandng == false"),
                StandardCharsets.UTF_8);

        GrilleCliTest.Run run = GrilleCliTest.grilleAt(80, "validate", catalog.toString(), "--lang", lang);

        String printed = run.out() + run.err();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(lineNumbers(printed, "eligibility.drl")).isNotEmpty().allMatch(line -> line > PADDING);
        assertThat(GROUPED_POSITION.matcher(printed).find()).as(printed).isFalse();
        // the quoted line's number is plain too
        assertThat(printed).containsPattern("\\n  1\\d{3} \\| ");
    }

    @Test
    void money_is_written_the_readers_way_in_tables_and_in_every_reason() {
        GrilleCliTest.Run french = GrilleCliTest.grille("allocate", SampleCall.SAMPLES.toString(), "--lang", "fr");
        GrilleCliTest.Run english = GrilleCliTest.grille("allocate", SampleCall.SAMPLES.toString(), "--lang", "en");

        // the envelope's yearly amount, in the year table, and the reasons' amounts (funded, skipped for a full year)
        assertThat(french.out()).contains("1 250 000 $").doesNotContain("$1", "1,250,000");
        assertThat(english.out()).contains("$1,250,000").doesNotContain("1 250 000").doesNotContainPattern("\\d \\$");
        String frenchReasons = reasons(french.out(), "FUNDED", "YEAR_FULL", "Financé", "pleine");
        String englishReasons = reasons(english.out(), "FUNDED", "YEAR_FULL", "Funded", "full");
        assertThat(frenchReasons).containsPattern("\\d{1,3}[ \u00A0\u202F]\\d{3} \\$");
        assertThat(englishReasons).containsPattern("\\$\\d{1,3},\\d{3}");
    }

    /** The lines that hold any of {@code words}. */
    private static String reasons(String output, String... words) {
        return String.join("\n", output.lines().filter(l -> Stream.of(words).anyMatch(l::contains)).toList());
    }

    private static List<Integer> lineNumbers(String printed, String file) {
        Matcher matcher = Pattern.compile(Pattern.quote(file) + ":(\\d+)").matcher(printed);
        List<Integer> lines = new java.util.ArrayList<>();
        while (matcher.find()) {
            lines.add(Integer.parseInt(matcher.group(1)));
        }
        return lines;
    }
}
