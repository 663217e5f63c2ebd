package org.grille.engine.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConnectiveType;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Turns Drools' parse tree of a rule file into Grille's {@link Tree}, or refuses it. Each descriptor is matched on its
 * exact class, never on a superclass: a subclass Drools adds (the grouped {@code accumulate}, an OOPath pattern) is a
 * class this reader does not know, and so a refusal. {@link Descriptors#HANDLED} lists what it reads; anything else is
 * refused by construction, and {@code DescriptorCoverageTest} checks that every descriptor class Drools ships is
 * accounted for.
 *
 * <p>{@link RuleGrammar} runs first and explains each mistake in the author's words; this reader is the one that
 * decides what reaches Drools, so it never trusts the grammar: whatever it cannot represent it refuses.
 */
final class RuleTreeReader {

    /** Bounds on one rule, checked as it is read: each is far above what the bundled catalog uses. */
    static final int MAX_CONSTRAINT_LENGTH = 2_000;
    static final int MAX_TERMS_PER_CONSTRAINT = 64;
    static final int MAX_FINDINGS_PER_RULE = 8;

    private final DrlFile file;
    private final Vocabulary.Kind kind;
    private final RuleTerms terms;

    /** Why a part of the file cannot become a tree node, and where. */
    static final class Refusal extends RuntimeException {
        final int line;
        final int column;
        final String rule;
        final String construct;
        final String code;

        Refusal(BaseDescr where, String rule, String construct) {
            this(where, rule, construct, "RULE-CONSTRUCT-FORBIDDEN");
        }

        Refusal(BaseDescr where, String rule, String construct, String code) {
            super(construct, null, false, false);
            this.code = code;
            this.line = where == null ? 0 : Math.max(where.getLine(), 0);
            this.column = where == null ? 0 : Math.max(where.getColumn(), 0) + 1;
            this.rule = rule;
            this.construct = construct;
        }
    }

    private RuleTreeReader(DrlFile file, Vocabulary.Kind kind, RuleTerms terms) {
        this.file = file;
        this.kind = kind;
        this.terms = terms;
    }

    /** The file as Grille's tree, or null after reporting why it cannot be one. */
    static Tree.File read(DrlFile file, Vocabulary.Kind kind, RuleTerms terms, ProblemCollector problems) {
        try {
            return new RuleTreeReader(file, kind, terms).file();
        } catch (Refusal refusal) {
            // a descriptor without a place (Drools gives none to some) is placed on its rule's first line
            int ruleLine = file.descr().getRules().stream().filter(r -> r.getName().equals(refusal.rule))
                    .mapToInt(RuleDescr::getLine).findFirst().orElse(1);
            int line = refusal.line > 0 ? refusal.line : ruleLine;
            problems.error(file.path(), line, refusal.column, refusal.rule, refusal.code, refusal.construct);
            return null;
        }
    }

    private Tree.File file() {
        PackageDescr pkg = exactly(file.descr(), PackageDescr.class, null);
        boolean declarations = !pkg.getAttributes().isEmpty() || !pkg.getFunctionImports().isEmpty()
                || !pkg.getAccumulateImports().isEmpty() || !pkg.getFunctions().isEmpty() || !pkg.getGlobals().isEmpty()
                || !pkg.getTypeDeclarations().isEmpty() || !pkg.getEnumDeclarations().isEmpty()
                || !pkg.getWindowDeclarations().isEmpty() || !pkg.getEntryPointDeclarations().isEmpty() || pkg.getUnit() != null;
        if (declarations) {
            throw new Refusal(pkg, null, "declaration");
        }
        List<Tree.Rule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(rule(exactly(rule, RuleDescr.class, rule.getName())));
        }
        return node(pkg, null, () -> new Tree.File(file.path(), pkg.getNamespace(), rules));
    }

    private Tree.Rule rule(RuleDescr rule) {
        String name = rule.getName();
        if (!rule.getAttributes().isEmpty() || rule.getParentName() != null || !rule.getNamedConsequences().isEmpty()
                || rule.isQuery() || rule.getUnit() != null) {
            throw new Refusal(rule, name, "rule attribute");
        }
        Map<String, Operand.Typed> variables = new HashMap<>();
        List<Tree.Condition> when = new ArrayList<>();
        for (BaseDescr child : exactly(rule.getLhs(), AndDescr.class, name).getDescrs()) {
            when.add(condition(child, name, variables));
        }
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        FindingConsequence findings = FindingConsequence.of(consequence);
        if (findings == null || findings.findings().size() > MAX_FINDINGS_PER_RULE) {
            throw new Refusal(rule, name, "then …");
        }
        return node(rule, name, () -> new Tree.Rule(name, rule.getLine(), when, findings.findings()));
    }

    private Tree.Condition condition(BaseDescr descr, String rule, Map<String, Operand.Typed> variables) {
        Class<?> type = descr == null ? null : descr.getClass();
        if (type == PatternDescr.class) {
            return pattern((PatternDescr) descr, rule, variables);
        }
        Tree.Junction junction;
        if (type == AndDescr.class) {
            junction = Tree.Junction.AND;
        } else if (type == OrDescr.class) {
            junction = Tree.Junction.OR;
        } else if (type == NotDescr.class) {
            junction = Tree.Junction.NOT;
        } else if (type == ExistsDescr.class) {
            junction = Tree.Junction.EXISTS;
        } else if (type == ForallDescr.class) {
            junction = Tree.Junction.FORALL;
        } else {
            throw new Refusal(descr, rule, name(descr));
        }
        List<Tree.Condition> children = new ArrayList<>();
        for (BaseDescr child : ((ConditionalElementDescr) descr).getDescrs()) {
            children.add(condition(child, rule, variables));
        }
        if (children.size() == 1 && (junction == Tree.Junction.AND || junction == Tree.Junction.OR)) {
            return children.get(0);
        }
        Tree.Junction kindOfGroup = junction;
        return node(descr, rule, () -> new Tree.Group(kindOfGroup, descr.getLine(), children));
    }

    private Tree.Match pattern(PatternDescr pattern, String rule, Map<String, Operand.Typed> variables) {
        if (pattern.isQuery() || pattern.isUnification() || !pattern.getBehaviors().isEmpty()
                || pattern.getObjectType() == null
                || "Object".equals(pattern.getObjectType()) && pattern.getIdentifier() != null) {
            throw new Refusal(pattern, rule, "pattern");
        }
        String typeName = pattern.getObjectType();
        BaseDescr sourceDescr = pattern.getSource();
        boolean accumulate = sourceDescr != null && sourceDescr.getClass() == AccumulateDescr.class;
        Class<?> type = accumulate ? (typeName.equals("Number") ? Number.class : typeName.equals("Object") ? null : Void.class)
                : Vocabulary.factByEitherName(kind, typeName);
        if (type == Void.class || !accumulate && type == null) {
            throw new Refusal(pattern, rule, typeName);
        }
        Tree.Source source = null;
        if (sourceDescr != null) {
            source = accumulate ? accumulate((AccumulateDescr) sourceDescr, pattern, rule, variables)
                    : from(exactly(sourceDescr, FromDescr.class, rule), pattern, type, rule, variables);
        }
        if (pattern.getIdentifier() != null) {
            declare(pattern.getIdentifier(), new Operand.Typed(type == null ? Object.class : type, null, null), variables,
                    pattern, rule);
        }
        Operand.Scope scope = new Operand.Scope(type, variables, terms);
        List<Tree.Constraint> constraints = new ArrayList<>();
        for (BaseDescr constraint : pattern.getDescrs()) {
            ExprConstraintDescr expression = exactly(constraint, ExprConstraintDescr.class, rule);
            if (expression.getType() != ExprConstraintDescr.Type.NAMED || expression.getExpression() == null
                    || expression.getExpression().length() > MAX_CONSTRAINT_LENGTH) {
                throw new Refusal(expression, rule, "constraint");
            }
            constraints.addAll(constraint(expression, rule, scope, variables));
        }
        Tree.Source from = source;
        return node(pattern, rule, () -> new Tree.Match(pattern.getLine(), pattern.getIdentifier(),
                type == null ? typeName : Vocabulary.ruleName(type), constraints, from));
    }

    private Tree.From from(FromDescr from, PatternDescr pattern, Class<?> type, String rule, Map<String, Operand.Typed> variables) {
        String text = from.getDataSource() == null ? "" : from.getDataSource().toString().trim();
        Operand.Typed typed = operand(text, new Operand.Scope(null, variables, terms), pattern, rule);
        boolean ofThisType = typed.isList() ? typed.element() == type : typed.type() == type;
        if (!(typed.expr() instanceof Tree.Path path) || path.variable() == null || !ofThisType) {
            throw new Refusal(pattern, rule, "from " + text);
        }
        return new Tree.From(path);
    }

    private Tree.Accumulate accumulate(AccumulateDescr accumulate, PatternDescr pattern, String rule,
                                       Map<String, Operand.Typed> variables) {
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
            throw new Refusal(pattern, rule, "accumulate");
        }
        // the input's bindings are visible to the functions, not to the rest of the rule
        Map<String, Operand.Typed> inner = new HashMap<>(variables);
        Tree.Condition input = condition(accumulate.getInput(), rule, inner);
        List<Tree.Function> functions = new ArrayList<>();
        for (AccumulateDescr.AccumulateFunctionCallDescr call : accumulate.getFunctions()) {
            if (call.isUnification() || call.getParams().length > 1) {
                throw new Refusal(pattern, rule, "accumulate");
            }
            List<Tree.Expr> arguments = new ArrayList<>();
            for (String parameter : call.getParams()) {
                Operand.Typed argument = operand(parameter, new Operand.Scope(null, inner, terms), pattern, rule);
                if (!call.getFunction().equals("count") && !argument.isNumber()) {
                    throw new Refusal(pattern, rule, call.getFunction());
                }
                arguments.add(argument.expr());
            }
            functions.add(node(pattern, rule, () -> new Tree.Function(call.getBind(), call.getFunction(), arguments)));
            if (call.getBind() != null) {
                declare(call.getBind(), new Operand.Typed(Number.class, null, null), variables, pattern, rule);
            }
        }
        return node(pattern, rule, () -> new Tree.Accumulate(input, functions));
    }

    private List<Tree.Constraint> constraint(ExprConstraintDescr expression, String rule, Operand.Scope scope,
                                             Map<String, Operand.Typed> variables) {
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr tree = parser.parse(expression.getExpression());
        if (parser.hasErrors() || tree == null) {
            throw new Refusal(expression, rule, expression.getExpression());
        }
        int[] terms = {0};
        List<Tree.Constraint> top = new ArrayList<>();
        // the outer && of a constraint: bindings may stand here, and each part is a constraint of the pattern
        flatten(tree, expression, rule, scope, variables, top, terms);
        return top;
    }

    private void flatten(ConstraintConnectiveDescr and, ExprConstraintDescr where, String rule, Operand.Scope scope,
                         Map<String, Operand.Typed> variables, List<Tree.Constraint> into, int[] terms) {
        if (and.getConnective() != ConnectiveType.AND) {
            into.add(junction(and, where, rule, scope, terms));
            return;
        }
        for (BaseDescr child : and.getDescrs()) {
            if (child.getClass() == ConstraintConnectiveDescr.class) {
                flatten((ConstraintConnectiveDescr) child, where, rule, scope, variables, into, terms);
            } else if (child.getClass() == BindingDescr.class) {
                into.add(bind((BindingDescr) child, where, rule, scope, variables));
            } else if (child.getClass() == RelationalExprDescr.class
                    && ((RelationalExprDescr) child).getLeft().getClass() == BindingDescr.class) {
                // "$x : a > 3" binds a, then compares it
                RelationalExprDescr relation = (RelationalExprDescr) child;
                BindingDescr binding = (BindingDescr) relation.getLeft();
                into.add(bind(binding, where, rule, scope, variables));
                AtomicExprDescr left = new AtomicExprDescr(binding.getExpression());
                into.add(compare(relation, left, where, rule, scope, terms));
            } else {
                into.add(part(child, where, rule, scope, terms));
            }
        }
    }

    /** A part of a constraint below its outer {@code &&}: no binding here. */
    private Tree.Constraint part(BaseDescr descr, ExprConstraintDescr where, String rule, Operand.Scope scope, int[] terms) {
        if (descr.getClass() == ConstraintConnectiveDescr.class) {
            return junction((ConstraintConnectiveDescr) descr, where, rule, scope, terms);
        }
        if (descr.getClass() == RelationalExprDescr.class) {
            RelationalExprDescr relation = (RelationalExprDescr) descr;
            return compare(relation, relation.getLeft(), where, rule, scope, terms);
        }
        if (descr.getClass() == AtomicExprDescr.class) {
            countTerm(terms, where, rule);
            Operand.Typed typed = operand(((AtomicExprDescr) descr).getExpression(), scope, where, rule);
            if (typed.type() != Boolean.class || !(typed.expr() instanceof Tree.Path path)) {
                throw new Refusal(where, rule, ((AtomicExprDescr) descr).getExpression());
            }
            return new Tree.Test(path);
        }
        throw new Refusal(where, rule, name(descr));
    }

    private Tree.Constraint junction(ConstraintConnectiveDescr connective, ExprConstraintDescr where, String rule,
                                     Operand.Scope scope, int[] terms) {
        ConnectiveType type = connective.getConnective();
        if (type != ConnectiveType.AND && type != ConnectiveType.OR) {
            throw new Refusal(where, rule, type.toString());
        }
        List<Tree.Constraint> parts = new ArrayList<>();
        for (BaseDescr child : connective.getDescrs()) {
            parts.add(part(child, where, rule, scope, terms));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return node(where, rule, () -> type == ConnectiveType.OR ? new Tree.Either(parts) : new Tree.Both(parts));
    }

    private Tree.Bind bind(BindingDescr binding, ExprConstraintDescr where, String rule, Operand.Scope scope,
                           Map<String, Operand.Typed> variables) {
        if (binding.isUnification()) {
            throw new Refusal(where, rule, ":=");
        }
        Operand.Typed typed = operand(binding.getExpression(), scope, where, rule);
        declare(binding.getVariable(), typed, variables, where, rule);
        return node(where, rule, () -> new Tree.Bind(binding.getVariable(), typed.expr()));
    }

    private Tree.Compare compare(RelationalExprDescr relation, BaseDescr leftDescr, ExprConstraintDescr where, String rule,
                                 Operand.Scope scope, int[] terms) {
        countTerm(terms, where, rule);
        if (relation.getParameters() != null && !relation.getParameters().isEmpty()) {
            throw new Refusal(where, rule, relation.getOperator());
        }
        Tree.Operator operator = operator(relation.getOperator(), relation.isNegated());
        if (operator == null) {
            throw new Refusal(where, rule, (relation.isNegated() ? "not " : "") + relation.getOperator());
        }
        AtomicExprDescr left = exactly(leftDescr, AtomicExprDescr.class, rule);
        AtomicExprDescr right = exactly(relation.getRight(), AtomicExprDescr.class, rule);
        Operand.Typed l = operand(left.getExpression(), scope, where, rule);
        Operand.Typed r = operand(right.getExpression(), scope, where, rule);
        boolean lists = switch (operator) {
            case CONTAINS, NOT_CONTAINS -> l.isList();
            case MEMBER_OF, NOT_MEMBER_OF -> r.isList();
            default -> !l.isList() && !r.isList() || operator == Tree.Operator.EQ || operator == Tree.Operator.NE;
        };
        if (!lists) {
            throw new Refusal(where, rule, relation.getOperator());
        }
        return node(where, rule, () -> new Tree.Compare(l.expr(), operator, r.expr()));
    }

    /** Binds a variable; one bound twice in a rule is refused (Drools would refuse it without a line). */
    private static void declare(String variable, Operand.Typed typed, Map<String, Operand.Typed> variables, BaseDescr where,
                                String rule) {
        if (variables.putIfAbsent(variable, typed) != null) {
            throw new Refusal(where, rule, variable, "RULE-VARIABLE-TWICE");
        }
    }

    private static Tree.Operator operator(String symbol, boolean negated) {
        for (Tree.Operator operator : Tree.Operator.values()) {
            if (!negated && operator.symbol.equals(symbol) || negated && operator.symbol.equals("not " + symbol)) {
                return operator;
            }
        }
        return null;
    }

    private static void countTerm(int[] terms, BaseDescr where, String rule) {
        if (++terms[0] > MAX_TERMS_PER_CONSTRAINT) {
            throw new Refusal(where, rule, "> " + MAX_TERMS_PER_CONSTRAINT + " comparisons");
        }
    }

    private Operand.Typed operand(String text, Operand.Scope scope, BaseDescr where, String rule) {
        Operand.Result result = Operand.read(text == null ? "" : text, scope);
        if (result.refusal() != null || result.typed().expr() == null) {
            throw new Refusal(where, rule, text);
        }
        return result.typed();
    }

    /** {@code descr} when it is exactly of {@code type}, never a subclass; else a refusal. */
    private static <T extends BaseDescr> T exactly(BaseDescr descr, Class<T> type, String rule) {
        if (descr == null || descr.getClass() != type) {
            throw new Refusal(descr, rule, name(descr));
        }
        return type.cast(descr);
    }

    /** What staff call a construct the reader refuses. */
    private static String name(BaseDescr descr) {
        if (descr == null) {
            return "?";
        }
        String simple = descr.getClass().getName().substring(descr.getClass().getName().lastIndexOf('.') + 1);
        return Descriptors.REFUSED.getOrDefault(simple, simple.replace("Descr", ""));
    }

    /** Makes a node; a node that would break its shape refuses the construct it came from. */
    private static <T> T node(BaseDescr where, String rule, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (Tree.Malformed e) {
            throw new Refusal(where, rule, e.what);
        }
    }
}
