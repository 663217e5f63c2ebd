package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.grille.engine.messages.Messages;

/**
 * A valid rule with one part replaced by something outside the grammar (an annotation value, each accumulate form, a
 * literal Drools would read differently, a connective, a call) is refused, and no Drools builder ever starts for it.
 */
class OutsideTheGrammarProperties {

    private static final String RULE = """

            rule "Mutated"
                @criterion(BUDGET_REALISM) @points(%s) @reason(%s)
            when
                %s
            then
            end
            """;

    /** Conditions outside the grammar. */
    private static final List<String> CONDITIONS = List.of(
            "eval( true )",
            "Organization( yearsActive > 0x10 )",
            "Organization( yearsActive > 1_000 )",
            "Organization( yearsActive > 10L )",
            "Organization( yearsActive > 1e3 )",
            "Organization( yearsActive > 10B )",
            "Organization( yearsActive > --1 )",
            "Organization( yearsActive++ > 1 )",
            "Organization( yearsActive > 100000000000000 * 100000 )",
            "Project( title == 'x' )",
            "Project( documentsNeed == true ^ hasTheoryOfChange == true )",
            "Project( documentsNeed == true & hasTheoryOfChange == true )",
            "Project( documentsNeed == true ; hasTheoryOfChange == true )",
            "Project( expectedParticipants > java.lang.Integer.MAX_VALUE )",
            "Project( expectedParticipants > Integer.parseInt(\"1\") )",
            "Project( expectedParticipants.toString() == \"1\" )",
            "Project( expectedParticipants / 0 > 1 )",
            "Project( $x := expectedParticipants )",
            "Project( expectedParticipants > 1 ) from entry-point \"x\"",
            "Project() over window:length( 2 )",
            "Number() from accumulate( Activity(), init( int c = 0; ), action( c++; ), result( c ) )",
            "Number() from accumulate( Activity( $s : sessions ), myFunction( $s ) )",
            "accumulate( Activity( $s : sessions ) ; $n : sum( System.exit(1) ) )",
            "groupby( Activity( $t : type ) ; $k : $t.name() ; $n : count() )",
            "java.util.List() from collect( Activity() )",
            "Activity() from java.util.List.of()",
            "Project( ) \n    if ( true ) do[ x ]",
            "Organization( /board[ members > 1 ] )",
            "/activities[ sessions > 1 ]",
            "Project( objectives contains Objective.HIRING_BARRIERS, this != null )",
            "Project( \"\\u0022\" == title )");

    /** Metadata values outside the grammar: code, expressions, maps. */
    private static final List<String> POINTS = List.of("1", "1 + 1", "Integer.MAX_VALUE", "java.lang.System.exit(0)",
            "new int[]{1}", "value = 1, other = 2");
    private static final List<String> REASONS = List.of("\"fit.rights\"", "\"fit\" + \".rights\"",
            "java.lang.System.setProperty(\"a\", \"b\")", "fit.rights.toString()", "(\"fit.rights\")");

    private Path catalog;
    private long buildersBefore;

    @BeforeProperty
    void copyTheMiniCatalog() throws Exception {
        Path source = Path.of(getClass().getResource("/catalogs/mini/manifest.json").toURI()).getParent();
        catalog = Files.createTempDirectory("grille-outside");
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, catalog.resolve(file.getFileName().toString()));
            }
        }
        buildersBefore = DroolsBuild.BUILDERS_STARTED.get();
    }

    @AfterProperty
    void noBuilderStarted() throws IOException {
        assertThat(DroolsBuild.BUILDERS_STARTED.get()).as("Drools builders started").isEqualTo(buildersBefore);
        try (Stream<Path> files = Files.walk(catalog)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Property(tries = 150)
    void a_rule_with_one_part_outside_the_grammar_is_refused_before_any_build(@ForAll("mutations") String rule)
            throws IOException {
        Files.writeString(catalog.resolve("mutated.drl"), "package org.grille.catalog.mini;\n" + rule, StandardCharsets.UTF_8);
        Files.writeString(catalog.resolve("manifest.json"), Files.readString(catalog.resolve("manifest.json"))
                .replace("\"points.drl\"]", "\"points.drl\", \"mutated.drl\"]"));

        Compilation compilation = new CatalogCompiler(new Messages(Locale.CANADA))
                .compile(new DirectoryCatalogSource(catalog), fingerprint -> Optional.empty());

        assertThat(compilation.succeeded()).as(rule).isFalse();
        assertThat(compilation.problems()).as(rule).isNotEmpty();
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<String> condition = Arbitraries.of(CONDITIONS).map(c -> RULE.formatted("1", "\"fit.rights\"", c));
        Arbitrary<String> points = Arbitraries.of(POINTS).filter(p -> !p.equals("1"))
                .map(p -> RULE.formatted(p, "\"fit.rights\"", "Project()"));
        Arbitrary<String> reason = Arbitraries.of(REASONS).filter(r -> !r.equals("\"fit.rights\""))
                .map(r -> RULE.formatted("1", r, "Project()"));
        return Arbitraries.oneOf(condition, points, reason);
    }
}
