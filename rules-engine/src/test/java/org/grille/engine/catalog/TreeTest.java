package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A node that would break its shape cannot be made: the printer never meets one. */
class TreeTest {

    private static final Tree.Path YEARS = path("yearsActive");
    private static final Tree.Match PROJECT = new Tree.Match(1, null, "Project", List.of(), null);
    private static final Tree.Compare COMPARE = new Tree.Compare(YEARS, Tree.Operator.GE, number("2"));

    private static Tree.Path path(String name) {
        return new Tree.Path(null, List.of(new Tree.Segment(name, false, List.of())));
    }

    private static Tree.Decimal number(String text) {
        return new Tree.Decimal(new BigDecimal(text));
    }

    static Stream<Arguments> malformed() {
        return Stream.<Object[]>of(
                new Object[] {"a package outside org.grille.catalog", (Supplier<?>) () -> new Tree.File("a.drl", "java.lang", List.of())},
                new Object[] {"a rule name with a quote", (Supplier<?>) () -> new Tree.Rule("a \" b", 1, List.of(), List.of())},
                new Object[] {"an empty rule name", (Supplier<?>) () -> new Tree.Rule("", 1, List.of(), List.of())},
                new Object[] {"a finding in lower case", (Supplier<?>) () -> new Tree.Rule("r", 1, List.of(), List.of("signed"))},
                new Object[] {"an empty group", (Supplier<?>) () -> new Tree.Group(Tree.Junction.NOT, 1, List.of())},
                new Object[] {"a binding without $", (Supplier<?>) () -> new Tree.Match(1, "p", "Project", List.of(), null)},
                new Object[] {"a type that is not a name", (Supplier<?>) () -> new Tree.Match(1, null, "java.io.File", List.of(), null)},
                new Object[] {"from a path of the pattern's own fact", (Supplier<?>) () -> new Tree.From(path("activities"))},
                new Object[] {"an accumulate without function", (Supplier<?>) () -> new Tree.Accumulate(PROJECT, List.of())},
                new Object[] {"an unknown accumulate function", (Supplier<?>) () -> new Tree.Function(null, "collectList", List.of())},
                new Object[] {"a function of two arguments", (Supplier<?>) () -> new Tree.Function(null, "sum", List.of(YEARS, YEARS))},
                new Object[] {"a function bound without $", (Supplier<?>) () -> new Tree.Function("n", "count", List.of())},
                new Object[] {"a binding without $ in a constraint", (Supplier<?>) () -> new Tree.Bind("x", YEARS)},
                new Object[] {"an || of one part", (Supplier<?>) () -> new Tree.Either(List.of(COMPARE))},
                new Object[] {"a binding inside ||", (Supplier<?>) () -> new Tree.Either(List.of(COMPARE, new Tree.Bind("$x", YEARS)))},
                new Object[] {"an && of one part", (Supplier<?>) () -> new Tree.Both(List.of(COMPARE))},
                new Object[] {"a binding inside &&", (Supplier<?>) () -> new Tree.Both(List.of(COMPARE, new Tree.Bind("$x", YEARS)))},
                new Object[] {"a negative number", (Supplier<?>) () -> number("-1")},
                new Object[] {"a number past the largest", (Supplier<?>) () -> number("1000000000001")},
                new Object[] {"seven decimals", (Supplier<?>) () -> number("0.0000001")},
                new Object[] {"text with a quote", (Supplier<?>) () -> new Tree.Text("a\"b")},
                new Object[] {"text with a backslash", (Supplier<?>) () -> new Tree.Text("a\\u0022")},
                new Object[] {"text with a dollar", (Supplier<?>) () -> new Tree.Text("${x}")},
                new Object[] {"an enum outside the vocabulary", (Supplier<?>) () -> new Tree.EnumValue("Thread", "MIN_PRIORITY")},
                new Object[] {"an unknown constant", (Supplier<?>) () -> new Tree.EnumValue("TargetGroup", "HIRING")},
                new Object[] {"an objective that is not an id", (Supplier<?>) () -> new Tree.EnumValue("Objective", "A\") || true || (\"")},
                new Object[] {"an empty path", (Supplier<?>) () -> new Tree.Path(null, List.of())},
                new Object[] {"a path of nine segments", (Supplier<?>) () -> new Tree.Path("$p", java.util.Collections.nCopies(9,
                        new Tree.Segment("board", false, List.of())))},
                new Object[] {"a variable without $", (Supplier<?>) () -> new Tree.Path("p", List.of())},
                new Object[] {"a segment that is not a name", (Supplier<?>) () -> new Tree.Segment("get(0)", false, List.of())},
                new Object[] {"arguments without a call", (Supplier<?>) () -> new Tree.Segment("amountFor", false,
                        List.of(new Tree.EnumValue("BudgetCategory", "STAFF")))},
                new Object[] {"arithmetic reaching 2^53", (Supplier<?>) () -> new Tree.Arithmetic(Tree.ArithmeticOperator.TIMES,
                        number("1000000000000"), number("9007.2"))})
                .map(row -> Arguments.of(row[0], row[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void cannot_be_made(String what, Supplier<?> make) {
        assertThatThrownBy(make::get).isInstanceOf(Tree.Malformed.class);
    }

    @Test
    void well_formed_nodes_are_made() {
        assertThat(new Tree.Rule("Règle « 1 » : l’essai (2) – 50 % + 3", 4, List.of(PROJECT), List.of("A_1")).findings())
                .containsExactly("A_1");
        assertThat(new Tree.Path("$p", List.of()).variable()).isEqualTo("$p");
        assertThat(new Tree.Path("$p", java.util.Collections.nCopies(8, new Tree.Segment("board", false, List.of())))
                .segments()).hasSize(8);
        assertThat(new Tree.Text("Verdun-Sud, 2.0").value()).isEqualTo("Verdun-Sud, 2.0");
        assertThat(number("1000000000000").value()).isEqualByComparingTo("1000000000000");
        assertThat(number("0.000001").value()).isEqualByComparingTo("0.000001");
        assertThat(number("0").value()).isEqualByComparingTo("0");
    }

    @Test
    void numbers_have_one_form() {
        assertThat(number("1.50")).isEqualTo(number("1.5"));
        assertThat(number("10.0")).isEqualTo(number("10"));
        assertThat(DrlPrinter.expr(number("10.0"))).isEqualTo("10");
        assertThat(DrlPrinter.expr(number("010"))).isEqualTo("10");
        assertThat(DrlPrinter.expr(number("0.050"))).isEqualTo("0.05");
    }

    @Test
    void bounds_add_and_multiply() {
        Tree.Decimal three = number("3");
        assertThat(new Tree.Arithmetic(Tree.ArithmeticOperator.PLUS, three, number("4")).bound()).isEqualByComparingTo("7");
        assertThat(new Tree.Arithmetic(Tree.ArithmeticOperator.MINUS, three, number("4")).bound()).isEqualByComparingTo("7");
        assertThat(new Tree.Arithmetic(Tree.ArithmeticOperator.TIMES, three, number("4")).bound()).isEqualByComparingTo("12");
        assertThat(new Tree.Negative(three).bound()).isEqualByComparingTo("3");
        assertThat(YEARS.bound()).isEqualByComparingTo(Tree.Path.FIELD_BOUND);
        assertThat(new Tree.Text("x").bound()).isZero();
        assertThat(new Tree.Bool(true).bound()).isZero();
        assertThat(new Tree.Null().bound()).isZero();
        assertThat(new Tree.EnumValue("Objective", "HIRING_BARRIERS").bound()).isZero();
        // just below 2^53 is made
        assertThat(new Tree.Arithmetic(Tree.ArithmeticOperator.TIMES, number("1000000000000"), number("9007")).bound())
                .isEqualByComparingTo("9007000000000000");
    }
}
