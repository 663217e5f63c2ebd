package org.grille.engine;

import org.grille.engine.scoring.DroolsScorer;
import org.grille.engine.messages.Messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.grille.api.CatalogProblem;
import org.grille.engine.catalog.CatalogCompiler;
import org.grille.engine.catalog.Compilation;
import org.grille.engine.catalog.DirectoryCatalogSource;

/**
 * Rule texts generated inside the grammar compile and score; the same texts with one construct from outside the
 * grammar are refused before Drools sees them.
 */
class RuleGrammarProperties {

    private static final Messages ENGLISH = new Messages(Locale.CANADA);

    /** Conditions inside the grammar, with a number or an enum constant to fill in. */
    private static final List<String> CONDITIONS = List.of(
            "Project( expectedParticipants >= %d )",
            "Organization( yearsActive < %d, legalForm in (LegalForm.NON_PROFIT, LegalForm.NON_PROFIT_COOPERATIVE) )",
            "Budget( totalRequested <= %d * 1000 )",
            "Budget( administrationShare * 100 <= %d )",
            "exists Activity( sessions >= %d )",
            "not Outcome( target < %d )",
            "Organization( board.members >= %d || board.montrealMajority == true )",
            "CallTerms( $cap%1$d : projectCap )\n    Budget( totalRequested <= $cap%1$d )",
            "Number( intValue >= %d ) from accumulate( Activity( $s : sessions ), sum( $s ) )",
            "$p : Project( activities.size() >= %d )\n    exists Activity( type != ActivityType.MENTORING ) from $p.activities",
            "forall( Partner( cashContribution >= %d ) )",
            "Project( objectives contains Objective.HIRING_BARRIERS, targetGroups not contains TargetGroup.EMPLOYERS, durationMonths > %d )");

    /** One construct from outside the grammar, put in place of a whole condition. */
    private static final List<String> OUTSIDE = List.of(
            "eval( true )",
            "Project( toString() matches \".*\" )",
            "Organization( name == \"x\" )",
            "Project( title != null )",
            "Organization( leadership != null )",
            "Project( expectedParticipants > Integer.valueOf(1) )",
            "Activity() from java.util.List.of()",
            "Project( this.hashCode() > 0 )",
            "Budget( lines.get(0) != null )",
            "Project( objectives[0] != null )",
            "Finding( name soundslike \"x\" )",
            "Project() over window:length( 1 )",
            "Number() from accumulate( Activity(), init( int c = 0; ), action( c++; ), result( c ) )",
            "Application()",
            "Project( start.plusDays(1) != null )",
            "Project( \\u0065xpectedParticipants > 0 )");

    @Property(tries = 25)
    void rules_inside_the_grammar_compile_and_score(@ForAll("insideRules") String rule) {
        Path catalog = catalogWith(rule);

        Compilation compilation = new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalog));

        assertThat(compilation.problems()).as(rule).extracting(CatalogProblem::toString).isEmpty();
        DroolsScorer scorer = new DroolsScorer(compilation.catalog(), ENGLISH, 10_000);
        assertThat(scorer.assess(Applications.valid("G-1")).total()).isBetween(0, 100);
    }

    @Property(tries = 60)
    void the_same_rules_with_one_construct_from_outside_are_refused(@ForAll("insideRules") String rule,
                                                                    @ForAll("outside") String construct) {
        String mutated = rule.replaceFirst("when\\n    [^\\n]+", "when\n    " + java.util.regex.Matcher.quoteReplacement(construct));

        Compilation compilation = new CatalogCompiler(ENGLISH).compile(new DirectoryCatalogSource(catalogWith(mutated)));

        assertThat(compilation.succeeded()).as(mutated).isFalse();
        assertThat(compilation.problems()).as(mutated).allSatisfy(p -> assertThat(p.file()).isEqualTo("points.drl"))
                .extracting(CatalogProblem::code).doesNotContain("GRILLE-DRL-COMPILE", "GRILLE-DRL-SYNTAX");
    }

    @Provide
    Arbitrary<String> insideRules() {
        Arbitrary<String> condition = Combinators.combine(Arbitraries.of(CONDITIONS), Arbitraries.integers().between(0, 50))
                .as((template, n) -> template.formatted(n));
        // one condition per template: two would bind the same variable ($p, $capN) twice
        return Combinators.combine(condition.list().ofMinSize(1).ofMaxSize(3).uniqueElements(c -> c.replaceAll("\\d", "")),
                        Arbitraries.integers().between(1, 5))
                .as((conditions, points) -> """

                        rule "Generated"
                            @criterion(BUDGET_REALISM) @points(%d) @reason("fit.rights")
                        when
                            %s
                        then
                        end
                        """.formatted(points, String.join("\n    ", conditions)));
    }

    @Provide
    Arbitrary<String> outside() {
        return Arbitraries.of(OUTSIDE);
    }

    private static Path catalogWith(String rule) {
        try {
            Path directory = Files.createTempDirectory("grammar");
            directory.toFile().deleteOnExit();
            Path catalog = TestCatalogs.copy("mini", directory);
            TestCatalogs.append(catalog, "points.drl", rule);
            return catalog;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
