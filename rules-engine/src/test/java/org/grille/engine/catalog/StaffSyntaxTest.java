package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The syntax mistakes staff make, each named where it must be fixed, and a broken rule that costs only that rule: the
 * other rules of the file are still checked in the same run.
 */
class StaffSyntaxTest {

    private static final Path MINI = Path.of("src/test/resources/catalogs/mini");
    private static final String RIGHTS = """
            rule "Rights claimed"
                @criterion(OBJECTIVE_FIT) @objective(NEWCOMER_RIGHTS) @points(3) @reason("fit.rights")
            when
                Project( objectives contains Objective.NEWCOMER_RIGHTS )
            then
            end
            """;

    @TempDir
    Path temp;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                // a word processor's quotes around the name
                Arguments.of(RIGHTS.replace("\"Rights claimed\"", "\u201CRights claimed\u201D"), "DRL-TYPOGRAPHIC-QUOTE", 0, 6),
                // an apostrophe inside a name in single quotes
                Arguments.of(RIGHTS.replace("\"Rights claimed\"", "'Newcomer's rights'"), "DRL-APOSTROPHE-IN-NAME", 0, 15),
                // the end forgotten: named at the rule's last line, not at the next rule's end
                Arguments.of(RIGHTS.replace("then\nend\n", "then\n"), "DRL-MISSING-END", 4, 5),
                Arguments.of(RIGHTS.replace("then\nend\n", "end\n"), "DRL-MISSING-THEN", 4, 1),
                Arguments.of(RIGHTS.replace("NEWCOMER_RIGHTS )", "NEWCOMER_RIGHTS"), "DRL-UNCLOSED-PARENTHESIS", 3, 12),
                Arguments.of(RIGHTS.replace("NEWCOMER_RIGHTS )", "NEWCOMER_RIGHTS ) )"), "DRL-EXTRA-PARENTHESIS", 3, 62),
                Arguments.of(RIGHTS.replace("@reason(\"fit.rights\")", "@reason(\"fit.rights)"), "DRL-UNCLOSED-TEXT", 1, 78),
                Arguments.of(RIGHTS.replace("Project( objectives", "Project(\u00A0objectives"), "DRL-STRAY-CHARACTER", 3, 13));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("mistakes")
    void names_each_mistake_where_it_must_be_fixed(String broken, String code, int lineInRule, int column) throws IOException {
        int ruleLine = append(broken);

        List<CatalogProblem> errors = errors();

        assertThat(errors).as("%s", errors).hasSize(1);
        CatalogProblem error = errors.get(0);
        assertThat(error.code()).isEqualTo("GRILLE-" + code);
        assertThat(error.file()).isEqualTo("points.drl");
        assertThat(error.line()).isEqualTo(ruleLine + lineInRule);
        assertThat(error.column()).isEqualTo(column);
        assertThat(error.message()).doesNotContain("\"\"", "''", "mismatched", "no viable");
    }

    @Test
    void a_syntax_error_in_one_rule_does_not_hide_a_misspelled_field_in_another() throws IOException {
        append(RIGHTS.replace("then\nend\n", "then\n"));
        append(RIGHTS.replace("Rights claimed", "Rights again").replace("objectives contains", "objectivs contains"));

        List<CatalogProblem> errors = errors();

        assertThat(errors).extracting(CatalogProblem::code)
                .containsExactly("GRILLE-DRL-MISSING-END", "GRILLE-DRL-UNKNOWN-FIELD");
        assertThat(errors).extracting(CatalogProblem::rule).containsExactly("Rights claimed", "Rights again");
    }

    @Test
    void a_file_that_parses_is_not_touched() throws IOException {
        append(RIGHTS.replace("Rights claimed", "Rights again"));

        assertThat(errors()).isEmpty();
    }

    @Test
    void cuts_a_file_into_its_header_and_its_rules_whatever_their_comments() {
        String text = "package p;\n/* rule \"in a comment\"\n*/\nrule \"A\" when then end\n// rule \"B\"\n rule 'C' when\nthen end\n";

        assertThat(StaffSyntax.chunks(text)).containsExactly(new StaffSyntax.Chunk(1, 3, null),
                new StaffSyntax.Chunk(4, 5, "A"), new StaffSyntax.Chunk(6, 7, "C"));
        assertThat(StaffSyntax.chunks("rule 'L'été' when\nthen end\nrule \u201CMon nom\u201D when\n").stream().map(StaffSyntax.Chunk::rule))
                .containsExactly("L'été", "Mon nom");
    }

    /** Appends {@code rule} to the copy's points.drl; returns the line its first line lands on. */
    private int append(String rule) throws IOException {
        Path copy = temp.resolve("mini");
        if (!Files.exists(copy)) {
            copyMini(copy);
        }
        Path file = copy.resolve("points.drl");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String separated = text.endsWith("\n\n") ? text : text + "\n";
        Files.writeString(file, separated + rule, StandardCharsets.UTF_8);
        return (int) separated.lines().count() + 1;
    }

    private void copyMini(Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(MINI)) {
            for (Path source : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(MINI.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    private List<CatalogProblem> errors() {
        return new CatalogCompiler(new Messages(Locale.CANADA)).compile(new DirectoryCatalogSource(temp.resolve("mini")))
                .problems().stream().filter(p -> p.severity() == CatalogProblem.Severity.ERROR).toList();
    }
}
