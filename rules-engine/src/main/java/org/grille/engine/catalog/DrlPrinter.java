package org.grille.engine.catalog;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the only DRL Drools ever compiles: Grille's {@link Tree} of a rule file, one way per node. A number is
 * printed in decimal without leading zeros, a minus as {@code (-(x))}, every arithmetic in parentheses, every text
 * between double quotes (a {@link Tree.Text} holds no character that needs escaping); no annotation, no comment, no
 * import but the vocabulary's. Each rule and each pattern starts on the line it starts on in the author's file, so a
 * line Drools reports is a line of that file.
 */
final class DrlPrinter {

    private final StringBuilder out = new StringBuilder();
    private int line = 1;

    private DrlPrinter() {
    }

    /** The DRL of {@code file}, compiled against exactly the vocabulary of {@code kind}. */
    static String print(Tree.File file, Vocabulary.Kind kind) {
        DrlPrinter printer = new DrlPrinter();
        printer.out.append("package ").append(file.packageName()).append(';');
        for (String type : kind.imports()) {
            printer.out.append(" import ").append(type).append(';');
        }
        for (Tree.Rule rule : file.rules()) {
            printer.rule(rule);
        }
        printer.out.append('\n');
        return printer.out.toString();
    }

    private void rule(Tree.Rule rule) {
        moveTo(rule.line());
        out.append(" rule \"").append(rule.name()).append("\" when");
        rule.when().forEach(this::topLevel);
        out.append(" then");
        for (String finding : rule.findings()) {
            out.append(" insert( new Finding( \"").append(finding).append("\" ) );");
        }
        out.append(" end");
    }

    /**
     * A condition of the rule's own list. Never starts with "(": the parser reads a parenthesis right after a
     * {@code from} expression as a call on it. An {@code and} at this level is its children, each on its own;
     * an {@code or} binds tighter than the rule's list, so it needs no parentheses.
     */
    private void topLevel(Tree.Condition condition) {
        moveTo(condition.line());
        if (condition instanceof Tree.Group group && group.junction() == Tree.Junction.AND) {
            group.children().forEach(this::topLevel);
        } else if (condition instanceof Tree.Group group && group.junction() == Tree.Junction.OR) {
            out.append(' ').append(group.children().stream().map(DrlPrinter::condition).collect(Collectors.joining(" or ")));
        } else {
            out.append(' ').append(condition(condition));
        }
    }

    /** Starts a new line, or several, until the output is at {@code target}; never goes back. */
    private void moveTo(int target) {
        while (line < target) {
            out.append('\n');
            line++;
        }
    }

    static String condition(Tree.Condition condition) {
        if (condition instanceof Tree.Match match) {
            return match(match);
        }
        Tree.Group group = (Tree.Group) condition;
        String children = group.children().stream().map(DrlPrinter::condition)
                .collect(Collectors.joining(group.junction() == Tree.Junction.OR ? " or "
                        : group.junction() == Tree.Junction.FORALL ? " " : " and "));
        return switch (group.junction()) {
            case AND, OR -> "( " + children + " )";
            case NOT, EXISTS, FORALL -> group.junction().keyword + "( " + children + " )";
        };
    }

    private static String match(Tree.Match match) {
        StringBuilder text = new StringBuilder();
        if (match.source() instanceof Tree.Accumulate accumulate && match.type().equals("Object")) {
            // accumulate( input ; $n : count() ; $n >= 2 ): the form whose results are bound variables
            text.append("accumulate( ").append(condition(accumulate.input())).append(" ; ")
                    .append(functions(accumulate.functions()));
            if (!match.constraints().isEmpty()) {
                text.append(" ; ").append(constraints(match.constraints()));
            }
            return text.append(" )").toString();
        }
        if (match.binding() != null) {
            text.append(match.binding()).append(" : ");
        }
        text.append(match.type()).append("( ").append(constraints(match.constraints())).append(" )");
        if (match.source() instanceof Tree.From from) {
            text.append(" from ").append(expr(from.path()));
        } else if (match.source() instanceof Tree.Accumulate accumulate) {
            text.append(" from accumulate( ").append(condition(accumulate.input())).append(", ")
                    .append(functions(accumulate.functions())).append(" )");
        }
        return text.toString();
    }

    private static String functions(List<Tree.Function> functions) {
        return functions.stream().map(function -> (function.binding() == null ? "" : function.binding() + " : ")
                + function.name() + "( " + function.arguments().stream().map(DrlPrinter::expr).collect(Collectors.joining(", "))
                + " )").collect(Collectors.joining(", "));
    }

    private static String constraints(List<Tree.Constraint> constraints) {
        return constraints.stream().map(DrlPrinter::constraint).collect(Collectors.joining(", "));
    }

    static String constraint(Tree.Constraint constraint) {
        if (constraint instanceof Tree.Bind bind) {
            return bind.variable() + " : " + expr(bind.value());
        }
        if (constraint instanceof Tree.Compare compare) {
            return expr(compare.left()) + " " + compare.operator().symbol + " " + expr(compare.right());
        }
        if (constraint instanceof Tree.Test test) {
            return expr(test.value());
        }
        if (constraint instanceof Tree.Either either) {
            return "( " + either.parts().stream().map(DrlPrinter::constraint).collect(Collectors.joining(" || ")) + " )";
        }
        Tree.Both both = (Tree.Both) constraint;
        return "( " + both.parts().stream().map(DrlPrinter::constraint).collect(Collectors.joining(" && ")) + " )";
    }

    static String expr(Tree.Expr expr) {
        if (expr instanceof Tree.Decimal number) {
            return number.value().toPlainString();
        }
        if (expr instanceof Tree.Text text) {
            return "\"" + text.value() + "\"";
        }
        if (expr instanceof Tree.Bool bool) {
            return Boolean.toString(bool.value());
        }
        if (expr instanceof Tree.Null) {
            return "null";
        }
        if (expr instanceof Tree.EnumValue value) {
            return value.type() + "." + value.constant();
        }
        if (expr instanceof Tree.Path path) {
            return path(path);
        }
        if (expr instanceof Tree.Arithmetic arithmetic) {
            return "(" + expr(arithmetic.left()) + " " + arithmetic.operator().symbol + " " + expr(arithmetic.right()) + ")";
        }
        return "(-(" + expr(((Tree.Negative) expr).operand()) + "))";
    }

    private static String path(Tree.Path path) {
        StringBuilder text = new StringBuilder(path.variable() == null ? "" : path.variable());
        for (Tree.Segment segment : path.segments()) {
            if (!text.isEmpty()) {
                text.append('.');
            }
            text.append(segment.name());
            if (segment.call()) {
                text.append('(').append(segment.arguments().stream().map(DrlPrinter::expr).collect(Collectors.joining(", ")))
                        .append(')');
            }
        }
        return text.toString();
    }
}
