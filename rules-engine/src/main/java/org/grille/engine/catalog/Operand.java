package org.grille.engine.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import org.grille.engine.catalog.Vocabulary.Member;

/**
 * The grammar of one side of a constraint, and its type. An operand is a literal (number, quoted text without
 * backslashes, {@code true}, {@code false}, {@code null}), an enum constant of the vocabulary
 * ({@code Objective.HIRING_BARRIERS}), a bound variable ({@code $cap}), or a property path of the pattern's fact or
 * of a bound variable ({@code board.members}, {@code activities.size()}, {@code amountFor(BudgetCategory.EVALUATION)}),
 * combined with {@code + - *} and parentheses (no division: write {@code a >= c * b} for a ratio). Nothing else parses: no other method, no static call, no
 * {@code new}, no cast, no {@code this}, no index, no lambda, no string operation.
 *
 * <p>Drools leaves these sides of a constraint as text in its parse tree; this reads that text against the grammar
 * above only, so what is not in it cannot be written.
 */
final class Operand {

    /**
     * What a side of a constraint yields.
     *
     * @param type    its Java type, boxed ({@code Number.class} when Drools decides, as for an accumulate's result)
     * @param element the element type when it is a list, else null
     * @param path    the property path when it is one ({@code board.members}), else null
     * @param expr    the operand as Grille's tree, what the printer prints for Drools
     */
    record Typed(Class<?> type, Class<?> element, String path, Tree.Expr expr) {
        Typed(Class<?> type, Class<?> element, String path) {
            this(type, element, path, null);
        }

        boolean isList() {
            return Collection.class.isAssignableFrom(type);
        }

        boolean isNumber() {
            return Number.class.isAssignableFrom(type);
        }
    }

    /** A refusal: where in the operand's text, its problem code and the message's arguments. */
    record Refusal(int offset, String code, List<Object> arguments) {
    }

    /** Thrown inside the parser at the first mistake of an operand: one message per mistake. */
    private static final class Refused extends RuntimeException {
        private final transient Refusal refusal;

        Refused(int offset, String code, Object... arguments) {
            super(code, null, false, false);
            this.refusal = new Refusal(offset, code, Arrays.asList(arguments));
        }
    }

    /**
     * Where an operand is read: the fact type its bare names belong to (null when there is none, as in an
     * accumulate's result), the variables bound so far, and the members the manifest declares protected.
     */
    record Scope(Class<?> fact, Map<String, Typed> variables, RuleTerms terms) {
    }

    private enum Kind { IDENT, VAR, NUMBER, TEXT, PUNCT, END }

    private record Token(Kind kind, String text, int offset) {
        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }
    }

    private final List<Token> tokens;
    private final Scope scope;
    private int position;

    private Operand(List<Token> tokens, Scope scope) {
        this.tokens = tokens;
        this.scope = scope;
    }

    /** The operand's type, or the refusal of its first mistake. Exactly one of the two is non-null. */
    record Result(Typed typed, Refusal refusal) {
    }

    static Result read(String text, Scope scope) {
        try {
            Operand operand = new Operand(tokenize(text), scope);
            Typed typed = operand.additive();
            Token next = operand.peek();
            if (next.kind != Kind.END) {
                throw new Refused(next.offset, "RULE-EXPRESSION-FORBIDDEN", next.text, "syntax");
            }
            return new Result(typed, null);
        } catch (Refused e) {
            return new Result(null, e.refusal);
        }
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                i++;
            } else if (Character.isLetter(c) && c < 128 || c == '_') {
                int end = i + 1;
                while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(i, end), i));
                i = end;
            } else if (c == '$') {
                int end = i + 1;
                while (end < text.length() && isIdentifierPart(text.charAt(end))) {
                    end++;
                }
                if (end == i + 1) {
                    throw new Refused(i, "RULE-EXPRESSION-FORBIDDEN", "$", "syntax");
                }
                tokens.add(new Token(Kind.VAR, text.substring(i, end), i));
                i = end;
            } else if (c >= '0' && c <= '9') {
                int end = i;
                while (end < text.length() && Character.isDigit(text.charAt(end))) {
                    end++;
                }
                if (end + 1 < text.length() && text.charAt(end) == '.' && Character.isDigit(text.charAt(end + 1))) {
                    end++;
                    while (end < text.length() && Character.isDigit(text.charAt(end))) {
                        end++;
                    }
                }
                if (end < text.length() && isIdentifierPart(text.charAt(end))) {
                    throw new Refused(end, "RULE-EXPRESSION-FORBIDDEN", text.substring(i, end + 1), "syntax");
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(i, end), i));
                i = end;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    if (text.charAt(end) == '\\' || text.charAt(end) == '\n') {
                        throw new Refused(end, "RULE-EXPRESSION-FORBIDDEN", text.charAt(end) == '\\' ? "\\" : "\"", "text");
                    }
                    end++;
                }
                if (end >= text.length()) {
                    throw new Refused(i, "RULE-EXPRESSION-FORBIDDEN", "\"", "text");
                }
                tokens.add(new Token(Kind.TEXT, text.substring(i, end + 1), i));
                i = end + 1;
            } else if ("().,+-*/".indexOf(c) >= 0) {
                tokens.add(new Token(Kind.PUNCT, String.valueOf(c), i));
                i++;
            } else {
                throw new Refused(i, "RULE-EXPRESSION-FORBIDDEN", String.valueOf(c), "character");
            }
        }
        tokens.add(new Token(Kind.END, "", text.length()));
        return tokens;
    }

    private static boolean isIdentifierPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        return tokens.get(position++);
    }

    private Typed additive() {
        Typed left = multiplicative();
        while (peek().is("+") || peek().is("-")) {
            Token operator = next();
            Typed right = multiplicative();
            left = arithmetic(operator, left, right, operator.is("+") ? Tree.ArithmeticOperator.PLUS : Tree.ArithmeticOperator.MINUS);
        }
        return left;
    }

    private Typed multiplicative() {
        Typed left = unary();
        if (peek().is("/")) {
            // MVEL interprets a constraint before compiling it, and the two disagree on a division by zero (no error,
            // then ArithmeticException): a score must not depend on that. A ratio is written a >= c * b instead.
            throw new Refused(peek().offset, "RULE-EXPRESSION-FORBIDDEN", "/", "division");
        }
        while (peek().is("*")) {
            Token operator = next();
            Typed right = unary();
            left = arithmetic(operator, left, right, Tree.ArithmeticOperator.TIMES);
            if (peek().is("/")) {
                throw new Refused(peek().offset, "RULE-EXPRESSION-FORBIDDEN", "/", "division");
            }
        }
        return left;
    }

    /**
     * {@code left op right} as Drools' interpreter computes it: two {@code int}s in 32 bits, wrapping past 2^31, and
     * anything else in 64 bits or in doubles. So a property of type {@code Integer} is widened in the tree
     * ({@code sessions.longValue()}), and what stays {@code int} (numbers written in the rule) must fit in 2^31; any
     * result must stay below 2^53, where doubles still hold every whole number.
     */
    private static Typed arithmetic(Token operator, Typed left, Typed right, Tree.ArithmeticOperator kind) {
        if (!left.isNumber() || !right.isNumber()) {
            throw new Refused(operator.offset, "RULE-EXPRESSION-FORBIDDEN", operator.text, "arithmetic");
        }
        Typed l = widened(left);
        Typed r = widened(right);
        boolean ints = l.type() == Integer.class && r.type() == Integer.class;
        java.math.BigDecimal limit = ints ? INT_LIMIT : Tree.EXACT_LIMIT;
        if (Tree.Arithmetic.bound(kind, l.expr(), r.expr()).compareTo(limit) >= 0) {
            throw new Refused(operator.offset, "RULE-ARITHMETIC-TOO-LARGE", operator.text);
        }
        Class<?> type = ints ? Integer.class
                : l.type() == Double.class || r.type() == Double.class ? Double.class
                : l.type() == Number.class || r.type() == Number.class ? Number.class : Long.class;
        return new Typed(type, null, null, new Tree.Arithmetic(kind, l.expr(), r.expr()));
    }

    /** 2^31: an int past it wraps round in Drools' interpreter. */
    private static final java.math.BigDecimal INT_LIMIT = java.math.BigDecimal.valueOf(1L << 31);

    /**
     * A property of type Integer, read as a long ({@code sessions.longValue()}); a value whose type Drools decides (an
     * accumulate's {@code $m}, which may hold an int), read as a double ({@code $m.doubleValue()}, exact below 2^53).
     * Anything else as it is.
     */
    private static Typed widened(Typed operand) {
        boolean integer = operand.type() == Integer.class;
        if (!integer && operand.type() != Number.class || !(operand.expr() instanceof Tree.Path path)) {
            return operand;
        }
        List<Tree.Segment> segments = new ArrayList<>(path.segments());
        segments.add(new Tree.Segment(integer ? "longValue" : "doubleValue", true, List.of()));
        return new Typed(integer ? Long.class : Double.class, null, operand.path(), new Tree.Path(path.variable(), segments));
    }

    private Typed unary() {
        if (peek().is("-")) {
            Token minus = next();
            if (peek().is("-")) {
                // MVEL reads two minus signs as a decrement: one minus is all a number needs
                throw new Refused(peek().offset, "RULE-EXPRESSION-FORBIDDEN", "--", "syntax");
            }
            Typed operand = primary();
            if (!operand.isNumber()) {
                throw new Refused(minus.offset, "RULE-EXPRESSION-FORBIDDEN", "-", "arithmetic");
            }
            return new Typed(operand.type(), null, null, new Tree.Negative(operand.expr()));
        }
        return primary();
    }

    private Typed primary() {
        Token token = next();
        switch (token.kind) {
            case NUMBER:
                return number(token);
            case TEXT:
                return text(token);
            case PUNCT:
                if (token.is("(")) {
                    Typed inner = additive();
                    expect(")");
                    return new Typed(inner.type(), inner.element(), null, inner.expr());
                }
                throw new Refused(token.offset, "RULE-EXPRESSION-FORBIDDEN", token.text, "syntax");
            case VAR:
                return variable(token);
            case IDENT:
                return name(token);
            default:
                throw new Refused(token.offset, "RULE-EXPRESSION-FORBIDDEN", "…", "syntax");
        }
    }

    private void expect(String punct) {
        Token token = next();
        if (!token.is(punct)) {
            throw new Refused(token.offset, "RULE-EXPRESSION-FORBIDDEN", token.kind == Kind.END ? punct : token.text, "syntax");
        }
    }

    private Typed variable(Token token) {
        Typed bound = scope.variables().get(token.text);
        if (bound == null) {
            throw new Refused(token.offset, "DRL-UNKNOWN-VARIABLE", token.text);
        }
        return segments(bound, token.text, token.text, new ArrayList<>());
    }

    private Typed name(Token token) {
        String name = token.text;
        switch (name) {
            case "true", "false" -> {
                return new Typed(Boolean.class, null, null, new Tree.Bool(name.equals("true")));
            }
            case "null" -> {
                return new Typed(Void.class, null, null, new Tree.Null());
            }
            case "this", "new", "super", "class", "instanceof" ->
                    throw new Refused(token.offset, "RULE-EXPRESSION-FORBIDDEN", name, "keyword");
            default -> {
                // a name of the vocabulary or not
            }
        }
        if (name.equals(Vocabulary.OBJECTIVE)) {
            return objective(token);
        }
        Class<?> enumType = Vocabulary.ENUMS.get(name);
        if (enumType != null) {
            return enumConstant(token, enumType);
        }
        if (Character.isUpperCase(name.charAt(0)) && !Vocabulary.WITHHELD.containsKey(name)) {
            throw new Refused(token.offset, "RULE-EXPRESSION-FORBIDDEN", name, "static");
        }
        if (scope.fact() == null) {
            throw new Refused(token.offset, "DRL-UNKNOWN-VARIABLE", name);
        }
        List<Tree.Segment> path = new ArrayList<>();
        Typed first = member(new Typed(scope.fact(), null, null), token, "", path);
        return segments(first, name, null, path);
    }

    private Typed enumConstant(Token token, Class<?> enumType) {
        expect(".");
        Token constant = next();
        if (constant.kind != Kind.IDENT) {
            throw new Refused(constant.offset, "RULE-EXPRESSION-FORBIDDEN", constant.text, "syntax");
        }
        List<String> names = Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        if (!names.contains(constant.text)) {
            String suggestion = Vocabulary.closest(constant.text, names);
            throw new Refused(constant.offset, "RULE-ENUM-UNKNOWN", enumType.getSimpleName() + "." + constant.text,
                    suggestion == null ? String.join(", ", names) : enumType.getSimpleName() + "." + suggestion);
        }
        if (peek().is(".") || peek().is("(")) {
            throw new Refused(peek().offset, "RULE-METHOD-FORBIDDEN", tokens.get(position + 1).text, enumType.getSimpleName());
        }
        return new Typed(enumType, null, null, new Tree.EnumValue(enumType.getSimpleName(), constant.text));
    }

    /**
     * {@code Objective.NEWCOMER_RIGHTS}: one of the objectives the catalog's manifest declares. The printer writes it
     * {@code Objective.of("NEWCOMER_RIGHTS")}, Java having no such constant; that form reads back to the same tree.
     */
    private Typed objective(Token token) {
        expect(".");
        Token constant = next();
        if (constant.kind == Kind.IDENT && constant.text.equals("of") && peek().is("(")) {
            next();
            Token quoted = next();
            String id = quoted.kind == Kind.TEXT ? quoted.text.substring(1, quoted.text.length() - 1) : null;
            if (!Criterion.isId(id)) {
                throw new Refused(quoted.offset, "RULE-EXPRESSION-FORBIDDEN", quoted.text, "syntax");
            }
            expect(")");
            constant = new Token(Kind.IDENT, id, quoted.offset + 1);
        }
        if (constant.kind != Kind.IDENT) {
            throw new Refused(constant.offset, "RULE-EXPRESSION-FORBIDDEN", constant.text, "syntax");
        }
        List<String> ids = scope.terms().objectives();
        if (!ids.contains(constant.text)) {
            String suggestion = Vocabulary.closest(constant.text, ids);
            throw new Refused(constant.offset, "RULE-ENUM-UNKNOWN", Vocabulary.OBJECTIVE + "." + constant.text,
                    suggestion == null ? String.join(", ", ids) : Vocabulary.OBJECTIVE + "." + suggestion);
        }
        if (peek().is(".") || peek().is("(")) {
            throw new Refused(peek().offset, "RULE-METHOD-FORBIDDEN", tokens.get(position + 1).text, Vocabulary.OBJECTIVE);
        }
        return new Typed(Objective.class, null, null, new Tree.EnumValue(Vocabulary.OBJECTIVE, constant.text));
    }

    /** Follows {@code .name} and {@code .helper(...)} segments from {@code start}. */
    private Typed segments(Typed start, String path, String variable, List<Tree.Segment> segments) {
        Typed current = start;
        String currentPath = path;
        while (peek().is(".")) {
            next();
            Token segment = next();
            if (segment.kind != Kind.IDENT) {
                throw new Refused(segment.offset, "RULE-EXPRESSION-FORBIDDEN", segment.text, "syntax");
            }
            current = member(current, segment, currentPath, segments);
            currentPath = currentPath + "." + segment.text;
        }
        if (peek().is("(")) {
            throw new Refused(peek().offset, "RULE-EXPRESSION-FORBIDDEN", "(", "syntax");
        }
        return new Typed(current.type(), current.element(), currentPath, new Tree.Path(variable, segments));
    }

    /** A decimal number, read as the guide says: {@code 010} is ten, never octal; too large a number is refused. */
    private static Typed number(Token token) {
        java.math.BigDecimal value = new java.math.BigDecimal(token.text);
        if (value.compareTo(Tree.LARGEST_LITERAL) > 0 || value.scale() > 6) {
            throw new Refused(token.offset, "RULE-NUMBER-TOO-LARGE", token.text, Tree.LARGEST_LITERAL.toPlainString());
        }
        // typed as Drools' interpreter types it: a whole number that fits in an int is an int
        Class<?> type = token.text.contains(".") ? Double.class
                : value.compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0 ? Integer.class : Long.class;
        return new Typed(type, null, null, new Tree.Decimal(value));
    }

    private static Typed text(Token token) {
        String value = token.text.substring(1, token.text.length() - 1);
        try {
            return new Typed(String.class, null, null, new Tree.Text(value));
        } catch (Tree.Malformed e) {
            throw new Refused(token.offset, "RULE-EXPRESSION-FORBIDDEN", token.text, "text");
        }
    }

    /** The member {@code segment} of {@code owner}, with its call parentheses and arguments if written. */
    private Typed member(Typed owner, Token segment, String ownerPath, List<Tree.Segment> path) {
        String name = segment.text;
        boolean call = peek().is("(");
        if (owner.isList()) {
            if (!Vocabulary.LIST_MEMBERS.contains(name) || !call) {
                throw new Refused(segment.offset, "RULE-METHOD-FORBIDDEN", name, "List");
            }
            next();
            expect(")");
            path.add(new Tree.Segment(name, true, List.of()));
            return new Typed(name.equals("size") ? Integer.class : Boolean.class, null, null);
        }
        if (owner.type() == Number.class || owner.isNumber() && !Vocabulary.isVocabulary(owner.type())) {
            boolean widening = name.equals("longValue") && (owner.type() == Integer.class || owner.type() == Long.class);
            if (owner.type() == Number.class && Vocabulary.NUMBER_MEMBERS.contains(name) || widening) {
                if (call) {
                    next();
                    expect(")");
                }
                // intValue would cut a sum past 2^31 down to 32 bits: the tree reads every whole number in 64 bits
                String canonical = name.equals("intValue") ? "longValue" : name;
                path.add(new Tree.Segment(canonical, call || widening, List.of()));
                return new Typed(canonical.equals("doubleValue") ? Double.class : canonical.equals("longValue") && widening
                        ? Long.class : Number.class, null, null);
            }
            throw new Refused(segment.offset, "RULE-METHOD-FORBIDDEN", name, Vocabulary.ruleName(owner.type()));
        }
        if (!Vocabulary.isVocabulary(owner.type())) {
            throw new Refused(segment.offset, "RULE-METHOD-FORBIDDEN", name, Vocabulary.ruleName(owner.type()));
        }
        Map<String, Member> members = Vocabulary.members(owner.type());
        Member member = members.get(name);
        if (member == null) {
            String withheld = Vocabulary.WITHHELD.get(name);
            if (withheld != null) {
                refuseWithheld(segment, owner, withheld);
            }
            if (Set.of("toString", "hashCode", "equals", "getClass", "wait", "notify", "notifyAll").contains(name)) {
                throw new Refused(segment.offset, "RULE-METHOD-FORBIDDEN", name, Vocabulary.ruleName(owner.type()));
            }
            String suggestion = Vocabulary.closest(name, members.keySet());
            throw new Refused(segment.offset, "DRL-UNKNOWN-FIELD", name, Vocabulary.ruleName(owner.type()),
                    suggestion == null ? String.join(", ", members.keySet()) : suggestion);
        }
        if (scope.terms().protectedMembers().contains(Vocabulary.ruleName(owner.type()) + "." + name)) {
            throw new Refused(segment.offset, "RULE-READS-PROTECTED", name, Vocabulary.ruleName(owner.type()) + "." + name);
        }
        if (!member.parameters().isEmpty() && !call) {
            throw new Refused(segment.offset, "RULE-EXPRESSION-FORBIDDEN", name, "arguments");
        }
        List<Tree.EnumValue> arguments = List.of();
        if (call) {
            next();
            arguments = arguments(member, segment);
        }
        path.add(new Tree.Segment(name, call, arguments));
        return new Typed(box(member.type()), member.element(), null);
    }

    private void refuseWithheld(Token segment, Typed owner, String withheld) {
        String name = segment.text;
        if (withheld.equals("protected")) {
            throw new Refused(segment.offset, "RULE-READS-PROTECTED", name, name);
        }
        if (withheld.equals("identifying")) {
            throw new Refused(segment.offset, "RULE-READS-IDENTIFYING", name);
        }
        String presence = withheld.substring("text:".length());
        throw new Refused(segment.offset, "RULE-READS-TEXT", name, Vocabulary.ruleName(owner.type()), presence);
    }

    private List<Tree.EnumValue> arguments(Member member, Token segment) {
        List<Class<?>> parameters = member.parameters();
        List<Tree.EnumValue> values = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (i > 0) {
                expect(",");
            }
            Token argument = next();
            Class<?> enumType = argument.kind == Kind.IDENT ? Vocabulary.ENUMS.get(argument.text) : null;
            if (enumType == null || enumType != parameters.get(i)) {
                throw new Refused(argument.offset, "RULE-EXPRESSION-FORBIDDEN", argument.text,
                        "argument:" + parameters.get(i).getSimpleName());
            }
            values.add((Tree.EnumValue) enumConstant(argument, enumType).expr());
        }
        if (!peek().is(")")) {
            throw new Refused(peek().offset, "RULE-EXPRESSION-FORBIDDEN", peek().text.isEmpty() ? ")" : peek().text,
                    "argument:" + member.name());
        }
        next();
        return values;
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        if (type == double.class || type == float.class) {
            return Double.class;
        }
        if (type == long.class) {
            return Long.class;
        }
        return Integer.class;
    }
}
