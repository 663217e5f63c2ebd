package org.grille.engine.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Grille's own tree of a rule file: what Drools compiles, and nothing else. {@link RuleTreeReader} builds it from a
 * file the grammar accepted; {@link DrlPrinter} prints the only text Drools ever sees from it. Metadata, comments,
 * imports and the author's spelling of a literal are not in it, so they cannot reach the builder.
 *
 * <p>Every node checks its own shape when it is made: a name is an identifier, a type is in the vocabulary, a number is
 * a bounded decimal, text has no character the printer would have to escape. A tree that breaks one cannot exist, so the
 * printer needs no escaping and prints each node one way.
 */
final class Tree {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]{0,63}");
    private static final Pattern PACKAGE = Pattern.compile("org\\.grille\\.catalog(\\.[a-z][a-z0-9_]{0,63}){1,8}");
    private static final Pattern FINDING = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** Rule names are sentences of the policy: letters, digits, spaces and the punctuation of a sentence, no quote. */
    private static final Pattern RULE_NAME = Pattern.compile("[\\p{L}\\p{N} .,:;!?'’«»()\\-–—/&%+=<>°]{1,200}");
    /** Quoted text in a condition: what a key or a code holds. */
    private static final Pattern TEXT = Pattern.compile("[\\p{L}\\p{N} .,:;_\\-]{0,200}");
    /** The largest number a rule may write, and the magnitude no arithmetic may be able to exceed (2^53). */
    static final BigDecimal LARGEST_LITERAL = new BigDecimal("1000000000000");
    static final BigDecimal EXACT_LIMIT = new BigDecimal(9_007_199_254_740_992L);

    private Tree() {
    }

    /** One rule file: its package and its rules. */
    record File(String path, String packageName, List<Rule> rules) {
        File {
            require(PACKAGE.matcher(packageName).matches(), "package", packageName);
            rules = List.copyOf(rules);
        }
    }

    /**
     * One rule: its name, the line it starts on, its conditions (joined by "and") and the findings it inserts when it
     * fires (empty for a gate or an award).
     */
    record Rule(String name, int line, List<Condition> when, List<String> findings) {
        Rule {
            require(RULE_NAME.matcher(name).matches(), "rule name", name);
            when = List.copyOf(when);
            findings = List.copyOf(findings);
            findings.forEach(finding -> require(FINDING.matcher(finding).matches(), "finding", finding));
        }
    }

    /** A condition element. */
    sealed interface Condition permits Match, Group {
        int line();
    }

    /** How a group combines its children. */
    enum Junction {
        AND("and"), OR("or"), NOT("not"), EXISTS("exists"), FORALL("forall");

        final String keyword;

        Junction(String keyword) {
            this.keyword = keyword;
        }
    }

    /** {@code not}, {@code exists}, {@code forall}, or an explicit {@code and} / {@code or} of conditions. */
    record Group(Junction junction, int line, List<Condition> children) implements Condition {
        Group {
            Objects.requireNonNull(junction);
            children = List.copyOf(children);
            require(!children.isEmpty(), "group", junction.keyword);
        }
    }

    /**
     * A pattern: {@code $binding : Type( constraints )}, optionally {@code from} a bound fact's list or from an
     * accumulate. {@code type} is a simple name of the vocabulary, or {@code Number} / {@code Object} for an
     * accumulate's result.
     */
    record Match(int line, String binding, String type, List<Constraint> constraints, Source source) implements Condition {
        Match {
            require(binding == null || VARIABLE.matcher(binding).matches(), "variable", binding);
            require(IDENTIFIER.matcher(type).matches(), "type", type);
            constraints = List.copyOf(constraints);
        }
    }

    /** Where a pattern's facts come from when not from working memory. */
    sealed interface Source permits From, Accumulate {
    }

    /** {@code from $project.activities}: the elements of a bound fact's list. */
    record From(Path path) implements Source {
        From {
            require(path.variable() != null, "from", path);
        }
    }

    /** {@code accumulate( input, function, ... )} with built-in functions only. */
    record Accumulate(Condition input, List<Function> functions) implements Source {
        Accumulate {
            Objects.requireNonNull(input);
            functions = List.copyOf(functions);
            require(!functions.isEmpty(), "accumulate", "no function");
        }
    }

    /** {@code $total : sum( $cost )}. */
    record Function(String binding, String name, List<Expr> arguments) {
        Function {
            require(binding == null || VARIABLE.matcher(binding).matches(), "variable", binding);
            require(Vocabulary.ACCUMULATE_FUNCTIONS.contains(name), "function", name);
            arguments = List.copyOf(arguments);
            require(arguments.size() <= 1, "arguments", name);
        }
    }

    /** One constraint of a pattern. */
    sealed interface Constraint permits Bind, Compare, Test, Either, Both {
    }

    /** {@code $cap : projectCap}. */
    record Bind(String variable, Expr value) implements Constraint {
        Bind {
            require(VARIABLE.matcher(variable).matches(), "variable", variable);
            Objects.requireNonNull(value);
        }
    }

    /** The operators a constraint may use, as Drools spells them. */
    enum Operator {
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), CONTAINS("contains"), NOT_CONTAINS("not contains"),
        MEMBER_OF("memberOf"), NOT_MEMBER_OF("not memberOf");

        final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }
    }

    /** {@code left op right}. */
    record Compare(Expr left, Operator operator, Expr right) implements Constraint {
        Compare {
            Objects.requireNonNull(left);
            Objects.requireNonNull(operator);
            Objects.requireNonNull(right);
        }
    }

    /** A boolean value standing alone as a condition. */
    record Test(Path value) implements Constraint {
        Test {
            Objects.requireNonNull(value);
        }
    }

    /** {@code a || b || ...}. */
    record Either(List<Constraint> parts) implements Constraint {
        Either {
            parts = List.copyOf(parts);
            require(parts.size() >= 2, "||", parts);
            parts.forEach(part -> require(!(part instanceof Bind), "binding inside ||", part));
        }
    }

    /** {@code a && b && ...} inside an {@code ||}. */
    record Both(List<Constraint> parts) implements Constraint {
        Both {
            parts = List.copyOf(parts);
            require(parts.size() >= 2, "&&", parts);
            parts.forEach(part -> require(!(part instanceof Bind), "binding inside ||", part));
        }
    }

    /** One side of a comparison. */
    sealed interface Expr permits Decimal, Text, Bool, Null, EnumValue, Path, Arithmetic, Negative {
        /** The largest magnitude this value can take on any application the validator accepts. */
        BigDecimal bound();
    }

    /** A decimal number, never negative (a minus is a {@link Negative}), at most {@link #LARGEST_LITERAL}. */
    record Decimal(BigDecimal value) implements Expr {
        Decimal {
            require(value.signum() >= 0 && value.compareTo(LARGEST_LITERAL) <= 0 && value.scale() <= 6, "number", value);
            value = value.scale() > 0 ? value.stripTrailingZeros() : value;
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }

        @Override
        public BigDecimal bound() {
            return value;
        }
    }

    /** Quoted text. */
    record Text(String value) implements Expr {
        Text {
            require(TEXT.matcher(value).matches(), "text", value);
        }

        @Override
        public BigDecimal bound() {
            return BigDecimal.ZERO;
        }
    }

    /** {@code true} or {@code false}. */
    record Bool(boolean value) implements Expr {
        @Override
        public BigDecimal bound() {
            return BigDecimal.ZERO;
        }
    }

    /** {@code null}: a value the application left out. */
    record Null() implements Expr {
        @Override
        public BigDecimal bound() {
            return BigDecimal.ZERO;
        }
    }

    /**
     * {@code Commitment.SIGNED_AGREEMENT}: a constant of one of the vocabulary's enums, or {@code Objective.…}: one of
     * the catalog's objectives (the reader checked it against the manifest; here only its form).
     */
    record EnumValue(String type, String constant) implements Expr {
        EnumValue {
            if (type.equals(Vocabulary.OBJECTIVE)) {
                require(org.grille.api.Criterion.isId(constant), "objective id", constant);
            } else {
                Class<?> enumType = Vocabulary.ENUMS.get(type);
                require(enumType != null, "enum", type);
                require(java.util.Arrays.stream(enumType.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(constant)),
                        "enum constant", type + "." + constant);
            }
        }

        @Override
        public BigDecimal bound() {
            return BigDecimal.ZERO;
        }
    }

    /**
     * A property path: of the pattern's own fact when {@code variable} is null ({@code board.members}), else of a bound
     * variable ({@code $p.activities.size()}); a bare variable has no segment.
     */
    record Path(String variable, List<Segment> segments) implements Expr {
        /** The largest number a value of an application can hold (amounts, counts, sums of up to 200 items). */
        static final BigDecimal FIELD_BOUND = LARGEST_LITERAL;

        Path {
            require(variable == null || VARIABLE.matcher(variable).matches(), "variable", variable);
            segments = List.copyOf(segments);
            require(variable != null || !segments.isEmpty(), "path", "empty");
            require(segments.size() <= 8, "path", "too long");
        }

        @Override
        public BigDecimal bound() {
            return FIELD_BOUND;
        }
    }

    /** {@code name}, {@code size()} or {@code amountFor(BudgetCategory.EVALUATION)}. */
    record Segment(String name, boolean call, List<EnumValue> arguments) {
        Segment {
            require(IDENTIFIER.matcher(name).matches(), "name", name);
            arguments = List.copyOf(arguments);
            require(call || arguments.isEmpty(), "arguments", name);
        }
    }

    /** The arithmetic operators: no division (a ratio is written {@code a >= c * b}). */
    enum ArithmeticOperator {
        PLUS("+"), MINUS("-"), TIMES("*");

        final String symbol;

        ArithmeticOperator(String symbol) {
            this.symbol = symbol;
        }
    }

    /**
     * {@code left op right}, whose magnitude can never reach 2^53: below that, Drools' interpreter, its compiled
     * model and the guide's arithmetic agree on every result (no wrap-around, no rounding of whole numbers).
     */
    record Arithmetic(ArithmeticOperator operator, Expr left, Expr right) implements Expr {
        Arithmetic {
            Objects.requireNonNull(operator);
            Objects.requireNonNull(left);
            Objects.requireNonNull(right);
            require(bound(operator, left, right).compareTo(EXACT_LIMIT) < 0, "arithmetic", "too large");
        }

        @Override
        public BigDecimal bound() {
            return bound(operator, left, right);
        }

        static BigDecimal bound(ArithmeticOperator operator, Expr left, Expr right) {
            return operator == ArithmeticOperator.TIMES ? left.bound().multiply(right.bound()) : left.bound().add(right.bound());
        }
    }

    /** {@code -x}: printed as {@code (-(x))}, so it can never read as a decrement. */
    record Negative(Expr operand) implements Expr {
        Negative {
            Objects.requireNonNull(operand);
        }

        @Override
        public BigDecimal bound() {
            return operand.bound();
        }
    }

    /** Thrown when a node would break its shape; the reader turns it into a refusal of the construct. */
    static final class Malformed extends IllegalArgumentException {
        final String what;

        Malformed(String what, Object value) {
            super(what + ": " + value);
            this.what = what;
        }
    }

    private static void require(boolean condition, String what, Object value) {
        if (!condition) {
            throw new Malformed(what, value);
        }
    }
}
