package org.grille.engine.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the only DRL Drools ever compiles: Grille's {@link Tree} of a rule file, one way per node. A number is
 * printed in decimal without leading zeros, a minus as {@code (-(x))}, every arithmetic in parentheses, every text
 * between double quotes (a {@link Tree.Text} holds no character that needs escaping); no annotation, no comment, no
 * import but the vocabulary's, {@link JoinBudget}'s and, in partnership files, {@link PairWindow}'s. Each rule and
 * each pattern starts on the line it starts on in the author's file, so a line Drools reports is a line of that file.
 *
 * <p>Every pattern that follows another in a scoring rule gets {@code JoinBudget.within($earlier)} as its first constraint,
 * so a join stops when the assessment's time is spent; to have an earlier binding to name, a pattern the author left
 * unbound is bound to {@code $_1}, {@code $_2}... (an author's variable never starts with {@code $_}).
 */
final class DrlPrinter {

    /** The import the guard needs, after the vocabulary's. */
    static final String GUARD_IMPORT = JoinBudget.class.getName();
    /** The import a partnership file needs for its window, after the guard's. */
    static final String WINDOW_IMPORT = PairWindow.class.getName();

    private final StringBuilder out = new StringBuilder();
    private final boolean guarded;
    /** Partnership rules read the {@link PairWindow} first; these are the ones marked {@code @symmetric}. */
    private final boolean windowed;
    private final java.util.Set<String> symmetric;
    /** In the rule being printed: whether it is symmetric, and which of {@code $ka}, {@code $kb} are bound so far. */
    private boolean ruleSymmetric;
    private final java.util.Set<String> pairBound = new java.util.HashSet<>();
    private int line = 1;
    /** The latest binding a pattern printed now may name; null at the start of a rule. */
    private String earlier;
    private int unbound;

    private DrlPrinter(boolean guarded, boolean windowed, java.util.Set<String> symmetric) {
        this.guarded = guarded;
        this.windowed = windowed;
        this.symmetric = symmetric;
    }

    /**
     * The DRL of {@code file}, compiled against exactly the vocabulary of {@code kind}, with the join guards for the
     * scoring rules. Partnership rules get none: the guard only stops a join under a budget {@link JoinBudget#start
     * started} by the scorer for one assessment, and the partnership pass starts none (its bounds are the grammar's
     * tied joins, {@link CostEstimate} and the finder's cap on firings), so there it would only return true, at the
     * price of an interpreted MVEL call for every pair a join tries: the largest item of a 1 000-application pass's
     * profile after the joins themselves (issue 26, BENCHMARKS.md). A partnership budget would bring them back here.
     */
    static String print(Tree.File file, Vocabulary.Kind kind) {
        return print(file, kind, java.util.Set.of());
    }

    /**
     * {@link #print(Tree.File, Vocabulary.Kind)}, where the rules named in {@code symmetric} are partnership rules marked
     * {@code @symmetric}. A partnership rule reads the session's {@link PairWindow} first: the pattern that binds
     * {@code $ka} gets {@code key >= $_low, key < $_high}, and in a symmetric rule the pattern that binds the second of
     * {@code $ka} and {@code $kb} gets {@code ( key > $ka || $_both )} (or {@code key < $kb}), so that each pair is
     * matched once, the lower key as {@code $ka}, unless the window asks for both ways. It is the same rule on every
     * slice of keys; what it matches is the same set of unordered pairs (issue 26).
     */
    static String print(Tree.File file, Vocabulary.Kind kind, java.util.Set<String> symmetric) {
        boolean partnership = kind == Vocabulary.Kind.PARTNERSHIP;
        return print(file, kind, new DrlPrinter(!partnership, partnership, symmetric));
    }

    /**
     * The same DRL without guards or generated bindings: the text the reader reads back into {@code file} (a guard is
     * not something an author may write).
     */
    static String printWithoutGuards(Tree.File file, Vocabulary.Kind kind) {
        return print(file, kind, new DrlPrinter(false, false, java.util.Set.of()));
    }

    private static String print(Tree.File file, Vocabulary.Kind kind, DrlPrinter printer) {
        printer.out.append(header(file.packageName(), kind));
        if (printer.windowed) {
            printer.out.append(" import ").append(WINDOW_IMPORT).append(';');
        }
        for (Tree.Rule rule : file.rules()) {
            printer.rule(rule);
        }
        printer.out.append('\n');
        return printer.out.toString();
    }

    /** The first line of every printed file: its package and imports. */
    static String header(String packageName, Vocabulary.Kind kind) {
        StringBuilder header = new StringBuilder("package ").append(packageName).append(';');
        for (String type : kind.imports()) {
            header.append(" import ").append(type).append(';');
        }
        return header.append(" import ").append(GUARD_IMPORT).append(';').toString();
    }

    private void rule(Tree.Rule rule) {
        moveTo(rule.line());
        earlier = null;
        unbound = 0;
        out.append(" rule \"").append(rule.name()).append("\" when");
        ruleSymmetric = symmetric.contains(rule.name());
        pairBound.clear();
        if (windowed) {
            out.append(" PairWindow( $_low : low, $_high : high, $_both : both )");
        }
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
            out.append(' ').append(branches(group));
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

    private String condition(Tree.Condition condition) {
        if (condition instanceof Tree.Match match) {
            return match(match);
        }
        Tree.Group group = (Tree.Group) condition;
        // what a group binds is not visible after it: the next pattern names what was visible before
        String before = earlier;
        String text = switch (group.junction()) {
            case OR -> "( " + branches(group) + " )";
            case AND -> "( " + children(group, " and ") + " )";
            case FORALL -> group.junction().keyword + "( " + children(group, " ") + " )";
            case NOT, EXISTS -> group.junction().keyword + "( " + children(group, " and ") + " )";
        };
        earlier = before;
        return text;
    }

    private String children(Tree.Group group, String separator) {
        List<String> children = new ArrayList<>();
        group.children().forEach(child -> children.add(condition(child)));
        return String.join(separator, children);
    }

    /** Each branch of an {@code or} sees what was visible before the group, not what another branch bound. */
    private String branches(Tree.Group group) {
        String before = earlier;
        List<String> branches = new ArrayList<>();
        for (Tree.Condition branch : group.children()) {
            earlier = before;
            branches.add(condition(branch));
        }
        earlier = before;
        return String.join(" or ", branches);
    }

    private String match(Tree.Match match) {
        StringBuilder text = new StringBuilder();
        if (match.source() instanceof Tree.Accumulate accumulate && match.type().equals("Object")) {
            // accumulate( input ; $n : count() ; $n >= 2 ): the form whose results are bound variables
            text.append("accumulate( ").append(input(accumulate)).append(" ; ").append(functions(accumulate.functions()));
            if (!match.constraints().isEmpty()) {
                text.append(" ; ").append(constraints(match.constraints()));
            }
            accumulate.functions().stream().filter(function -> function.binding() != null).findFirst()
                    .ifPresent(function -> earlier = function.binding());
            return text.append(" )").toString();
        }
        String binding = match.binding() != null ? match.binding() : guarded ? "$_" + ++unbound : null;
        if (binding != null) {
            text.append(binding).append(" : ");
        }
        List<String> constraints = new ArrayList<>();
        // an accumulate's result is one value per earlier match: nothing to guard; its input is guarded inside
        if (guarded && earlier != null && !(match.source() instanceof Tree.Accumulate)) {
            constraints.add("JoinBudget.within( " + earlier + " )");
        }
        if (windowed) {
            // first, so that the half of the pairs a symmetric rule leaves to the other way stops here
            constraints.addAll(window(match));
        }
        match.constraints().forEach(constraint -> constraints.add(constraint(constraint)));
        text.append(Vocabulary.printedName(match.type())).append("( ").append(String.join(", ", constraints)).append(" )");
        if (match.source() instanceof Tree.From from) {
            text.append(" from ").append(expr(from.path()));
        } else if (match.source() instanceof Tree.Accumulate accumulate) {
            text.append(" from accumulate( ").append(input(accumulate)).append(", ")
                    .append(functions(accumulate.functions())).append(" )");
        }
        if (binding != null) {
            earlier = binding;
        }
        return text.toString();
    }

    /** What the window adds to a pattern that binds {@code $ka} or {@code $kb} to its key (see {@link #print}). */
    private List<String> window(Tree.Match match) {
        List<String> added = new ArrayList<>();
        for (Tree.Constraint constraint : match.constraints()) {
            if (constraint instanceof Tree.Bind bind && RuleGrammar.PAIR.contains(bind.variable())
                    && bind.value() instanceof Tree.Path path && path.variable() == null && path.segments().size() == 1
                    && path.segments().get(0).name().equals("key") && !path.segments().get(0).call()) {
                if (bind.variable().equals("$ka")) {
                    added.add("key >= $_low");
                    added.add("key < $_high");
                }
                String other = bind.variable().equals("$ka") ? "$kb" : "$ka";
                if (ruleSymmetric && pairBound.contains(other)) {
                    // "key" first: Drools warns of class reactivity when a constraint starts with a variable
                    added.add("( key " + (other.equals("$ka") ? ">" : "<") + " " + other + " || $_both )");
                }
                pairBound.add(bind.variable());
            }
        }
        return added;
    }

    /** An accumulate's input: its patterns see what was visible before; what they bind stays inside. */
    private String input(Tree.Accumulate accumulate) {
        String before = earlier;
        String text = condition(accumulate.input());
        earlier = before;
        return text;
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
            // an objective is catalog data, not a Java constant: its id, checked as [A-Z][A-Z0-9_]*, needs no escape
            return value.type().equals(Vocabulary.OBJECTIVE) ? value.type() + ".of(\"" + value.constant() + "\")"
                    : value.type() + "." + value.constant();
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
