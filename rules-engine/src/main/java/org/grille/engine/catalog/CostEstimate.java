package org.grille.engine.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a rule can cost, estimated on Grille's tree before anything is built, so that no catalog can make scoring or
 * partnership search run for minutes or exhaust memory:
 * <ul>
 *   <li>the sub-rules Drools makes of it: each {@code or} becomes one rule per branch, multiplied across groups;</li>
 *   <li>the combinations its patterns can join: a fact an application has many of (up to {@value #LIST_SIZE}
 *       activities, outcomes, partners; findings derived by other rules) multiplies the work of every pattern joined
 *       with it, inside {@code not}, {@code exists}, {@code forall} and an accumulate's input as well;</li>
 *   <li>in a partnership rule, the patterns not tied to the pair: a pattern is tied only by an equality between one of
 *       its own properties and a variable bound by an earlier pattern ({@code Serves( key == $kb )}), which Drools
 *       answers from an index; any other pattern multiplies the work by the size of the batch.</li>
 * </ul>
 */
final class CostEstimate {

    /** The most items of one kind an application may have (the validator rejects more). */
    static final long LIST_SIZE = 200;
    /** Facts of a kind a rule derives: at most {@value RuleTreeReader#MAX_FINDINGS_PER_RULE} per firing of a rule. */
    static final long DERIVED = 64;
    /** The most sub-rules one rule may expand to. */
    static final long MAX_SUBRULES = 16;
    /**
     * The most evaluations one scoring rule may cost: six times two lists of 200 joined. Three lists joined with nothing
     * tying them (16 million) took over a second per application here, in Drools' interpreter; two (80 000), 5 to 20 ms.
     */
    static final long MAX_JOIN = 500_000;
    /** The most evaluations all the scoring rules of a catalog may cost together, for one application. */
    static final long MAX_CATALOG_JOIN = 3 * MAX_JOIN;
    /** The most rules a catalog may have. */
    static final int MAX_RULES = 1_000;

    private static final Set<String> LISTS = Set.of("Activity", "Outcome", "Partner");

    private CostEstimate() {
    }

    /** Reports every rule over a bound, and the catalog when its total is; returns each scoring rule's estimate. */
    static java.util.Map<String, Long> check(List<Tree.File> files, Vocabulary.Kind kind, ProblemCollector problems) {
        java.util.Map<String, Long> costs = new java.util.HashMap<>();
        long total = 0;
        int rules = 0;
        for (Tree.File file : files) {
            for (Tree.Rule rule : file.rules()) {
                rules++;
                long subrules = 1;
                for (Tree.Condition condition : rule.when()) {
                    subrules = Math.min(Long.MAX_VALUE / 64, subrules * subrules(condition));
                }
                if (subrules > MAX_SUBRULES) {
                    problems.error(file.path(), rule.line(), 1, rule.name(), "RULE-OR-TOO-WIDE", subrules, MAX_SUBRULES);
                }
                if (kind == Vocabulary.Kind.SCORING) {
                    long join = join(rule.when());
                    if (join > MAX_JOIN) {
                        problems.error(file.path(), rule.line(), 1, rule.name(), "RULE-JOIN-TOO-COSTLY", join, MAX_JOIN);
                    }
                    total += Math.min(join, MAX_JOIN); // a rule over its own bound is reported once, above
                    costs.put(rule.name(), join);
                } else {
                    int untied = untied(rule.when(), new HashSet<>());
                    if (untied > RuleGrammar.MAX_UNTIED_BATCH_PATTERNS) {
                        problems.error(file.path(), rule.line(), 1, rule.name(), "RULE-BATCH-UNTIED", untied,
                                RuleGrammar.MAX_UNTIED_BATCH_PATTERNS);
                    }
                }
            }
        }
        if (rules > MAX_RULES) {
            problems.error(files.get(0).path(), 0, 0, null, "CATALOG-TOO-MANY-RULES", rules, MAX_RULES);
        }
        if (total > MAX_CATALOG_JOIN) {
            problems.error(files.get(0).path(), 0, 0, null, "CATALOG-JOIN-TOO-COSTLY", total, MAX_CATALOG_JOIN);
        }
        return costs;
    }

    /** The sub-rules Drools' "or" expansion makes of a condition. */
    static long subrules(Tree.Condition condition) {
        if (condition instanceof Tree.Match match) {
            return match.source() instanceof Tree.Accumulate accumulate ? subrules(accumulate.input()) : 1;
        }
        Tree.Group group = (Tree.Group) condition;
        long count = group.junction() == Tree.Junction.OR ? 0 : 1;
        for (Tree.Condition child : group.children()) {
            long of = subrules(child);
            count = group.junction() == Tree.Junction.OR ? count + of : Math.min(Long.MAX_VALUE / 64, count * of);
        }
        return count;
    }

    /**
     * The constraint evaluations the conditions can cost for one application, in the order Drools joins them: a pattern
     * is tried against every partial match so far and multiplies their number by the facts it can match; a
     * {@code not}, {@code exists}, {@code forall} or accumulate runs its inside once per partial match and lets them
     * through unchanged; each branch of an {@code or} is a rule of its own.
     */
    static long join(List<Tree.Condition> conditions) {
        long[] state = run(conditions);
        return saturate(state[1] + state[0]);
    }

    /** The partial matches the conditions leave and the evaluations they cost, starting from one. */
    private static long[] run(List<Tree.Condition> conditions) {
        long[] state = {1, 0}; // partial matches so far, evaluations so far
        conditions.forEach(condition -> step(condition, state));
        return state;
    }

    private static void step(Tree.Condition condition, long[] state) {
        if (condition instanceof Tree.Group group) {
            switch (group.junction()) {
                case AND -> group.children().forEach(child -> step(child, state));
                case OR -> {
                    long matches = 0;
                    long work = state[1];
                    for (Tree.Condition child : group.children()) {
                        long[] branch = {state[0], 0};
                        step(child, branch);
                        matches = saturate(matches + branch[0]);
                        work = saturate(work + branch[1]);
                    }
                    state[0] = matches;
                    state[1] = work;
                }
                default -> state[1] = saturate(state[1] + times(state[0], run(group.children())[1]));
            }
            return;
        }
        Tree.Match match = (Tree.Match) condition;
        if (match.source() instanceof Tree.Accumulate accumulate) {
            state[1] = saturate(state[1] + times(state[0], run(List.of(accumulate.input()))[1]));
            return;
        }
        long facts = match.source() instanceof Tree.From ? LIST_SIZE
                : match.type().equals("Finding") ? DERIVED : LISTS.contains(match.type()) ? LIST_SIZE : 1;
        state[1] = saturate(state[1] + times(state[0], facts));
        state[0] = times(state[0], facts);
    }

    private static long times(long a, long b) {
        return a != 0 && b > SATURATED / a ? SATURATED : a * b;
    }

    private static long saturate(long value) {
        return value < 0 || value > SATURATED ? SATURATED : value;
    }

    /** Beyond any bound, and far from overflowing when added to itself. */
    private static final long SATURATED = Long.MAX_VALUE / 4;

    /** Patterns of a partnership rule that no equality ties to a variable bound before them. */
    static int untied(List<Tree.Condition> conditions, Set<String> bound) {
        int untied = 0;
        for (Tree.Condition condition : conditions) {
            untied += untied(condition, bound);
        }
        return untied;
    }

    private static int untied(Tree.Condition condition, Set<String> bound) {
        if (condition instanceof Tree.Group group) {
            if (group.junction() == Tree.Junction.OR) {
                int widest = 0;
                for (Tree.Condition child : group.children()) {
                    widest = Math.max(widest, untied(child, new HashSet<>(bound)));
                }
                return widest;
            }
            // bindings inside not, exists and forall are not seen after the group
            Set<String> inside = group.junction() == Tree.Junction.AND ? bound : new HashSet<>(bound);
            return untied(group.children(), inside);
        }
        Tree.Match match = (Tree.Match) condition;
        int untied = 0;
        if (match.source() instanceof Tree.Accumulate accumulate) {
            untied += untied(accumulate.input(), new HashSet<>(bound));
        }
        boolean tied = match.source() instanceof Tree.From
                || match.source() instanceof Tree.Accumulate
                || match.constraints().stream().anyMatch(constraint -> joinsOnBound(constraint, bound));
        for (Tree.Constraint constraint : match.constraints()) {
            if (constraint instanceof Tree.Bind bind) {
                bound.add(bind.variable());
            }
        }
        if (match.binding() != null) {
            bound.add(match.binding());
        }
        return untied + (tied ? 0 : 1);
    }

    /** {@code property == $bound} (either way round): an equality Drools indexes. */
    private static boolean joinsOnBound(Tree.Constraint constraint, Set<String> bound) {
        if (!(constraint instanceof Tree.Compare compare) || compare.operator() != Tree.Operator.EQ) {
            return false;
        }
        return ownProperty(compare.left()) && boundVariable(compare.right(), bound)
                || ownProperty(compare.right()) && boundVariable(compare.left(), bound);
    }

    private static boolean ownProperty(Tree.Expr expr) {
        return expr instanceof Tree.Path path && path.variable() == null && path.segments().size() == 1
                && !path.segments().get(0).call();
    }

    private static boolean boundVariable(Tree.Expr expr, Set<String> bound) {
        return expr instanceof Tree.Path path && path.variable() != null && path.segments().isEmpty()
                && bound.contains(path.variable());
    }
}
