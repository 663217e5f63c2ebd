package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Output fits the width")
class OutputWidthTest {

    private static final String SAMPLES = SampleCall.SAMPLES.toString();
    private static final String CATALOG = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive").toString();

    record Run(int exitCode, String out, String err) {
    }

    static Run grille(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Grille.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Stream<Arguments> commands() {
        List<List<String>> commands = List.of(
                List.of("score", SAMPLES),
                List.of("explain", SAMPLES, "MI-2027-001"),
                List.of("test", CATALOG),
                List.of("validate", CATALOG),
                List.of("allocate", SAMPLES, "--sensitivity"),
                List.of("partners", SAMPLES),
                List.of("audit", SAMPLES),
                List.of("diff", CATALOG, CATALOG, SAMPLES));
        List<Arguments> runs = new ArrayList<>();
        for (List<String> command : commands) {
            for (String lang : List.of("fr", "en")) {
                for (int width : new int[] {80, 120}) {
                    runs.add(Arguments.of(command, lang, width));
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0} --lang {1} --width {2}")
    @MethodSource("commands")
    void no_line_of_a_command_on_the_samples_is_wider_than_asked(List<String> command, String lang, int width) {
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--lang", lang, "--width", String.valueOf(width)));

        Run run = grille(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isIn(0, 3);
        assertThat(tooWide(run.out() + run.err(), width)).isEmpty();
    }

    @Test
    void is_80_columns_when_the_output_is_not_a_terminal() {
        Run run = grille("explain", SAMPLES, "MI-2027-001", "--lang", "en");

        assertThat(run.exitCode()).isZero();
        assertThat(tooWide(run.out(), OutputWidth.DEFAULT)).isEmpty();
        // every character of the text is still there, only laid out on more lines
        Run wide = grille("explain", SAMPLES, "MI-2027-001", "--lang", "en", "--width", "1000");
        assertThat(characters(run.out())).isEqualTo(characters(wide.out()));
        assertThat(wide.out().lines().mapToInt(DisplayWidth::of).max().orElse(0)).isGreaterThan(OutputWidth.DEFAULT);
    }

    @Test
    void takes_the_width_before_the_command_too() {
        Run before = grille("--width", "60", "explain", SAMPLES, "MI-2027-001");

        assertThat(before.exitCode()).isZero();
        assertThat(tooWide(before.out(), 60)).isEmpty();
        assertThat(before.out()).isEqualTo(grille("explain", SAMPLES, "MI-2027-001", "--width", "60").out());
    }

    @Test
    void machine_formats_are_never_broken() {
        Run json = grille("score", SAMPLES, "--format", "json", "--width", "40");
        Run csv = grille("score", SAMPLES, "--format", "csv", "--width", "40");

        assertThat(json.out().lines().filter(l -> l.length() > 40)).isNotEmpty();
        assertThat(csv.out().lines().count()).isEqualTo(grille("score", SAMPLES, "--format", "csv").out().lines().count());
    }

    @Test
    void a_width_too_narrow_for_a_table_is_a_usage_error_in_the_users_words() {
        Run run = grille("score", SAMPLES, "--width", "12", "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(Grille.EXIT_USAGE);
        assertThat(run.err().strip()).isEqualTo("--width must be a number of columns from " + OutputWidth.NARROWEST
                + " to " + OutputWidth.WIDEST + ", not 12.");
    }

    @Nested
    @DisplayName("a table")
    class Table {

        @Test
        void wraps_a_long_cell_between_words_under_its_own_column() {
            TextTable table = new TextTable(List.of("id", "reason"), false, false)
                    .row(List.of("A-1", "one two three four five six seven eight nine ten"));
            String printed = print(table, 40);

            assertThat(printed.lines().toList()).containsExactly(
                    "id   reason",
                    "---  -----------------------------------",
                    "A-1  one two three four five six seven",
                    "     eight nine ten");
        }

        @Test
        void never_breaks_a_number_and_counts_columns_not_utf16_units() {
            // 𝔄 is two UTF-16 units but one column; 漢 is one unit but two columns
            TextTable table = new TextTable(List.of("title", "amount"), false, true)
                    .row(List.of("𝔄𝔄𝔄 漢漢 alpha beta gamma delta epsilon zeta eta theta", "1 250 000 $"));
            String printed = print(table, 40);

            assertThat(tooWide(printed, 40)).isEmpty();
            assertThat(printed).contains("1 250 000 $");
            assertThat(printed.lines().findFirst().orElseThrow()).hasSize(DisplayWidth.of(printed.lines().skip(1).findFirst().orElseThrow()));
        }

        @Test
        void lets_its_last_column_go_under_the_row_when_the_others_leave_it_too_little() {
            TextTable table = new TextTable(List.of("rank", "application", "total", "objective one", "objective two", "reasons"),
                    true, false, true, true, true, false).lastColumnMayGoUnder()
                    .row(List.of("1", "MI-2027-001", "96", "20", "13", "The project informs newcomers of their rights."));
            String printed = print(table, 60);

            assertThat(printed.lines().toList()).contains(
                    "   1  MI-2027-001     96             20             13",
                    "      The project informs newcomers of their rights.");
            assertThat(tooWide(printed, 60)).isEmpty();
        }

        private String print(TextTable table, int width) {
            StringWriter text = new StringWriter();
            PrintWriter out = FittedOutput.of(new PrintWriter(text), width);
            table.print(out);
            out.flush();
            return text.toString();
        }
    }

    /** The lines wider than {@code width}, but for a line holding a single word (a path cannot be broken). */
    static List<String> tooWide(String text, int width) {
        return text.lines().filter(l -> DisplayWidth.of(l) > width && l.strip().contains(" ")).toList();
    }

    /** The characters of the text but its spaces and a table's rules, in order of their code. */
    private static String characters(String text) {
        return text.lines().filter(l -> !l.matches("[- ]*")).flatMapToInt(String::codePoints).filter(c -> c != ' ').sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
