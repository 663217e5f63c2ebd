package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule's English title, {@code @title_en("...")}: words only, checked where staff wrote them, and never part of
 * what Drools compiles.
 */
class RuleTitleTest {

    private static final String HEADER = "package org.grille.catalog.test;\nimport org.grille.api.rules.*;\n\n";

    private static String drl(String title) {
        return HEADER + "rule \"Budget : les postes totalisent le coût\"\n"
                + "    @criterion(BUDGET_REALISM) @points(2) @reason(\"quality.budget.balanced\") @title_en" + title + "\n"
                + "when\n    Project()\nthen\nend\n";
    }

    private static DrlFile parse(String text) throws Exception {
        return new DrlFile("t.drl", text, text.lines().toList(), new DrlParser().parse(false, text));
    }

    private static ProblemCollector problems() {
        return new ProblemCollector(new Messages(Locale.CANADA));
    }

    private static String read(DrlFile file, ProblemCollector problems) {
        RuleDescr rule = file.descr().getRules().get(0);
        return RuleTitle.read(rule, file.path(), MetadataPlaces.of(rule, file.text()), problems);
    }

    @Test
    void a_title_is_read_as_words_and_never_printed_for_drools() throws Exception {
        DrlFile file = parse(drl("(\"Budget: the budget lines add up to the project's cost\")"));
        ProblemCollector problems = problems();

        assertThat(RuleGrammar.check(file, problems, TestTerms.BUNDLED)).isTrue();
        assertThat(read(file, problems)).isEqualTo("Budget: the budget lines add up to the project's cost");
        Tree.File tree = RuleTreeReader.read(file, Vocabulary.Kind.SCORING, TestTerms.BUNDLED, problems);
        String printed = DrlPrinter.print(tree, Vocabulary.Kind.SCORING);

        assertThat(problems.sorted()).isEmpty();
        assertThat(printed).doesNotContain("title_en").doesNotContain("budget lines").doesNotContain("@");
    }

    @Test
    void a_title_of_the_longest_length_is_kept() throws Exception {
        String longest = "a".repeat(RuleTitle.MAX_LENGTH);
        ProblemCollector problems = problems();

        assertThat(read(parse(drl("(\"" + longest + "\")")), problems)).isEqualTo(longest);
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void a_rule_without_a_title_has_none() throws Exception {
        String text = HEADER + "rule \"Sans titre\"\n    @criterion(BUDGET_REALISM) @points(2) @reason(\"r\")\nwhen\n    Project()\nthen\nend\n";
        ProblemCollector problems = problems();

        assertThat(read(parse(text), problems)).isNull();
        assertThat(problems.sorted()).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("empty", "(\"\")", "is empty"),
                Arguments.of("blank", "(\"   \")", "is empty"),
                Arguments.of("no quotes", "(Ineligible)", "is not between double quotes"),
                Arguments.of("no value", "", "is empty"),
                Arguments.of("too long", "(\"" + "a".repeat(RuleTitle.MAX_LENGTH + 1) + "\")", "is too long"),
                Arguments.of("a tab", "(\"Budget:\tlines\")", "control or invisible character"),
                Arguments.of("a bidirectional override", "(\"Budget: \u202Elines\")", "control or invisible character"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void each_mistake_is_one_problem_at_the_title_s_value(String what, String title, String says) throws Exception {
        String text = drl(title);
        ProblemCollector problems = problems();

        assertThat(read(parse(text), problems)).isNull();

        String line = text.lines().toList().get(4);
        int column = title.isEmpty() ? line.indexOf("@title_en") + 2 : line.indexOf("@title_en(") + "@title_en(".length() + 1;
        assertThat(problems.sorted()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("GRILLE-RULE-TITLE-EN");
            assertThat(p.severity()).isEqualTo(CatalogProblem.Severity.ERROR);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(column);
            assertThat(p.rule()).isEqualTo("Budget : les postes totalisent le coût");
            assertThat(p.message()).contains(says).contains(String.valueOf(RuleTitle.MAX_LENGTH));
        });
    }

    @Test
    void an_expression_is_refused_by_the_grammar_alone() throws Exception {
        DrlFile file = parse(drl("(\"Budget\" + System.getenv(\"HOME\"))"));
        ProblemCollector problems = problems();

        assertThat(RuleGrammar.check(file, problems, TestTerms.BUNDLED)).isFalse();
        assertThat(read(file, problems)).isNull();
        List<String> codes = problems.sorted().stream().map(CatalogProblem::code).toList();
        assertThat(codes).containsExactly("GRILLE-RULE-ANNOTATION-NOT-LITERAL");
    }
}
