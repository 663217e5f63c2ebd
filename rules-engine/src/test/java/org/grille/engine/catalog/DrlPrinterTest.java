package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.drools.drl.parser.DrlParser;
import org.grille.engine.Messages;
import org.junit.jupiter.api.Test;

/** What the printer writes for the forms the random trees do not make, and where it puts each rule. */
class DrlPrinterTest {

    private static String printed(String drl) throws Exception {
        DrlFile file = new DrlFile("t.drl", drl, drl.lines().toList(), new DrlParser().parse(false, drl));
        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        Tree.File tree = RuleTreeReader.read(file, Vocabulary.Kind.SCORING, Set.of(), problems);
        assertThat(problems.sorted()).isEmpty();
        String text = DrlPrinter.print(tree, Vocabulary.Kind.SCORING);
        assertThat(PrintedText.check(text, Vocabulary.Kind.SCORING)).isNull();
        return text;
    }

    private static final String HEADER = "package org.grille.catalog.test;\nimport org.grille.api.rules.*;\n";

    @Test
    void each_rule_and_pattern_keeps_the_line_it_has_in_the_author_s_file() throws Exception {
        List<String> lines = printed(HEADER + "// a comment\n\nrule \"First\"\n    @derives\nwhen\n    Project()\n\n"
                + "    Budget()\nthen\nend\n\nrule \"Second\" when Organization() then end\n").lines().toList();

        assertThat(lines.get(4)).startsWith(" rule \"First\" when");
        assertThat(lines.get(7)).isEqualTo(" Project(  )");
        assertThat(lines.get(9)).startsWith(" Budget(  ) then end");
        assertThat(lines.get(13)).isEqualTo(" rule \"Second\" when Organization(  ) then end");
    }

    @Test
    void an_and_at_the_top_is_its_children_and_an_or_there_needs_no_parenthesis() throws Exception {
        String text = printed(HEADER + "rule \"r\" when\n    $p : Project()\n"
                + "    ( Budget() and Organization() )\n    ( Outcome() or Partner() )\n    Activity() from $p.activities\nthen end\n");

        assertThat(text).contains(" Budget(  ) Organization(  )\n Outcome(  ) or Partner(  )\n Activity(  ) from $p.activities then");
    }

    @Test
    void accumulate_keeps_its_form() throws Exception {
        String text = printed(HEADER + "rule \"r\" when\n"
                + "    accumulate( Outcome( $b : baseline ) ; $n : count(), $m : max( $b ) ; $n >= 1 )\n"
                + "    accumulate( Outcome() ; $k : count() )\n"
                + "    Number( intValue >= 2 ) from accumulate( Partner(), count( 1 ) )\nthen end\n");

        assertThat(text).contains("accumulate( Outcome( $b : baseline ) ; $n : count(  ), $m : max( $b ) ; $n >= 1 )")
                .contains("accumulate( Outcome(  ) ; $k : count(  ) )")
                .contains("Number( longValue >= 2 ) from accumulate( Partner(  ), count( 1 ) )");
    }

    @Test
    void findings_are_inserted_in_order() throws Exception {
        String text = printed(HEADER + "rule \"r\" @derives when Project() then\n insert(new Finding(\"A\"));\n"
                + " insert(new Finding(\"B\"));\nend\n");

        assertThat(text).contains("then insert( new Finding( \"A\" ) ); insert( new Finding( \"B\" ) ); end");
    }
}
