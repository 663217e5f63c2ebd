package org.grille.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An applicant controls the id and the title of an application. Whatever they type there is shown to staff as text:
 * it cannot clear or retitle the terminal, forge a line of a ranking, reverse what a reader sees, or run as a formula
 * in the spreadsheet a CSV is opened in.
 */
@DisplayName("Text an applicant typed")
class HostileApplicantTextTest {

    /** An id that, printed raw, ends its line and writes a forged first place under it. */
    private static final String FORGED_LINE = "EVIL\n   1  FORGED-001    100  oui";
    /** A title that, printed raw, retitles the window, rings the bell and clears the screen. */
    private static final String ESCAPES = "\u001b]0;pwned\u0007\u001b[2J\u001b[31mTitre";
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"Voir\")";
    /** A right-to-left override and a zero-width space: "abc" then "txt.exe" read backwards. */
    private static final String REVERSED = "abc\u202Eexe.txt\u200B";

    @TempDir
    static Path temp;
    private static Path batch;

    @BeforeAll
    static void hostileBatch() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ArrayNode applications = (ArrayNode) json.readTree(
                Files.readString(Path.of("../examples/data/applications.json"), StandardCharsets.UTF_8));
        ((ObjectNode) applications.get(0)).put("id", FORGED_LINE);
        ((ObjectNode) applications.get(1)).put("id", FORMULA);
        ((ObjectNode) applications.get(1).get("project")).put("title", ESCAPES);
        ((ObjectNode) applications.get(2).get("project")).put("title", REVERSED);
        batch = temp.resolve("hostile.json");
        Files.writeString(batch, json.writeValueAsString(applications), StandardCharsets.UTF_8);
    }

    @Test
    void never_acts_on_the_terminal_in_any_table() {
        for (String command : new String[] {"score", "allocate", "partners", "audit"}) {
            // also at 80 columns: a table broken to fit never breaks an id into a line that reads as a row
            for (int width : new int[] {80, 1000}) {
                GrilleCliTest.Run run = GrilleCliTest.grilleAt(width, command, batch.toString());

                assertThat(run.out() + run.err()).as(command).doesNotContain("\u001b", "\u0007", "\u202E", "\u200B");
                assertThat(run.out().lines()).as(command + " at " + width).noneMatch(line -> line.matches("\\s*1\\s+FORGED-001.*"));
            }
        }
    }

    @Test
    void is_shown_with_the_code_of_each_character_that_would_act() {
        GrilleCliTest.Run run = GrilleCliTest.grille("score", batch.toString());

        assertThat(run.out()).contains("EVIL<U+000A>   1  FORGED-001");
    }

    @Test
    void explain_shows_the_title_as_text() {
        GrilleCliTest.Run run = GrilleCliTest.grille("explain", batch.toString(), FORMULA);

        assertThat(run.out()).contains("<U+001B>]0;pwned<U+0007><U+001B>[2J").doesNotContain("\u001b");
    }

    @Test
    void never_runs_as_a_formula_in_a_spreadsheet() {
        GrilleCliTest.Run scores = GrilleCliTest.grille("score", batch.toString(), "--format", "csv");
        GrilleCliTest.Run plan = GrilleCliTest.grille("allocate", batch.toString(), "--format", "csv");

        for (GrilleCliTest.Run run : new GrilleCliTest.Run[] {scores, plan}) {
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("'=HYPERLINK");
            assertThat(run.out().lines()).noneMatch(line -> line.startsWith("=") || line.contains(",=") || line.contains(",\"="));
        }
    }

    @Test
    void a_quoted_catalog_line_shows_its_control_characters_by_code_with_the_caret_under_the_right_one() throws IOException {
        Path catalog = temp.resolve("catalog-with-escape");
        try (var files = Files.walk(Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive"))) {
            Path root = Path.of("../rules-catalog/src/main/resources/org/grille/catalog/montrealinclusive");
            for (Path file : files.toList()) {
                Path target = catalog.resolve(root.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path eligibility = catalog.resolve("eligibility.drl");
        Files.writeString(eligibility, Files.readString(eligibility) + "// \u001b[2J\u0007 x\n");

        GrilleCliTest.Run run = GrilleCliTest.grille("validate", catalog.toString(), "--lang", "en");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out() + run.err()).doesNotContain("\u001b", "\u0007");
        java.util.List<String> lines = run.out().lines().toList();
        int quoted = lines.indexOf(lines.stream().filter(l -> l.contains("// <U+001B>[2J<U+0007> x")).findFirst().orElseThrow());
        assertThat(lines.get(quoted + 1).indexOf('^')).isEqualTo(lines.get(quoted).indexOf("<U+001B>"));
    }

    @Test
    void a_spreadsheet_cell_keeps_numbers_and_ordinary_text() {
        assertThat(SpreadsheetCsv.cell("-2")).isEqualTo("-2");
        assertThat(SpreadsheetCsv.cell("+3")).isEqualTo("+3");
        assertThat(SpreadsheetCsv.cell("MI-2027-001")).isEqualTo("MI-2027-001");
        assertThat(SpreadsheetCsv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(SpreadsheetCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetCsv.cell("")).isEmpty();
        assertThat(TerminalText.visible("Montréal « inclusive » l’été\u00A0!")).isEqualTo("Montréal « inclusive » l’été\u00A0!");
    }
}
