package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.drools.drl.parser.DrlParser;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The reader refuses on its own, without the grammar in front of it: what Drools' parser accepts but Grille's tree
 * cannot hold never gets a tree, so it is never printed.
 */
class RuleTreeReaderTest {

    private static final String HEADER = "package org.grille.catalog.test;\nimport org.grille.api.rules.*;\n";

    private static List<CatalogProblem> read(String drl) throws Exception {
        DrlParser parser = new DrlParser();
        DrlFile file = new DrlFile("t.drl", drl, drl.lines().toList(), parser.parse(false, drl));
        assertThat(parser.getErrors()).as(drl).isEmpty();
        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        Tree.File tree = RuleTreeReader.read(file, Vocabulary.Kind.SCORING,
                new RuleTerms(Set.of("Project.boroughsServed"), TestTerms.BUNDLED.objectives()), problems);
        assertThat(tree == null).as("a tree exactly when there is no problem").isEqualTo(!problems.sorted().isEmpty());
        return problems.sorted();
    }

    private static String rule(String when) {
        return HEADER + "rule \"r\"\nwhen\n    " + when + "\nthen\nend\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " :: ", textBlock = """
            eval :: eval( true )
            unknown type :: java.io.File()
            a value type as a fact :: Board()
            a protected member :: Project( boroughsServed.size() > 0 )
            from a non-variable :: Activity() from java.util.List.of()
            from a list of another type :: $p : Project()\\n    Activity() from $p.outcomes
            from a single value :: $p : Project()\\n    Activity() from $p.budget
            accumulate with init :: Number() from accumulate( Activity(), init( int c = 0; ), action( c++; ), result( c ) )
            an unknown function :: Number() from accumulate( Activity( $s : sessions ), collectList( $s ) )
            a sum of a non-number :: Number() from accumulate( Activity( $t : type ), sum( $t ) )
            two arguments :: Number() from accumulate( Activity( $s : sessions ), sum( $s, $s ) )
            a bound Object result :: $x : Object() from accumulate( Activity(), count() )
            another result type :: String() from accumulate( Activity(), count() )
            collect :: java.util.List() from collect( Activity() )
            entry-point :: Project() from entry-point "x"
            a window :: Project() over window:length( 2 )
            a positional constraint :: Finding( "A"; )
            a unification :: Project( $d := durationMonths )
            xor :: Project( documentsNeed == true ^ hasTheoryOfChange == true )
            inclusive and :: Project( documentsNeed == true & hasTheoryOfChange == true )
            matches :: Finding( name matches "A.*" )
            an operator with parameters :: Finding( name str[startsWith] "A" )
            a comparison of lists :: Project( objectives > targetGroups )
            contains on a value :: Project( durationMonths contains 3 )
            memberOf a value :: Project( durationMonths memberOf 3 )
            a number as a condition :: Project( durationMonths )
            a static call :: Project( durationMonths > Integer.parseInt( "1" ) )
            a binding inside or :: Project( $d : durationMonths > 1 || documentsNeed == true )
            """)
    void refuses(String what, String when) throws Exception {
        assertThat(read(rule(when.replace("\\n", "\n")))).as(what).isNotEmpty()
                .allSatisfy(p -> assertThat(p.severity()).isEqualTo(CatalogProblem.Severity.ERROR));
    }

    @Test
    void refuses_declarations_attributes_and_other_consequences() throws Exception {
        assertThat(read(HEADER + "global java.util.List out;\n")).isNotEmpty();
        assertThat(read(HEADER + "function int f() { return 1; }\n")).isNotEmpty();
        assertThat(read(HEADER + "declare Extra end\n")).isNotEmpty();
        assertThat(read(HEADER + "query q() Project() end\n")).isNotEmpty();
        assertThat(read(HEADER + "rule \"r\" salience 10\nwhen\n    Project()\nthen\nend\n")).isNotEmpty();
        assertThat(read(HEADER + "rule \"r\" extends \"q\"\nwhen\n    Project()\nthen\nend\n")).isNotEmpty();
        assertThat(read(HEADER + "rule \"r\"\nwhen\n    Project()\nthen\n    System.exit(0);\nend\n")).isNotEmpty();
        String nine = "insert(new Finding(\"A\"));".repeat(9);
        assertThat(read(HEADER + "rule \"r\"\nwhen\n    Project()\nthen\n    " + nine + "\nend\n")).isNotEmpty();
        String eight = "insert(new Finding(\"A\"));".repeat(8);
        assertThat(read(HEADER + "rule \"r\"\nwhen\n    Project()\nthen\n    " + eight + "\nend\n")).isEmpty();
    }

    @Test
    void a_refusal_names_the_construct_the_rule_and_its_place() throws Exception {
        assertThat(read(rule("Project()\n    eval( true )"))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("GRILLE-RULE-CONSTRUCT-FORBIDDEN");
            assertThat(p.message()).contains("\"eval\"");
            assertThat(p.rule()).isEqualTo("r");
            assertThat(p.file()).isEqualTo("t.drl");
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo(5);
        });
        assertThat(read(rule("Project( $d : durationMonths )\n    Budget( $d : totalRequested )"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("GRILLE-RULE-VARIABLE-TWICE");
                    assertThat(p.message()).contains("$d");
                });
    }

    @Test
    void sixty_four_comparisons_in_a_constraint_pass_and_sixty_five_do_not() throws Exception {
        String sixtyFour = "durationMonths == 1" + " || durationMonths == 1".repeat(63);
        assertThat(read(rule("Project( " + sixtyFour + " )"))).isEmpty();
        assertThat(read(rule("Project( " + sixtyFour + " || durationMonths == 1 )"))).isNotEmpty();
    }

    @Test
    void a_constraint_of_two_thousand_characters_passes_and_a_longer_one_does_not() throws Exception {
        // the spaces inside the constraint count: Drools keeps them in the text it hands over
        String longest = "durationMonths" + " ".repeat(RuleTreeReader.MAX_CONSTRAINT_LENGTH - 18) + "== 1";
        assertThat(longest).hasSize(RuleTreeReader.MAX_CONSTRAINT_LENGTH);
        assertThat(read(rule("Project( " + longest + " )"))).isEmpty();
        assertThat(read(rule("Project( " + longest.replace("== 1", "== 10") + " )"))).isNotEmpty();
    }

    @Test
    void reads_what_the_grammar_allows() throws Exception {
        assertThat(read(rule("$p : Project( $d : durationMonths > 1, documentsNeed, objectives contains Objective.HIRING_BARRIERS,"
                + " primaryObjective memberOf objectives, ( documentsNeed == true || durationMonths > 2 && durationMonths < 9 ) )\n"
                + "    exists( Activity( type == ActivityType.MENTORING ) from $p.activities )\n"
                + "    accumulate( Outcome( $b : baseline ) ; $n : count(), $m : max( $b ) ; $n >= 1 )\n"
                + "    not( Partner() and Outcome() )\n    forall( Activity( sessions != null ) )"))).isEmpty();
    }
}
