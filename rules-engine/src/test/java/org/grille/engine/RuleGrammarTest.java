package org.grille.engine;

import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.DirectoryCatalogSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per construct outside the rule grammar: each is refused with its own code, in the file and on the line
 * where it is written, before anything is compiled. The text is appended to the test catalog's points.drl.
 */
@DisplayName("The rule grammar")
class RuleGrammarTest {

    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    @TempDir
    Path temp;

    /** A rule with these conditions (and this consequence, for a @derives rule). */
    private static String rule(String header, String when, String then) {
        return "\nrule \"Probe\"\n    " + header + "\nwhen\n    " + when + "\nthen\n" + then + "end\n";
    }

    private static String award(String when) {
        return rule("@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")", when, "");
    }

    private static String derives(String then) {
        return rule("@derives", "Project()", "    " + then + "\n");
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                // conditions
                Arguments.of("eval", award("eval( 1 == 1 )"), "RULE-CONSTRUCT-FORBIDDEN", "eval"),
                Arguments.of("matches", award("Finding( name matches \"A.*\" )"), "RULE-OPERATOR-FORBIDDEN", "matches"),
                Arguments.of("soundslike", award("Finding( name soundslike \"A\" )"), "RULE-OPERATOR-FORBIDDEN", "soundslike"),
                Arguments.of("str", award("Finding( name str[startsWith] \"A\" )"), "RULE-OPERATOR-FORBIDDEN", "str"),
                Arguments.of("a temporal operator", award("$f : Finding()\n    Finding( this after $f )"), "RULE-OPERATOR-FORBIDDEN", "after"),
                Arguments.of("a static call", award("Project( expectedParticipants > Math.max(1, 2) )"), "RULE-EXPRESSION-FORBIDDEN", "Math"),
                Arguments.of("new", award("Project( expectedParticipants > new Integer(1) )"), "RULE-EXPRESSION-FORBIDDEN", "new"),
                Arguments.of("a cast", award("Project( expectedParticipants > (Integer) 1 )"), "RULE-EXPRESSION-FORBIDDEN", "Integer"),
                Arguments.of("toString", award("Project( toString() == \"x\" )"), "RULE-METHOD-FORBIDDEN", "toString"),
                Arguments.of("hashCode", award("Organization( hashCode() > 0 )"), "RULE-METHOD-FORBIDDEN", "hashCode"),
                Arguments.of("equals", award("$p : Project()\n    Project( equals($p) )"), "RULE-METHOD-FORBIDDEN", "equals"),
                Arguments.of("a method of a value", award("Project( start.getYear() > 2026 )"), "RULE-METHOD-FORBIDDEN", "getYear"),
                Arguments.of("a list's get", award("Budget( lines.get(0) != null )"), "RULE-METHOD-FORBIDDEN", "get"),
                Arguments.of("this", award("Project( this != null )"), "RULE-EXPRESSION-FORBIDDEN", "this"),
                Arguments.of("an index", award("Project( objectives[0] == Objective.HIRING_BARRIERS )"), "RULE-EXPRESSION-FORBIDDEN", "["),
                Arguments.of("an assignment", award("Project( (expectedParticipants = 1) > 0 )"), "RULE-EXPRESSION-FORBIDDEN", "="),
                Arguments.of("a division", award("Organization( annualRevenue / yearsActive > 1000 )"), "RULE-EXPRESSION-FORBIDDEN", "/"),
                Arguments.of("a backslash in text", award("Finding( name == \"A\\\\B\" )"), "RULE-EXPRESSION-FORBIDDEN", "\\"),
                Arguments.of("drools", award("Project( drools != null )"), "DRL-UNKNOWN-FIELD", "drools"),
                Arguments.of("kcontext", award("Project( kcontext != null )"), "DRL-UNKNOWN-FIELD", "kcontext"),
                Arguments.of("from a method call", award("Activity() from java.lang.System.getenv()"), "RULE-FROM-FORBIDDEN", "from"),
                Arguments.of("from a variable's non-list", award("$p : Project()\n    Activity() from $p.start"), "RULE-FROM-FORBIDDEN", "from"),
                Arguments.of("accumulate with inline code",
                        award("Number() from accumulate( Activity(), init( int c = 0; ), action( c++; ), result( c ) )"),
                        "RULE-ACCUMULATE-FORBIDDEN", "accumulate"),
                Arguments.of("accumulate with another function",
                        award("accumulate( Activity( $s : sessions ); $l : collectList( $s ) )"), "RULE-ACCUMULATE-FORBIDDEN", "accumulate"),
                Arguments.of("collect", award("java.util.List() from collect( Activity() )"), "RULE-CONSTRUCT-FORBIDDEN", "collect"),
                Arguments.of("entry-point", award("Project() from entry-point \"x\""), "RULE-CONSTRUCT-FORBIDDEN", "entry-point"),
                Arguments.of("a window", award("Project() over window:length( 2 )"), "RULE-CONSTRUCT-FORBIDDEN", "over"),
                Arguments.of("a positional constraint", award("Finding( \"A\"; )"), "RULE-CONSTRUCT-FORBIDDEN", "Finding"),
                Arguments.of("a conditional branch", award("Project()\n    if ( true ) do[other]"), "RULE-CONSTRUCT-FORBIDDEN", "if"),
                Arguments.of("a non-vocabulary type", award("java.io.File()"), "DRL-UNKNOWN-TYPE", "File"),
                Arguments.of("the whole application", award("Application( id == \"MI-1\" )"), "RULE-READS-IDENTIFYING", "Application"),
                Arguments.of("the leadership", award("Organization( leadership.gender == Gender.WOMAN )"), "RULE-READS-PROTECTED", "leadership"),
                Arguments.of("the language", award("Project( language == Language.ENGLISH )"), "RULE-READS-PROTECTED", "language"),
                Arguments.of("an organization name", award("Organization( name == \"Maison\" )"), "RULE-READS-IDENTIFYING", "name"),
                Arguments.of("the head-office borough", award("Organization( borough == \"Westmount\" )"), "RULE-READS-IDENTIFYING", "borough"),
                Arguments.of("a title", award("Project( title == \"Ateliers\" )"), "RULE-READS-TEXT", "title"),
                Arguments.of("a variable without $", award("Budget( cap : totalCost )"), "RULE-VARIABLE-NAME", "cap"),
                Arguments.of("too many list patterns", award("Activity()\n    Activity()\n    Outcome()\n    Partner()"),
                        "RULE-JOIN-TOO-COSTLY", "Probe"),
                // attributes and metadata
                Arguments.of("salience", rule("@derives salience 10", "Project()", ""), "RULE-ATTRIBUTE-FORBIDDEN", "salience"),
                Arguments.of("enabled", rule("@derives enabled ( true )", "Project()", ""), "RULE-ATTRIBUTE-FORBIDDEN", "enabled"),
                Arguments.of("no-loop", rule("@derives no-loop", "Project()", ""), "RULE-ATTRIBUTE-FORBIDDEN", "no-loop"),
                Arguments.of("agenda-group", rule("@derives agenda-group \"g\"", "Project()", ""), "RULE-ATTRIBUTE-FORBIDDEN", "agenda-group"),
                Arguments.of("timer", rule("@derives timer ( int: 1s )", "Project()", ""), "RULE-ATTRIBUTE-FORBIDDEN", "timer"),
                Arguments.of("a rule dialect", rule("@derives dialect \"mvel\"", "Project()", ""), "RULE-ATTRIBUTE-FORBIDDEN", "dialect"),
                Arguments.of("an expression in metadata", rule("@gate(ACTIVE + 1) @reason(\"fit.rights\")",
                        "Project()", ""), "RULE-ANNOTATION-NOT-LITERAL", "@gate"),
                // consequences
                Arguments.of("a call in a consequence", derives("System.exit(1);"), "RULE-CONSEQUENCE-FORBIDDEN", "System"),
                Arguments.of("a computed finding", derives("insert(new Finding(\"A\" + 1));"), "RULE-CONSEQUENCE-FORBIDDEN", "insert"),
                Arguments.of("another fact", derives("insert(new Budget(null, null, null, 0, false, 0, 0, 0));"),
                        "RULE-CONSEQUENCE-FORBIDDEN", "insert"),
                Arguments.of("a consequence in a scoring rule",
                        rule("@criterion(BUDGET_REALISM) @points(1) @reason(\"fit.rights\")", "Project()", "    insert(new Finding(\"A\"));\n"),
                        "RULE-CONSEQUENCE-NOT-EMPTY", "insert"),
                Arguments.of("extends", "\nrule \"Child\" extends \"Hiring is primary\"\n    @derives\nwhen\n    Project()\nthen\nend\n",
                        "RULE-CONSTRUCT-FORBIDDEN", "extends"),
                // top level
                Arguments.of("a function", "\nfunction int f() { return 1; }\n", "RULE-DECLARATION-FORBIDDEN", "function"),
                Arguments.of("a global", "\nglobal java.util.List out;\n", "RULE-DECLARATION-FORBIDDEN", "global"),
                Arguments.of("a query", "\nquery \"q\" Project() end\n", "RULE-DECLARATION-FORBIDDEN", "query"),
                Arguments.of("declare", "\ndeclare T x : int end\n", "RULE-DECLARATION-FORBIDDEN", "declare"),
                Arguments.of("declare enum", "\ndeclare enum E A, B; end\n", "RULE-DECLARATION-FORBIDDEN", "declare"),
                Arguments.of("declare window", "\ndeclare window W Project() over window:length( 2 ) end\n", "RULE-DECLARATION-FORBIDDEN", "declare"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses(String construct, String text, String code, String needle) throws IOException {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(catalog, "points.drl", text);
        List<String> lines = Files.readAllLines(catalog.resolve("points.drl"));
        int firstAppended = lines.size() - (int) text.lines().count() + 1;
        int line = firstAppended;
        while (line <= lines.size() && !lines.get(line - 1).contains(needle)) {
            line++;
        }
        int expectedLine = line;

        List<CatalogProblem> problems = compile(catalog);

        assertThat(problems).as(construct).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("points.drl"));
        assertThat(problems).as(construct).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("GRILLE-" + code);
            assertThat(p.line()).isEqualTo(expectedLine);
            assertThat(p.message()).doesNotContain("Exception").doesNotContain("mvel").doesNotContain("[Near");
        });
    }

    private static List<CatalogProblem> compile(Path catalog) {
        return new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog)).problems();
    }

    @Nested
    @DisplayName("reads the raw characters first")
    class RawCharacters {

        @Test
        void a_unicode_escape_is_refused_even_in_a_comment() throws IOException {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", "\n// nothing to see \\u000a System.exit(1);\n");

            assertThat(compile(catalog)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-TEXT-UNICODE-ESCAPE");
                assertThat(p.line()).isEqualTo(Files.readAllLines(catalog.resolve("points.drl")).size());
                assertThat(p.column()).isEqualTo(19);
            });
        }

        @Test
        void a_control_or_invisible_character_is_refused() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", "\n// bell \u0007 and a bidirectional override \u202e here\n");

            assertThat(compile(catalog)).extracting(CatalogProblem::code)
                    .containsExactly("GRILLE-TEXT-CONTROL-CHARACTER", "GRILLE-TEXT-CONTROL-CHARACTER");
        }
    }

    @Nested
    @DisplayName("says what was meant")
    class Suggestions {

        @Test
        void a_misspelled_field_gets_one_message_with_the_closest_field() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", award("Project( activitees.size() >= 3 )"));

            assertThat(compile(catalog)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-DRL-UNKNOWN-FIELD");
                assertThat(p.message()).contains("activitees").contains("Did you mean: activities?");
            });
        }

        @Test
        void a_misspelled_enum_value_gets_the_closest_value() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", award("Project( primaryObjective == Objective.HIRING_BARIERS )"));

            assertThat(compile(catalog)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-RULE-ENUM-UNKNOWN");
                assertThat(p.message()).contains("Objective.HIRING_BARRIERS");
            });
        }

        @Test
        void a_misspelled_fact_type_gets_the_closest_type() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", award("Projet( expectedParticipants > 1 )"));

            assertThat(compile(catalog)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-DRL-UNKNOWN-TYPE");
                assertThat(p.message()).contains("Did you mean: Project?");
            });
        }

        @Test
        void a_fact_named_as_its_java_class_is_refused_and_given_its_rule_name() {
            Path catalog = TestCatalogs.copy("mini", temp);
            TestCatalogs.append(catalog, "points.drl", award("ProjectFact( expectedParticipants > 1 )"));

            assertThat(compile(catalog)).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("GRILLE-DRL-UNKNOWN-TYPE");
                assertThat(p.message()).contains("\"ProjectFact\"").contains("Did you mean: Project?");
            });
        }
    }

    @Test
    void a_rule_outside_the_grammar_does_not_hide_a_type_mistake_in_another_rule() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(catalog, "points.drl", award("eval( true )")
                + award("Organization( legalForm == \"NON_PROFIT\" )").replace("\"Probe\"", "\"Probe 2\""));

        assertThat(compile(catalog)).extracting(CatalogProblem::code)
                .containsExactlyInAnyOrder("GRILLE-RULE-CONSTRUCT-FORBIDDEN", "GRILLE-DRL-TYPE-MISMATCH");
    }

    @Test
    void everything_the_grammar_allows_compiles_and_scores() {
        Path catalog = TestCatalogs.copy("mini", temp);
        TestCatalogs.append(catalog, "points.drl", """

                rule "Everything allowed"
                    @criterion(BUDGET_REALISM) @points(1) @reason("fit.rights")
                when
                    CallTerms( $cap : projectCap, $earliest : earliestStart )
                    $p : Project( expectedParticipants >= 10, activities.size() >= 1, boroughsServed.isEmpty() == false,
                                  objectives contains Objective.HIRING_BARRIERS, targetGroups not contains TargetGroup.EMPLOYERS,
                                  primaryObjective in (Objective.HIRING_BARRIERS, Objective.NEWCOMER_RIGHTS),
                                  start >= $earliest, hasTheoryOfChange == true || documentsNeed == true )
                    Budget( totalRequested <= $cap, amountFor(BudgetCategory.EVALUATION) >= 0, administrationShare * 100 <= 15.5 )
                    Organization( board.members >= 3, board.montrealMajority == true, legalForm not in (LegalForm.BUSINESS) )
                    exists Partner( commitment != Commitment.NONE )
                    not ( Outcome( measurable == false ) and Outcome( hasIndicator == false ) )
                    forall( Activity( sessions != null ) )
                    Number( intValue >= 1 ) from accumulate( Activity( $s : sessions ), sum( $s ) )
                    accumulate( Outcome(); $n : count() ; $n >= 0 )
                    Activity( type == ActivityType.MENTORING ) from $p.activities
                    Finding( name == "SIGNED_PARTNER" ) or not Finding( name == "SIGNED_PARTNER" )
                then
                end
                """);

        assertThat(compile(catalog)).isEmpty();
    }
}
