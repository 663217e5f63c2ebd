package org.grille.engine.catalog;

import java.lang.reflect.Method;
import org.grille.api.application.Objective;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Catches a comparison between a field and a literal of another type ({@code yearsActive < "deux"},
 * {@code name > 5}, {@code legalForm == "OBNL"}) before it reaches a live application: the classic build accepts
 * them and fails, or quietly compares text, only when the rule runs.
 */
final class ComparisonCheck {

    private static final Map<String, Class<?>> FACTS = Vocabulary.FACTS;

    private static final Pattern COMPARISON = Pattern.compile(
            "(?<![\\w$.\"])([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)\\s*(<=|>=|==|!=|<|>)\\s*(\"[^\"]*\"|-?\\d+(?:\\.\\d+)?|true|false)(?![\\w.(])");

    /** Types rules can name but that are not facts of their own, with how to reach them. */
    private static final Map<String, String> NOT_FACTS = Map.of(
            "Board", "Organization( board.members >= 3 )",
            "BudgetLine", "Budget( amountFor(BudgetCategory.EVALUATION) > 0 )",
            "OtherFunding", "Budget( confirmedCoFunding > 0 )",
            "Leadership", "nothing: who leads the organization never counts / rien : qui dirige l'organisme ne compte jamais",
            "Objective", "Project( objectives contains Objective.HIRING_BARRIERS )");

    private static final Pattern IN_LIST = Pattern.compile(
            "(?<![\\w$.\"])([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern CONTAINS = Pattern.compile(
            "(?<![\\w$.\"])([A-Za-z_][\\w]*(?:\\.[A-Za-z_][\\w]*)*)\\s+(?:not\\s+)?contains\\s+(\"[^\"]*\"|-?\\d+(?:\\.\\d+)?|true|false)(?![\\w.(])");

    private ComparisonCheck() {
    }

    /** {@code targetGroups contains 5}: a list of enum values never contains a number or quoted text. */
    private static void checkContains(String expression, Class<?> type, PatternDescr pattern, RuleDescr rule, DrlFile file,
                                      ProblemCollector problems) {
        Matcher m = CONTAINS.matcher(expression);
        while (m.find()) {
            Class<?> element = elementType(type, m.group(1));
            if (element != null && isEnumLike(element)) {
                report(file, pattern, rule, m.group(), "DRL-TYPE-MISMATCH", problems, m.group(),
                        Vocabulary.ruleName(type) + "." + m.group(1) + " : " + describe(element, problems));
            }
        }
    }

    /** The element type of a list property, or null. */
    private static Class<?> elementType(Class<?> type, String path) {
        int dot = path.lastIndexOf('.');
        Class<?> owner = dot < 0 ? type : resolve(type, path.substring(0, dot));
        if (owner == null) {
            return null;
        }
        Method accessor = accessor(owner, path.substring(dot + 1));
        if (accessor == null || !(accessor.getGenericReturnType() instanceof java.lang.reflect.ParameterizedType generic)) {
            return null;
        }
        java.lang.reflect.Type argument = generic.getActualTypeArguments()[0];
        return argument instanceof Class<?> c ? c : null;
    }

    static void check(RuleDescr rule, DrlFile file, ProblemCollector problems) {
        walk(rule.getLhs(), rule, file, problems);
    }

    /**
     * Reports at the 1-based line and column where {@code text} (the comparison as written) starts, searched from
     * the pattern on, so the caret sits under the comparison itself; under the pattern when the text is not found.
     */
    private static void report(DrlFile file, PatternDescr pattern, RuleDescr rule, String text, String code,
                               ProblemCollector problems, Object... arguments) {
        int line = pattern.getLine() > 0 ? pattern.getLine() : rule.getLine();
        int column = Math.max(pattern.getColumn(), 0) + 1;
        int end = Math.min(file.lines().size(), rule.getEndLine() > 0 ? rule.getEndLine() : file.lines().size());
        String needle = text.strip();
        for (int number = Math.max(line, 1); number <= end && !needle.isEmpty(); number++) {
            int found = file.lines().get(number - 1).indexOf(needle);
            if (found >= 0) {
                line = number;
                column = found + 1;
                break;
            }
        }
        problems.error(file.path(), line, column, rule.getName(), code, arguments);
    }

    private static void walk(BaseDescr descr, RuleDescr rule, DrlFile file, ProblemCollector problems) {
        if (descr instanceof PatternDescr pattern) {
            String simple = simpleName(pattern.getObjectType());
            Class<?> type = FACTS.get(simple);
            if (type == null && NOT_FACTS.containsKey(simple) && pattern.getSource() == null) {
                report(file, pattern, rule, simple + "(", "DRL-NOT-A-FACT", problems, simple, NOT_FACTS.get(simple));
            }
            if (type != null) {
                for (BaseDescr constraint : pattern.getDescrs()) {
                    if (constraint instanceof ExprConstraintDescr expression) {
                        check(expression.getExpression(), type, pattern, rule, file, problems);
                        checkContains(expression.getExpression(), type, pattern, rule, file, problems);
                    }
                }
            }
            if (pattern.getSource() != null) {
                walk(pattern.getSource(), rule, file, problems);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                walk(child, rule, file, problems);
            }
        }
    }

    private static void check(String expression, Class<?> type, PatternDescr pattern, RuleDescr rule, DrlFile file,
                              ProblemCollector problems) {
        Matcher m = COMPARISON.matcher(expression);
        while (m.find()) {
            Class<?> field = resolve(type, m.group(1));
            if (field == null || compatible(field, m.group(3))) {
                continue;
            }
            report(file, pattern, rule, m.group(), "DRL-TYPE-MISMATCH", problems, m.group(),
                    Vocabulary.ruleName(type) + "." + m.group(1) + " : " + describe(field, problems));
        }
        Matcher in = IN_LIST.matcher(expression);
        while (in.find()) {
            Class<?> field = resolve(type, in.group(1));
            if (field != null && isEnumLike(field) && in.group(2).contains("\"")) {
                report(file, pattern, rule, in.group(), "DRL-TYPE-MISMATCH", problems, in.group(),
                        Vocabulary.ruleName(type) + "." + in.group(1) + " : " + describe(field, problems));
            }
        }
    }

    /** The type a property path yields, or null when it cannot be followed (a list, a method with arguments). */
    static Class<?> resolve(Class<?> type, String path) {
        Class<?> current = type;
        for (String segment : path.split("\\.")) {
            Method accessor = accessor(current, segment);
            if (accessor == null) {
                return null;
            }
            current = accessor.getReturnType();
            if (java.util.Collection.class.isAssignableFrom(current) || java.util.Map.class.isAssignableFrom(current)) {
                return null;
            }
        }
        return current;
    }

    private static Method accessor(Class<?> type, String name) {
        String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (String candidate : new String[] {name, "get" + capitalized, "is" + capitalized}) {
            try {
                return type.getMethod(candidate);
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            }
        }
        return null;
    }

    static boolean compatible(Class<?> field, String literal) {
        boolean text = literal.startsWith("\"");
        boolean bool = literal.equals("true") || literal.equals("false");
        boolean number = !text && !bool;
        if (Number.class.isAssignableFrom(field) || (field.isPrimitive() && field != boolean.class)) {
            return number;
        }
        if (field == Boolean.class || field == boolean.class) {
            return bool;
        }
        if (field == String.class) {
            return text;
        }
        if (isEnumLike(field)) {
            // a quoted value is never equal to an enum constant: write LegalForm.NON_PROFIT, not "NON_PROFIT"
            return false;
        }
        if (field == LocalDate.class) {
            return false;
        }
        return true;
    }

    /** An enum of the vocabulary, or the catalog's objectives, which rules name the same way. */
    private static boolean isEnumLike(Class<?> type) {
        return type.isEnum() || type == Objective.class;
    }

    private static String describe(Class<?> field, ProblemCollector problems) {
        if (field == Objective.class) {
            return Vocabulary.OBJECTIVE + ".…";
        }
        if (field.isEnum()) {
            return Vocabulary.ruleName(field) + "." + ((Enum<?>) field.getEnumConstants()[0]).name() + " … "
                    + Arrays.toString(field.getEnumConstants());
        }
        if (field == LocalDate.class) {
            return problems.messages().get("type.localDate");
        }
        if (field == boolean.class || field == Boolean.class) {
            return problems.messages().get("type.boolean");
        }
        if (field == String.class) {
            return problems.messages().get("type.text");
        }
        // the reader's word for a number, not Java's (long, Integer, double)
        return Number.class.isAssignableFrom(field) || field.isPrimitive() ? problems.messages().get("type.number")
                : Vocabulary.ruleName(field);
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }
}
