package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.drools.drl.parser.DrlParser;
import org.grille.api.application.ActivityType;
import org.grille.api.application.BudgetCategory;
import org.grille.api.application.Objective;
import org.grille.engine.messages.Messages;

/**
 * The printer and the reader agree: a random tree of the grammar, printed and parsed back by Drools' own parser, reads
 * into the same tree. So what Drools compiles is exactly what the checker read, node for node.
 */
class PrintedTreeProperties {

    private static final ProblemCollector NO_PROBLEMS = new ProblemCollector(new Messages(Locale.CANADA));

    @Property(tries = 300)
    void a_printed_tree_parses_back_to_the_same_tree(@ForAll("files") Tree.File file) throws Exception {
        String printed = DrlPrinter.printWithoutGuards(file, Vocabulary.Kind.SCORING);
        DrlParser parser = new DrlParser();
        DrlFile parsed = new DrlFile(file.path(), printed, printed.lines().toList(), parser.parse(false, printed));
        assertThat(parser.getErrors()).as(printed).isEmpty();

        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        Tree.File read = RuleTreeReader.read(parsed, Vocabulary.Kind.SCORING, TestTerms.BUNDLED, problems);

        assertThat(problems.sorted()).as(printed).isEmpty();
        assertThat(withoutLines(read)).as(printed).isEqualTo(withoutLines(file));
    }

    @Property(tries = 100)
    void printing_is_canonical(@ForAll("files") Tree.File file) throws Exception {
        String printed = DrlPrinter.printWithoutGuards(file, Vocabulary.Kind.SCORING);
        DrlFile parsed = new DrlFile(file.path(), printed, printed.lines().toList(), new DrlParser().parse(false, printed));
        Tree.File read = RuleTreeReader.read(parsed, Vocabulary.Kind.SCORING, TestTerms.BUNDLED, NO_PROBLEMS);

        assertThat(DrlPrinter.printWithoutGuards(read, Vocabulary.Kind.SCORING).replace("\n", " "))
                .isEqualTo(printed.replace("\n", " "));
        assertThat(printed).doesNotContain("@").doesNotContain("--").doesNotContain("//").doesNotContain("/*");
    }

    /**
     * What Drools compiles is the read-back text plus join guards and bindings for unbound patterns, nothing else: it
     * parses, passes the second layer, and without those additions is the guard-free text character for character.
     */
    @Property(tries = 200)
    void the_guards_are_the_only_difference(@ForAll("files") Tree.File file) throws Exception {
        String guarded = DrlPrinter.print(file, Vocabulary.Kind.SCORING);
        DrlParser parser = new DrlParser();
        parser.parse(false, guarded);

        assertThat(parser.getErrors()).as(guarded).isEmpty();
        assertThat(PrintedText.check(guarded, Vocabulary.Kind.SCORING)).as(guarded).isNull();
        String stripped = guarded.replaceAll("JoinBudget\\.within\\( \\$[A-Za-z0-9_]+ \\)(, )?", "")
                .replaceAll("\\$_[0-9]+ : ", "")
                .replace(" import " + DrlPrinter.GUARD_IMPORT + ";", "");
        String plain = DrlPrinter.printWithoutGuards(file, Vocabulary.Kind.SCORING)
                .replace(" import " + DrlPrinter.GUARD_IMPORT + ";", "");
        assertThat(stripped).isEqualTo(plain);
    }

    @Provide
    Arbitrary<Tree.File> files() {
        return rule().list().ofMinSize(1).ofMaxSize(3).map(rules -> {
            List<Tree.Rule> named = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) {
                Tree.Rule rule = rules.get(i);
                named.add(new Tree.Rule("Règle « " + i + " » : l’essai", 0, rule.when(), rule.findings()));
            }
            return new Tree.File("random.drl", "org.grille.catalog.random", named);
        });
    }

    private Arbitrary<Tree.Rule> rule() {
        Arbitrary<List<String>> findings = Arbitraries.of("SIGNED_PARTNER", "EVALUATION_FUNDED", "A_1").list().ofMaxSize(3);
        return Combinators.combine(condition(2).list().ofMinSize(1).ofMaxSize(4), findings)
                .as((when, inserted) -> new Tree.Rule("x", 0, when, inserted));
    }

    /** A condition: a pattern, or a group of conditions at most {@code depth} deep. */
    private Arbitrary<Tree.Condition> condition(int depth) {
        Arbitrary<Tree.Condition> match = match().map(m -> m);
        if (depth == 0) {
            return Arbitraries.oneOf(match, accumulate());
        }
        Arbitrary<Tree.Condition> one = Arbitraries.lazy(() -> condition(depth - 1));
        Arbitrary<Tree.Condition> single = Combinators.combine(
                Arbitraries.of(Tree.Junction.NOT, Tree.Junction.EXISTS, Tree.Junction.FORALL), match())
                .as((junction, child) -> new Tree.Group(junction, 0, List.of(child)));
        Arbitrary<Tree.Condition> either = one.list().ofMinSize(2).ofMaxSize(3)
                .map(children -> new Tree.Group(Tree.Junction.OR, 0, children));
        Arbitrary<Tree.Condition> notBoth = match().list().ofMinSize(2).ofMaxSize(2)
                .map(children -> new Tree.Group(Tree.Junction.NOT, 0,
                        List.of(new Tree.Group(Tree.Junction.AND, 0, List.copyOf(children)))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, match), net.jqwik.api.Tuple.of(1, accumulate()), net.jqwik.api.Tuple.of(2, single),
                net.jqwik.api.Tuple.of(1, either), net.jqwik.api.Tuple.of(1, notBoth));
    }

    private static final AtomicInteger VARIABLES = new AtomicInteger();

    /** {@code Number( intValue >= n ) from accumulate( Activity( $s : sessions ), sum( $s ) )}. */
    private Arbitrary<Tree.Condition> accumulate() {
        return Combinators.combine(integer(), Arbitraries.of("sum", "max", "min", "average", "count")).as((n, function) -> {
            String variable = "$s" + VARIABLES.incrementAndGet();
            Tree.Match input = new Tree.Match(0, null, "Activity",
                    List.of(new Tree.Bind(variable, path("sessions"))), null);
            Tree.Function call = new Tree.Function(null, function, List.of(new Tree.Path(variable, List.of())));
            // intValue is read as longValue: the canonical tree never narrows a whole number to 32 bits
            return new Tree.Match(0, null, "Number", List.of(new Tree.Compare(path("longValue"), Tree.Operator.GE, n)),
                    new Tree.Accumulate(input, List.of(call)));
        });
    }

    private Arbitrary<Tree.Match> match() {
        Arbitrary<Tree.Match> project = constraint(projectConstraints()).list().ofMinSize(0).ofMaxSize(3)
                .map(constraints -> new Tree.Match(0, null, "Project", constraints, null));
        Arbitrary<Tree.Match> organization = organizationConstraint().list().ofMinSize(1).ofMaxSize(2)
                .map(constraints -> new Tree.Match(0, null, "Organization", constraints, null));
        Arbitrary<Tree.Match> budget = budgetConstraint().list().ofMinSize(1).ofMaxSize(2)
                .map(constraints -> new Tree.Match(0, null, "Budget", constraints, null));
        Arbitrary<Tree.Match> activity = Arbitraries.of(ActivityType.class).map(type -> new Tree.Match(0, null, "Activity",
                List.of(new Tree.Compare(path("type"), Tree.Operator.EQ, new Tree.EnumValue("ActivityType", type.name()))), null));
        return Arbitraries.oneOf(project, organization, budget, activity);
    }

    /** A constraint, or two or three of them joined by || (with && inside). */
    private Arbitrary<Tree.Constraint> constraint(Arbitrary<Tree.Constraint> simple) {
        Arbitrary<Tree.Constraint> both = simple.list().ofMinSize(2).ofMaxSize(2).map(Tree.Both::new);
        Arbitrary<Tree.Constraint> either = Arbitraries.oneOf(simple, both).list().ofMinSize(2).ofMaxSize(3).map(Tree.Either::new);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, simple), net.jqwik.api.Tuple.of(1, either));
    }

    private Arbitrary<Tree.Constraint> projectConstraints() {
        Arbitrary<Tree.Constraint> participants = Combinators.combine(comparison(), number())
                .as((operator, n) -> new Tree.Compare(path("expectedParticipants"), operator, n));
        Arbitrary<Tree.Constraint> primary = Combinators.combine(Arbitraries.of(Tree.Operator.EQ, Tree.Operator.NE),
                Arbitraries.of(TestTerms.BUNDLED.objectives())).as((operator, objective) ->
                new Tree.Compare(path("primaryObjective"), operator, new Tree.EnumValue("Objective", objective)));
        Arbitrary<Tree.Constraint> claimed = Combinators.combine(Arbitraries.of(Tree.Operator.CONTAINS, Tree.Operator.NOT_CONTAINS),
                Arbitraries.of(TestTerms.BUNDLED.objectives())).as((operator, objective) ->
                new Tree.Compare(path("objectives"), operator, new Tree.EnumValue("Objective", objective)));
        Arbitrary<Tree.Constraint> activities = integer().map(n -> new Tree.Compare(
                new Tree.Path(null, List.of(new Tree.Segment("activities", false, List.of()), new Tree.Segment("size", true, List.of()))),
                Tree.Operator.GE, n));
        Arbitrary<Tree.Constraint> flag = Arbitraries.of("documentsNeed", "hasTheoryOfChange").map(name -> new Tree.Test(path(name)));
        Arbitrary<Tree.Constraint> flagEquals = Combinators.combine(Arbitraries.of("documentsNeed", "hasTheoryOfChange"),
                Arbitraries.of(true, false)).as((name, value) -> new Tree.Compare(path(name), Tree.Operator.EQ, new Tree.Bool(value)));
        return Arbitraries.oneOf(participants, primary, claimed, activities, flag, flagEquals);
    }

    private Arbitrary<Tree.Constraint> organizationConstraint() {
        Arbitrary<Tree.Constraint> years = Combinators.combine(comparison(), number())
                .as((operator, n) -> new Tree.Compare(path("yearsActive"), operator, n));
        Arbitrary<Tree.Constraint> members = integer().map(n -> new Tree.Compare(
                new Tree.Path(null, List.of(new Tree.Segment("board", false, List.of()), new Tree.Segment("members", false, List.of()))),
                Tree.Operator.GE, n));
        Arbitrary<Tree.Constraint> meeting = Arbitraries.of(Tree.Operator.EQ, Tree.Operator.NE)
                .map(operator -> new Tree.Compare(path("lastAnnualGeneralMeeting"), operator, new Tree.Null()));
        return Arbitraries.oneOf(years, members, meeting);
    }

    private Arbitrary<Tree.Constraint> budgetConstraint() {
        Arbitrary<Tree.Constraint> share = Combinators.combine(comparison(), decimal()).as((operator, n) -> new Tree.Compare(
                new Tree.Arithmetic(Tree.ArithmeticOperator.TIMES, path("administrationShare"), new Tree.Decimal(BigDecimal.valueOf(100))),
                operator, n));
        Arbitrary<Tree.Constraint> line = Combinators.combine(Arbitraries.of(BudgetCategory.class), number())
                .as((category, n) -> new Tree.Compare(new Tree.Path(null, List.of(new Tree.Segment("amountFor", true,
                        List.of(new Tree.EnumValue("BudgetCategory", category.name()))))), Tree.Operator.GE, n));
        return Arbitraries.oneOf(share, line);
    }

    private static Arbitrary<Tree.Operator> comparison() {
        return Arbitraries.of(Tree.Operator.EQ, Tree.Operator.NE, Tree.Operator.LT, Tree.Operator.LE, Tree.Operator.GT,
                Tree.Operator.GE);
    }

    /** A number: an integer, a decimal, a negative one, or a sum, difference or product of two. */
    private static Arbitrary<Tree.Expr> number() {
        Arbitrary<Tree.Expr> plain = Arbitraries.oneOf(integer(), decimal());
        Arbitrary<Tree.Expr> negative = plain.map(Tree.Negative::new);
        Arbitrary<Tree.Expr> arithmetic = Combinators.combine(Arbitraries.of(Tree.ArithmeticOperator.class), plain, plain)
                .as(Tree.Arithmetic::new);
        return Arbitraries.oneOf(plain, negative, arithmetic);
    }

    private static Arbitrary<Tree.Expr> integer() {
        // below 40 000, the product of two stays under 2^31, where Drools multiplies two ints without wrapping
        return Arbitraries.longs().between(0, 40_000).map(n -> new Tree.Decimal(BigDecimal.valueOf(n)));
    }

    private static Arbitrary<Tree.Expr> decimal() {
        return Arbitraries.integers().between(0, 100_000).map(n -> new Tree.Decimal(BigDecimal.valueOf(n, 2)));
    }

    private static Tree.Path path(String name) {
        return new Tree.Path(null, List.of(new Tree.Segment(name, false, List.of())));
    }

    /** The same tree with every line set to 0: lines are where the printer put things, not what they say. */
    static Tree.File withoutLines(Tree.File file) {
        return new Tree.File(file.path(), file.packageName(), file.rules().stream()
                .map(rule -> new Tree.Rule(rule.name(), 0, rule.when().stream().map(PrintedTreeProperties::withoutLines).toList(),
                        rule.findings())).toList());
    }

    private static Tree.Condition withoutLines(Tree.Condition condition) {
        if (condition instanceof Tree.Group group) {
            return new Tree.Group(group.junction(), 0, group.children().stream().map(PrintedTreeProperties::withoutLines).toList());
        }
        Tree.Match match = (Tree.Match) condition;
        Tree.Source source = match.source() instanceof Tree.Accumulate accumulate
                ? new Tree.Accumulate(withoutLines(accumulate.input()), accumulate.functions()) : match.source();
        return new Tree.Match(0, match.binding(), match.type(), match.constraints(), source);
    }
}
