package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.drools.drl.parser.DrlParser;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;

/** What the printer writes for the forms the random trees do not make, and where it puts each rule. */
class DrlPrinterTest {

    private static String printed(String drl) throws Exception {
        DrlFile file = new DrlFile("t.drl", drl, drl.lines().toList(), new DrlParser().parse(false, drl));
        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        Tree.File tree = RuleTreeReader.read(file, Vocabulary.Kind.SCORING, TestTerms.BUNDLED, problems);
        assertThat(problems.sorted()).isEmpty();
        String text = DrlPrinter.print(tree, Vocabulary.Kind.SCORING);
        assertThat(PrintedText.check(text, Vocabulary.Kind.SCORING)).isNull();
        // and Drools builds it: every guard names a variable visible where it stands
        DroolsBuild.build(List.of(new PrintedFile(file, tree, text)), problems);
        assertThat(problems.sorted()).as(text).isEmpty();
        return text;
    }

    private static final String HEADER = "package org.grille.catalog.test;\nimport org.grille.api.rules.*;\n";

    @Test
    void each_rule_and_pattern_keeps_the_line_it_has_in_the_author_s_file() throws Exception {
        List<String> lines = printed(HEADER + "// a comment\n\nrule \"First\"\n    @derives\nwhen\n    Project()\n\n"
                + "    Budget()\nthen\nend\n\nrule \"Second\" when Organization() then end\n").lines().toList();

        assertThat(lines.get(4)).startsWith(" rule \"First\" when");
        assertThat(lines.get(7)).isEqualTo(" $_1 : ProjectFact(  )");
        assertThat(lines.get(9)).startsWith(" $_2 : BudgetFact( JoinBudget.within( $_1 ) ) then end");
        assertThat(lines.get(13)).isEqualTo(" rule \"Second\" when $_1 : OrganizationFact(  ) then end");
    }

    @Test
    void an_and_at_the_top_is_its_children_and_an_or_there_needs_no_parenthesis() throws Exception {
        String text = printed(HEADER + "rule \"r\" when\n    $p : Project()\n"
                + "    ( Budget() and Organization() )\n    ( Outcome() or Partner() )\n    Activity() from $p.activities\nthen end\n");

        assertThat(text).contains(" $_1 : BudgetFact( JoinBudget.within( $p ) ) $_2 : OrganizationFact( JoinBudget.within( $_1 ) )\n"
                + " $_3 : OutcomeFact( JoinBudget.within( $_2 ) ) or $_4 : PartnerFact( JoinBudget.within( $_2 ) )\n"
                + " $_5 : ActivityFact( JoinBudget.within( $_2 ) ) from $p.activities then");
    }

    @Test
    void accumulate_keeps_its_form() throws Exception {
        String text = printed(HEADER + "rule \"r\" when\n"
                + "    accumulate( Outcome( $b : baseline ) ; $n : count(), $m : max( $b ) ; $n >= 1 )\n"
                + "    accumulate( Outcome() ; $k : count() )\n"
                + "    Number( intValue >= 2 ) from accumulate( Partner(), count( 1 ) )\nthen end\n");

        assertThat(text).contains("accumulate( $_1 : OutcomeFact( $b : baseline ) ; $n : count(  ), $m : max( $b ) ; $n >= 1 )")
                .contains("accumulate( $_2 : OutcomeFact( JoinBudget.within( $n ) ) ; $k : count(  ) )")
                .contains("$_3 : Number( longValue >= 2 ) from accumulate( $_4 : PartnerFact( JoinBudget.within( $k ) ), count( 1 ) )");
    }

    @Test
    void a_guard_names_only_what_is_visible_where_it_stands() throws Exception {
        String text = printed(HEADER + "rule \"r\" when\n"
                + "    not( $x : Partner() and Outcome() )\n"
                + "    exists( Activity() )\n"
                + "    $p : Project()\n"
                + "    forall( $a : Activity() Activity( type == $a.type ) )\n"
                + "    Budget()\nthen end\n");

        assertThat(text).contains("not( ( $x : PartnerFact(  ) and $_1 : OutcomeFact( JoinBudget.within( $x ) ) ) )")
                .contains("exists( $_2 : ActivityFact(  ) )")
                .contains("$p : ProjectFact(  )")
                .contains("forall( $a : ActivityFact( JoinBudget.within( $p ) ) $_3 : ActivityFact( JoinBudget.within( $a ), type == $a.type ) )")
                .contains("$_4 : BudgetFact( JoinBudget.within( $p ) )");
    }

    @Test
    void findings_are_inserted_in_order() throws Exception {
        String text = printed(HEADER + "rule \"r\" @derives when Project() then\n insert(new Finding(\"A\"));\n"
                + " insert(new Finding(\"B\"));\nend\n");

        assertThat(text).contains("then insert( new Finding( \"A\" ) ); insert( new Finding( \"B\" ) ); end");
    }
}
