package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The second layer on its own: had the printer copied the author's text through, each escape the rule authors found
 * would still have been stopped here, before Drools saw it.
 */
class PrintedTextTest {

    private static final String HEADER = header(Vocabulary.Kind.SCORING);

    private static String header(Vocabulary.Kind kind) {
        StringBuilder text = new StringBuilder("package org.grille.catalog.mini;");
        kind.imports().forEach(type -> text.append(" import ").append(type).append(';'));
        text.append(" import org.grille.engine.catalog.JoinBudget;");
        if (kind == Vocabulary.Kind.PARTNERSHIP) {
            text.append(" import org.grille.engine.catalog.PairWindow;");
        }
        return text.toString();
    }

    private static String rule(String when) {
        return HEADER + "\n rule \"Essai\" when " + when + " then end\n";
    }

    static Stream<Arguments> escapes() {
        return Stream.of(
                Arguments.of("code in metadata", HEADER + "\n rule \"Essai\" @reason(java.lang.System.exit(0)) when ProjectFact( ) then end",
                        "@reason"),
                Arguments.of("code in an unknown annotation", rule("ProjectFact( )").replace("when", "@x(1) when"), "@x"),
                Arguments.of("grouped accumulate", rule("groupby( ActivityFact( $t : type ) ; $k : $t.name() ; $n : count() )"),
                        "groupby"),
                Arguments.of("eval", rule("eval( true )"), "eval"),
                Arguments.of("a Java call", rule("ProjectFact( expectedParticipants > Integer.parseInt( \"1\" ) )"), "Integer"),
                Arguments.of("a static field", rule("ProjectFact( expectedParticipants > java.lang.Integer.MAX_VALUE )"), "java"),
                Arguments.of("getClass", rule("ProjectFact( getClass() != null )"), "getClass"),
                Arguments.of("octal", rule("OrganizationFact( yearsActive == 010 )"), "010"),
                Arguments.of("a long suffix", rule("OrganizationFact( yearsActive == 10L )"), "10L"),
                Arguments.of("an exponent", rule("OrganizationFact( yearsActive == 1e3 )"), "1e3"),
                Arguments.of("a decrement", rule("OrganizationFact( yearsActive > --1 )"), "-"),
                Arguments.of("a spaced decrement", rule("OrganizationFact( yearsActive > - -1 )"), "-"),
                Arguments.of("an increment", rule("OrganizationFact( yearsActive++ > 1 )"), "+"),
                Arguments.of("xor", rule("ProjectFact( documentsNeed ^ hasTheoryOfChange )"), "^"),
                Arguments.of("inclusive and", rule("ProjectFact( documentsNeed & hasTheoryOfChange )"), "&"),
                Arguments.of("a division", rule("ProjectFact( expectedParticipants / 0 > 1 )"), "/"),
                Arguments.of("a comment", rule("ProjectFact( ) // then System.exit(0)"), "/"),
                Arguments.of("a unicode escape", rule("Finding( name == \"\\u0022\" )"), "\"\\u0022\""),
                Arguments.of("single quotes", rule("Finding( name == 'x' )"), "'x'"),
                Arguments.of("an index", rule("ProjectFact( objectives[0] != null )"), "["),
                Arguments.of("a consequence", HEADER + "\n rule \"Essai\" when ProjectFact( ) then System.exit( 0 ); end", "System"),
                Arguments.of("a function", HEADER + "\n function void f() { } rule \"Essai\" when ProjectFact( ) then end", "function"),
                Arguments.of("an extra import", HEADER + " import java.io.File;\n rule \"Essai\" when ProjectFact( ) then end", "import"),
                Arguments.of("another package", rule("ProjectFact( )").replace("org.grille.catalog.mini", "java.lang"), "package"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escapes")
    void refuses_each_escape_on_its_own(String family, String text, String token) {
        PrintedText.Fault fault = PrintedText.check(text, Vocabulary.Kind.SCORING);

        assertThat(fault).as(text).isNotNull();
        assertThat(fault.token()).startsWith(token.substring(0, 1));
    }

    @Test
    void a_fault_is_placed_on_its_line() {
        PrintedText.Fault fault = PrintedText.check(HEADER + "\n rule \"Essai\" when\n\n ProjectFact( )\n eval( true ) then end",
                Vocabulary.Kind.SCORING);

        assertThat(fault).isEqualTo(new PrintedText.Fault(5, "eval"));
    }

    @Test
    void accepts_what_the_printer_writes() {
        assertThat(PrintedText.check(rule("$p : ProjectFact( expectedParticipants.longValue() * 9000 > (-(5)), "
                + "objectives contains Objective.of(\"HIRING_BARRIERS\"), ( documentsNeed || hasTheoryOfChange == false ) ) "
                + "Number( longValue >= 2 ) from accumulate( ActivityFact( $s : sessions ), sum( $s ) ) "
                + "exists( ActivityFact( type == ActivityType.MENTORING ) from $p.activities ) "
                + "BudgetFact( amountFor(BudgetCategory.EVALUATION) >= 0.05 )").replace("then end",
                "then insert( new Finding( \"SIGNED_PARTNER\" ) ); end"), Vocabulary.Kind.SCORING)).isNull();
    }

    @Test
    void partnership_files_are_checked_against_the_batch_vocabulary() {
        String text = header(Vocabulary.Kind.PARTNERSHIP) + "\n rule \"Essai\" when PairWindow( $_low : low, $_high : high, "
                + "$_both : both ) Serves( key >= $_low, key < $_high, $ka : key ) Serves( ( key > $ka || $_both ), $kb : key != $ka ) then end\n";

        assertThat(PrintedText.check(text, Vocabulary.Kind.PARTNERSHIP)).isNull();
        assertThat(PrintedText.check(text, Vocabulary.Kind.SCORING)).isNotNull();
        // the window's words are the printer's in partnership files only
        assertThat(PrintedText.check(HEADER + "\n rule \"Essai\" when PairWindow( ) then end\n", Vocabulary.Kind.SCORING)).isNotNull();
    }

    @Test
    void the_printer_gives_each_partnership_rule_its_window_and_a_symmetric_one_a_single_way() {
        Tree.File file = new Tree.File("p.drl", "org.grille.catalog.mini", List.of(
                new Tree.Rule("Sym", 2, List.of(serves("$ka", 3), serves("$kb", 4)), List.of()),
                new Tree.Rule("Asym", 5, List.of(serves("$kb", 6), serves("$ka", 7)), List.of())));
        String printed = DrlPrinter.print(file, Vocabulary.Kind.PARTNERSHIP, java.util.Set.of("Sym"));

        assertThat(PrintedText.check(printed, Vocabulary.Kind.PARTNERSHIP)).as(printed).isNull();
        assertThat(printed).contains("rule \"Sym\" when PairWindow( $_low : low, $_high : high, $_both : both )")
                .contains("Serves( key >= $_low, key < $_high, $ka : key )")
                .contains("Serves( ( key > $ka || $_both ), $kb : key )")
                .contains("rule \"Asym\" when PairWindow(")
                .contains("Serves( $kb : key )\n Serves( key >= $_low, key < $_high, $ka : key )");
    }

    private static Tree.Match serves(String variable, int line) {
        return new Tree.Match(line, null, "Serves", List.of(new Tree.Bind(variable,
                new Tree.Path(null, List.of(new Tree.Segment("key", false, List.of()))))), null);
    }
}
