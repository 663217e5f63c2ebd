package org.grille.engine.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.grille.engine.catalog.Operand.Typed;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The allow-list of what a rule file may say, checked on Drools' own parse tree before anything is compiled or run.
 * A file is a {@code package} under {@code org.grille.catalog}, imports of the vocabulary, and rules. A rule has
 * literal metadata, conditions built from patterns on vocabulary facts, constraints in the {@link Operand} grammar,
 * the comparison and membership operators, {@code && ||}, {@code exists not and or forall}, built-in accumulate
 * functions and {@code from} over a bound fact's property; and a consequence that is empty or inserts
 * {@code Finding}s. Everything else is refused, one problem per construct, naming it.
 */
final class RuleGrammar {

    private static final Pattern PACKAGE = Pattern.compile("org\\.grille\\.catalog(\\.[a-z][a-z0-9_]*)+");
    private static final Set<String> VOCABULARY_PACKAGES = Set.of("org.grille.api.application", "org.grille.api.rules");
    private static final String BATCH_PACKAGE = "org.grille.api.rules.batch";
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=", "contains", "memberOf");
    private static final Pattern LITERAL = Pattern.compile("\"[A-Za-z0-9_.\\-]*\"|[A-Za-z_][A-Za-z0-9_]*|-?[0-9]+");
    private static final Pattern VARIABLE = Pattern.compile("\\$[A-Za-z][A-Za-z0-9_]*");
    /** Result types an accumulate may bind: the classic {@code Number(...) from accumulate} and the inline form. */
    private static final Set<String> ACCUMULATE_RESULTS = Set.of("Number", "Object");
    /**
     * In a partnership rule every fact is one of many (a batch of 1 000 applications has thousands of each), so the
     * bound is on patterns not tied to a variable bound before: Drools indexes such an equality ({@code key == $ka},
     * {@code borough == $bor}), so a tied pattern costs a lookup, while an untied one multiplies the work by the size
     * of the batch. Two untied patterns are the pair itself; a third would be every triple. {@link CostEstimate}
     * proves the ties on Grille's tree.
     */
    static final int MAX_UNTIED_BATCH_PATTERNS = 2;
    /** The bindings that name the pair a partnership rule is about, in this order. */
    static final List<String> PAIR = List.of("$ka", "$kb");

    private final DrlFile file;
    private final ProblemCollector problems;
    private final RuleTerms terms;
    private final Vocabulary.Kind kind;
    /** Per rule: the nesting depth, and the variables bound outside any group. */
    private int depth;
    private final Map<String, Typed> topLevel = new HashMap<>();

    private RuleGrammar(DrlFile file, ProblemCollector problems, RuleTerms terms, Vocabulary.Kind kind) {
        this.file = file;
        this.problems = problems;
        this.terms = terms;
        this.kind = kind;
    }

    /** Checks a whole parsed scoring file; returns whether it is inside the grammar. */
    static boolean check(DrlFile file, ProblemCollector problems, RuleTerms terms) {
        return check(file, problems, terms, Vocabulary.Kind.SCORING);
    }

    /** Checks a whole parsed file against the vocabulary of {@code kind}; returns whether it is inside the grammar. */
    /** Checks a scoring rule file like {@link #check}; returns the names of its rules that are outside the grammar. */
    static Set<String> rulesOutside(DrlFile file, ProblemCollector problems, RuleTerms terms) {
        RuleGrammar grammar = new RuleGrammar(file, problems, terms, Vocabulary.Kind.SCORING);
        grammar.checkPackage(file.descr());
        Set<String> outside = new java.util.HashSet<>();
        for (RuleDescr rule : file.descr().getRules()) {
            int before = problems.errorCount();
            grammar.checkRule(rule);
            if (problems.errorCount() > before) {
                outside.add(rule.getName());
            }
        }
        return outside;
    }

    static boolean check(DrlFile file, ProblemCollector problems, RuleTerms terms, Vocabulary.Kind kind) {
        RuleGrammar grammar = new RuleGrammar(file, problems, terms, kind);
        int before = problems.errorCount();
        grammar.checkPackage(file.descr());
        for (RuleDescr rule : file.descr().getRules()) {
            grammar.checkRule(rule);
        }
        return problems.errorCount() == before;
    }

    private void checkPackage(PackageDescr pkg) {
        String name = pkg.getNamespace();
        if (name == null || !PACKAGE.matcher(name).matches()) {
            problems.error(file.path(), Math.max(pkg.getLine(), 1), 1, null, "RULE-PACKAGE-INVALID", name == null ? "" : name);
        }
        for (ImportDescr imported : pkg.getImports()) {
            if (!allowedImport(imported.getTarget())) {
                problems.error(file.path(), imported.getLine(), imported.getColumn() + 1, null, "RULE-IMPORT-FORBIDDEN",
                        imported.getTarget());
            }
        }
        pkg.getAttributes().forEach(a -> refuseDeclaration(a, a.getName() + " " + a.getValueString()));
        pkg.getFunctionImports().forEach(f -> refuseDeclaration(f, "import function"));
        pkg.getAccumulateImports().forEach(f -> refuseDeclaration(f, "import accumulate"));
        pkg.getFunctions().forEach(f -> refuseDeclaration(f, "function " + f.getName()));
        pkg.getGlobals().forEach(g -> refuseDeclaration(g, "global " + g.getIdentifier()));
        pkg.getTypeDeclarations().forEach(t -> refuseDeclaration(t, "declare " + t.getTypeName()));
        pkg.getEnumDeclarations().forEach(t -> refuseDeclaration(t, "declare enum " + t.getTypeName()));
        pkg.getWindowDeclarations().forEach(w -> refuseDeclaration(w, "declare window " + w.getName()));
        pkg.getEntryPointDeclarations().forEach(e -> refuseDeclaration(e, "declare entry-point " + e.getEntryPointId()));
        if (pkg.getUnit() != null) {
            refuseDeclaration(pkg.getUnit(), "unit " + pkg.getUnit().getTarget());
        }
    }

    private boolean allowedImport(String target) {
        if (target.endsWith(".*")) {
            String owner = target.substring(0, target.length() - 2);
            return kind == Vocabulary.Kind.SCORING ? VOCABULARY_PACKAGES.contains(owner)
                    : owner.equals("org.grille.api.application") || owner.equals(BATCH_PACKAGE);
        }
        String simple = target.substring(target.lastIndexOf('.') + 1);
        String owner = target.substring(0, Math.max(0, target.lastIndexOf('.')));
        if (simple.equals(Vocabulary.OBJECTIVE)) {
            return owner.equals(org.grille.api.application.Objective.class.getPackageName());
        }
        Class<?> type = kind.facts().getOrDefault(simple, Vocabulary.VALUES.getOrDefault(simple, Vocabulary.ENUMS.get(simple)));
        return type != null && type.getPackageName().equals(owner);
    }

    private void refuseDeclaration(BaseDescr descr, String what) {
        problems.error(file.path(), Math.max(descr.getLine(), 1), descr.getColumn() + 1, null, "RULE-DECLARATION-FORBIDDEN", what);
    }

    private void checkRule(RuleDescr rule) {
        if (rule instanceof QueryDescr) {
            problems.error(file.path(), rule.getLine(), rule.getColumn() + 1, null, "RULE-DECLARATION-FORBIDDEN",
                    "query " + rule.getName());
            return;
        }
        for (String attribute : rule.getAttributes().keySet()) {
            int[] at = locate(rule, rule, attribute);
            problems.error(file.path(), at[0], at[1], rule.getName(), "RULE-ATTRIBUTE-FORBIDDEN", attribute);
        }
        if (rule.getParentName() != null) {
            construct(rule, rule, "extends");
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            construct(rule, rule, "then[…] / do[…]");
        }
        // Every annotation, whatever kind of rule it is on: its value is read by Grille as text, never printed for Drools
        // (whose builder would evaluate it), and only a plain literal is a value; an English title is a plain string of words.
        for (String name : rule.getAnnotationNames()) {
            AnnotationDescr annotation = rule.getAnnotation(name);
            boolean literal = annotation.getValueMap().isEmpty()
                    || annotation.getValueMap().size() == 1 && annotation.getValueMap().containsKey("value")
                    && (LITERAL.matcher(String.valueOf(annotation.getValueMap().get("value")).trim()).matches()
                    || RuleTitle.ANNOTATION.equals(name) && RuleTitle.isPlainString(String.valueOf(annotation.getValueMap().get("value"))));
            if (!literal) {
                int[] at = locate(rule, rule, "@" + name);
                problems.error(file.path(), at[0], at[1], rule.getName(), "RULE-ANNOTATION-NOT-LITERAL", name);
            }
        }
        Map<String, Typed> variables = new HashMap<>();
        depth = 0;
        topLevel.clear();
        conditions(rule.getLhs(), rule, variables);
        // the cost of joins is estimated on Grille's tree once the grammar has passed (CostEstimate)
        if (kind == Vocabulary.Kind.PARTNERSHIP) {
            batchRule(rule);
        }
        consequence(rule);
    }

    /**
     * A partnership rule names its pair with {@code $ka} and {@code $kb}, each bound to a fact's {@code key} outside any
     * {@code not}, {@code exists}, {@code forall} or {@code or}, so every firing says which two applications it is about.
     * That it ties every other pattern to the pair is proven on Grille's tree ({@link CostEstimate}).
     */
    private void batchRule(RuleDescr rule) {
        for (String variable : PAIR) {
            Typed bound = topLevel.get(variable);
            if (bound == null || !"key".equals(bound.path())) {
                problems.error(file.path(), rule.getLine(), 1, rule.getName(), "RULE-PAIR-UNBOUND", variable);
            }
        }
    }

    private void conditions(BaseDescr descr, RuleDescr rule, Map<String, Typed> variables) {
        if (descr instanceof AndDescr) {
            for (BaseDescr child : ((AndDescr) descr).getDescrs()) {
                conditions(child, rule, variables);
            }
        } else if (descr instanceof OrDescr || descr instanceof NotDescr || descr instanceof ExistsDescr
                || descr instanceof ForallDescr) {
            depth++;
            for (BaseDescr child : ((org.drools.drl.ast.descr.ConditionalElementDescr) descr).getDescrs()) {
                conditions(child, rule, variables);
            }
            depth--;
        } else if (descr instanceof PatternDescr pattern) {
            pattern(pattern, rule, variables);
        } else {
            construct(rule, descr, constructName(descr));
        }
    }

    private void pattern(PatternDescr pattern, RuleDescr rule, Map<String, Typed> variables) {
        String typeName = pattern.getObjectType();
        if (typeName == null) {
            construct(rule, pattern, "OOPath");
            return;
        }
        BaseDescr source = pattern.getSource();
        if (source != null && !(source instanceof FromDescr) && !(source instanceof AccumulateDescr)) {
            construct(rule, pattern, constructName(source));
            return;
        }
        boolean accumulate = source instanceof AccumulateDescr;
        Class<?> type = kind.facts().get(typeName);
        if (accumulate && ACCUMULATE_RESULTS.contains(typeName)) {
            type = typeName.equals("Number") ? Number.class : null;
        } else if (type == null) {
            unknownType(pattern, rule, typeName);
            return;
        }
        if (!pattern.getBehaviors().isEmpty()) {
            construct(rule, pattern, "over window");
        }
        if (pattern.getAnnotations() != null && !pattern.getAnnotations().isEmpty()) {
            construct(rule, pattern, "@" + pattern.getAnnotations().iterator().next().getName());
        }
        if (pattern.isQuery()) {
            construct(rule, pattern, "query");
        }
        if (pattern.getSource() != null) {
            source(pattern, type, rule, variables);
        }
        if (pattern.getIdentifier() != null) {
            bind(pattern, rule, pattern.getIdentifier(), new Typed(type == null ? Object.class : type, null, null), variables);
        }
        Operand.Scope scope = new Operand.Scope(type, variables, terms);
        for (BaseDescr constraint : pattern.getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expression) {
                if (expression.getType() != ExprConstraintDescr.Type.NAMED) {
                    construct(rule, expression, "positional constraint");
                    continue;
                }
                constraint(expression, rule, scope, variables);
            } else {
                construct(rule, constraint, constructName(constraint));
            }
        }
    }

    private void unknownType(PatternDescr pattern, RuleDescr rule, String typeName) {
        String simple = typeName == null ? "" : typeName.substring(typeName.lastIndexOf('.') + 1);
        String withheld = Vocabulary.WITHHELD.get(simple);
        int line = lineOf(pattern, rule);
        int column = pattern.getColumn() + 1;
        if (withheld != null && withheld.equals("protected")) {
            problems.error(file.path(), line, column, rule.getName(), "RULE-READS-PROTECTED", simple, simple);
        } else if (simple.equals("Application")) {
            // The application is never a fact; say what the rule was after when it names a protected attribute.
            for (BaseDescr constraint : pattern.getDescrs()) {
                String text = constraint instanceof ExprConstraintDescr e ? e.getExpression() : "";
                for (String word : text.split("[^A-Za-z]+")) {
                    if ("protected".equals(Vocabulary.WITHHELD.get(word))) {
                        int[] at = locate(constraint, rule, word);
                        problems.error(file.path(), at[0], at[1], rule.getName(), "RULE-READS-PROTECTED", word, word);
                        return;
                    }
                }
            }
            problems.error(file.path(), line, column, rule.getName(), "RULE-READS-IDENTIFYING", simple);
        } else if (kind == Vocabulary.Kind.SCORING && Vocabulary.VALUES.containsKey(simple)) {
            problems.error(file.path(), line, column, rule.getName(), "DRL-NOT-A-FACT", simple,
                    simple.equals("Board") ? "Organization( board.members >= 3 )" : "Budget( amountFor(BudgetCategory.EVALUATION) > 0 )");
        } else {
            // ProjectFact is the class's name, in the api's javadoc; a rule names it Project
            Class<?> byClassName = Vocabulary.factByEitherName(kind, simple);
            String suggestion = byClassName != null ? Vocabulary.ruleName(byClassName)
                    : Vocabulary.closest(simple, kind.facts().keySet());
            problems.error(file.path(), line, column, rule.getName(), "DRL-UNKNOWN-TYPE", typeName,
                    suggestion == null ? String.join(", ", kind.facts().keySet()) : suggestion);
        }
    }

    private void source(PatternDescr pattern, Class<?> type, RuleDescr rule, Map<String, Typed> variables) {
        BaseDescr source = pattern.getSource();
        if (source instanceof FromDescr from) {
            String text = from.getDataSource() == null ? "" : from.getDataSource().toString().trim();
            Operand.Result result = Operand.read(text, new Operand.Scope(null, variables, terms));
            boolean ok = text.startsWith("$") && result.typed() != null && result.typed().path() != null
                    && (result.typed().isList() ? result.typed().element() == type : result.typed().type() == type);
            if (!ok) {
                if (text.startsWith("$") && result.refusal() != null && !result.refusal().code().equals("RULE-EXPRESSION-FORBIDDEN")) {
                    refuse(rule, pattern, text, result.refusal());
                } else {
                    problems.error(file.path(), lineOf(pattern, rule), pattern.getColumn() + 1, rule.getName(),
                            "RULE-FROM-FORBIDDEN", text, pattern.getObjectType());
                }
            }
        } else if (source instanceof AccumulateDescr accumulate) {
            accumulate(accumulate, pattern, rule, variables);
        } else {
            construct(rule, pattern, constructName(source));
        }
    }

    private void accumulate(AccumulateDescr accumulate, PatternDescr pattern, RuleDescr rule, Map<String, Typed> variables) {
        if (!accumulate.isExternalFunction() || accumulate.getInitCode() != null || accumulate.getActionCode() != null
                || accumulate.getReverseCode() != null || accumulate.getResultCode() != null) {
            problems.error(file.path(), lineOf(pattern, rule), pattern.getColumn() + 1, rule.getName(),
                    "RULE-ACCUMULATE-FORBIDDEN", "init / action / reverse / result");
            return;
        }
        if (accumulate.getInput() != null) {
            depth++;
            conditions(accumulate.getInput(), rule, variables);
            depth--;
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr function : accumulate.getFunctions()) {
            if (!Vocabulary.ACCUMULATE_FUNCTIONS.contains(function.getFunction())) {
                problems.error(file.path(), lineOf(pattern, rule), pattern.getColumn() + 1, rule.getName(),
                        "RULE-ACCUMULATE-FORBIDDEN", function.getFunction());
                continue;
            }
            for (String parameter : function.getParams()) {
                Operand.Result result = Operand.read(parameter, new Operand.Scope(null, variables, terms));
                if (result.refusal() != null) {
                    refuse(rule, pattern, parameter, result.refusal());
                } else if (!function.getFunction().equals("count") && !result.typed().isNumber()) {
                    problems.error(file.path(), lineOf(pattern, rule), pattern.getColumn() + 1, rule.getName(),
                            "RULE-ACCUMULATE-FORBIDDEN", function.getFunction() + "(" + parameter + ")");
                }
            }
            if (function.getBind() != null) {
                bind(pattern, rule, function.getBind(), new Typed(Number.class, null, null), variables);
            }
        }
    }

    private void constraint(ExprConstraintDescr expression, RuleDescr rule, Operand.Scope scope, Map<String, Typed> variables) {
        if (expression.getExpression().length() > RuleTreeReader.MAX_CONSTRAINT_LENGTH) {
            problems.error(file.path(), lineOf(expression, rule), expression.getColumn() + 1, rule.getName(),
                    "RULE-CONSTRAINT-TOO-LONG", RuleTreeReader.MAX_CONSTRAINT_LENGTH);
            return;
        }
        DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
        ConstraintConnectiveDescr tree = parser.parse(expression.getExpression());
        if (parser.hasErrors() || tree == null) {
            problems.error(file.path(), lineOf(expression, rule), expression.getColumn() + 1, rule.getName(),
                    "RULE-EXPRESSION-FORBIDDEN", expression.getExpression(), problems.messages().get("grammar.syntax"));
            return;
        }
        expression(tree, expression, rule, scope, variables);
    }

    private void expression(BaseDescr node, ExprConstraintDescr where, RuleDescr rule, Operand.Scope scope,
                            Map<String, Typed> variables) {
        if (node instanceof ConstraintConnectiveDescr connective) {
            org.drools.drl.ast.descr.ConnectiveType type = connective.getConnective();
            if (type != org.drools.drl.ast.descr.ConnectiveType.AND && type != org.drools.drl.ast.descr.ConnectiveType.OR) {
                int[] at = locate(where, rule, type.toString());
                problems.error(file.path(), at[0], at[1], rule.getName(), "RULE-OPERATOR-FORBIDDEN", type.toString());
                return;
            }
            for (BaseDescr child : connective.getDescrs()) {
                expression(child, where, rule, scope, variables);
            }
        } else if (node instanceof BindingDescr binding) {
            if (binding.isUnification()) {
                construct(rule, where, ":=");
                return;
            }
            Operand.Result result = Operand.read(binding.getExpression(), scope);
            if (result.refusal() != null) {
                refuse(rule, where, binding.getExpression(), result.refusal());
                return;
            }
            bind(where, rule, binding.getVariable(), result.typed(), variables);
        } else if (node instanceof RelationalExprDescr relation) {
            String operator = relation.getOperator();
            if (!OPERATORS.contains(operator) || relation.getParameters() != null && !relation.getParameters().isEmpty()) {
                problems.error(file.path(), locate(where, rule, operator)[0], locate(where, rule, operator)[1], rule.getName(),
                        "RULE-OPERATOR-FORBIDDEN", (relation.isNegated() ? "not " : "") + operator);
                return;
            }
            Typed left = side(relation.getLeft(), where, rule, scope, variables);
            if (left == null) {
                return; // one message per mistake: the right side of a refused comparison is not read
            }
            Typed right = side(relation.getRight(), where, rule, scope, variables);
            if (left != null && right != null && (operator.equals("contains") && !left.isList()
                    || operator.equals("memberOf") && !right.isList())) {
                problems.error(file.path(), lineOf(where, rule), where.getColumn() + 1, rule.getName(),
                        "RULE-OPERATOR-FORBIDDEN", (relation.isNegated() ? "not " : "") + operator);
            }
        } else if (node instanceof AtomicExprDescr atomic) {
            Typed typed = side(atomic, where, rule, scope, variables);
            if (typed != null && typed.type() != Boolean.class) {
                problems.error(file.path(), lineOf(where, rule), where.getColumn() + 1, rule.getName(),
                        "RULE-EXPRESSION-FORBIDDEN", atomic.getExpression(), problems.messages().get("grammar.condition"));
            }
        } else {
            construct(rule, where, constructName(node));
        }
    }

    private Typed side(BaseDescr side, ExprConstraintDescr where, RuleDescr rule, Operand.Scope scope, Map<String, Typed> variables) {
        if (side instanceof BindingDescr binding) {
            expression(binding, where, rule, scope, variables);
            return variables.get(binding.getVariable());
        }
        if (!(side instanceof AtomicExprDescr atomic)) {
            construct(rule, where, side == null ? "?" : constructName(side));
            return null;
        }
        Operand.Result result = Operand.read(atomic.getExpression(), scope);
        if (result.refusal() != null) {
            refuse(rule, where, atomic.getExpression(), result.refusal());
            return null;
        }
        return result.typed();
    }

    private void bind(BaseDescr where, RuleDescr rule, String variable, Typed typed, Map<String, Typed> variables) {
        if (!VARIABLE.matcher(variable).matches()) {
            problems.error(file.path(), lineOf(where, rule), where.getColumn() + 1, rule.getName(), "RULE-VARIABLE-NAME", variable);
            return;
        }
        variables.put(variable, typed);
        if (depth == 0) {
            topLevel.put(variable, typed);
        }
    }

    private void consequence(RuleDescr rule) {
        String text = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        boolean derives = kind == Vocabulary.Kind.SCORING && rule.getAnnotation("derives") != null;
        // only in a rule marked @derives: the statements FindingConsequence performs
        boolean ok = text.isBlank() || derives && FindingConsequence.of(text) != null;
        if (!ok) {
            String first = text.strip().lines().findFirst().orElse("");
            int[] at = firstStatement(rule, first);
            problems.error(file.path(), at[0], at[1], rule.getName(),
                    derives ? "RULE-CONSEQUENCE-FORBIDDEN" : "RULE-CONSEQUENCE-NOT-EMPTY",
                    first.length() > 60 ? first.substring(0, 60) + "…" : first);
        }
    }

    /** Where the consequence's first statement is: the first line after {@code then} that holds it. */
    private int[] firstStatement(RuleDescr rule, String first) {
        int then = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : rule.getLine();
        List<String> lines = file.lines();
        String needle = first.length() > 12 ? first.substring(0, 12) : first;
        for (int number = then; number <= lines.size() && !needle.isEmpty(); number++) {
            String source = lines.get(number - 1);
            int from = number == then ? Math.max(0, source.indexOf("then") + 4) : 0;
            int found = source.indexOf(needle, Math.min(from, source.length()));
            if (found >= 0) {
                return new int[] {number, found + 1};
            }
        }
        return new int[] {then, 1};
    }

    private void construct(RuleDescr rule, BaseDescr where, String name) {
        problems.error(file.path(), lineOf(where, rule), Math.max(where.getColumn(), 0) + 1, rule.getName(),
                "RULE-CONSTRUCT-FORBIDDEN", name);
    }

    private void refuse(RuleDescr rule, BaseDescr where, String operand, Operand.Refusal refusal) {
        String token = operand.substring(Math.min(refusal.offset(), operand.length()));
        int[] at = locate(where, rule, token.isEmpty() ? operand : token.substring(0, Math.min(token.length(), 12)));
        Object[] arguments = refusal.arguments().toArray();
        if (refusal.code().equals("RULE-EXPRESSION-FORBIDDEN") && arguments.length == 2) {
            arguments[1] = problems.messages().get("grammar." + String.valueOf(arguments[1]).split(":")[0],
                    String.valueOf(arguments[1]).contains(":") ? String.valueOf(arguments[1]).split(":")[1] : "");
        }
        problems.error(file.path(), at[0], at[1], rule.getName(), refusal.code(), arguments);
    }

    /** Line and 1-based column of {@code text} in the source, searched from the descriptor's position. */
    private int[] locate(BaseDescr where, RuleDescr rule, String text) {
        int line = lineOf(where, rule);
        int column = Math.max(where.getColumn(), 0);
        List<String> lines = file.lines();
        String needle = text.strip();
        int end = Math.min(lines.size(), rule.getEndLine() > 0 ? rule.getEndLine() : lines.size());
        for (int number = line; number >= 1 && number <= end && !needle.isEmpty(); number++) {
            String source = lines.get(number - 1);
            int found = source.indexOf(needle, number == line ? Math.min(column, source.length()) : 0);
            if (found >= 0) {
                return new int[] {number, found + 1};
            }
        }
        return new int[] {line, column + 1};
    }

    private static int lineOf(BaseDescr descr, RuleDescr rule) {
        return descr != null && descr.getLine() > 0 ? descr.getLine() : rule.getLine();
    }

    private static String constructName(BaseDescr descr) {
        String simple = descr.getClass().getSimpleName();
        return switch (simple) {
            case "EvalDescr" -> "eval";
            case "CollectDescr" -> "collect";
            case "EntryPointDescr" -> "entry-point";
            case "WindowReferenceDescr" -> "window";
            case "ConditionalBranchDescr" -> "if … do[…]";
            case "NamedConsequenceDescr" -> "do[…] / break[…]";
            case "FromDescr" -> "from";
            case "AccumulateDescr" -> "accumulate";
            default -> simple.replace("Descr", "");
        };
    }
}
