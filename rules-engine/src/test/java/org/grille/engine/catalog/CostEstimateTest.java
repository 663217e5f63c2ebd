package org.grille.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.CatalogProblem;
import org.grille.engine.messages.Messages;
import org.junit.jupiter.api.Test;

/** The cost estimate's figures, exactly, and the bounds at their edges. */
class CostEstimateTest {

    private static Tree.Match fact(String type, Tree.Constraint... constraints) {
        return new Tree.Match(1, null, type, List.of(constraints), null);
    }

    private static Tree.Group group(Tree.Junction junction, Tree.Condition... children) {
        return new Tree.Group(junction, 1, List.of(children));
    }

    private static Tree.Path own(String name) {
        return new Tree.Path(null, List.of(new Tree.Segment(name, false, List.of())));
    }

    private static Tree.Path variable(String name) {
        return new Tree.Path(name, List.of());
    }

    @Test
    void a_pattern_costs_its_facts_and_multiplies_the_partial_matches() {
        assertThat(CostEstimate.join(List.of(fact("Project")))).isEqualTo(2);          // 1 evaluation, 1 match
        assertThat(CostEstimate.join(List.of(fact("Activity")))).isEqualTo(400);       // 200 evaluations, 200 matches
        assertThat(CostEstimate.join(List.of(fact("Finding")))).isEqualTo(128);        // 64 derived
        assertThat(CostEstimate.join(List.of(fact("Activity"), fact("Outcome")))).isEqualTo(200 + 40_000 + 40_000);
        assertThat(CostEstimate.join(List.of(new Tree.Match(1, null, "Activity", List.of(),
                new Tree.From(variable("$p")))))).isEqualTo(400);
    }

    @Test
    void a_group_runs_its_inside_once_per_partial_match_and_lets_them_through() {
        // 200 activities, then for each an exists over 200 outcomes
        assertThat(CostEstimate.join(List.of(fact("Activity"), group(Tree.Junction.EXISTS, fact("Outcome")))))
                .isEqualTo(200 + 200 * 200 + 200);
        assertThat(CostEstimate.join(List.of(group(Tree.Junction.NOT, group(Tree.Junction.AND, fact("Outcome"), fact("Partner"))))))
                .isEqualTo(200 + 40_000 + 1);
        Tree.Match accumulate = new Tree.Match(1, null, "Number", List.of(),
                new Tree.Accumulate(fact("Activity"), List.of(new Tree.Function(null, "count", List.of()))));
        assertThat(CostEstimate.join(List.of(fact("Outcome"), accumulate))).isEqualTo(200 + 200 * 200 + 200);
    }

    @Test
    void each_branch_of_an_or_is_a_rule_of_its_own() {
        assertThat(CostEstimate.join(List.of(group(Tree.Junction.OR, fact("Activity"), fact("Project")))))
                .isEqualTo(200 + 1 + 200 + 1);
        assertThat(CostEstimate.subrules(group(Tree.Junction.OR, fact("Activity"), fact("Project")))).isEqualTo(2);
        Tree.Group twoOrs = group(Tree.Junction.AND, group(Tree.Junction.OR, fact("Activity"), fact("Project")),
                group(Tree.Junction.OR, fact("Outcome"), fact("Partner"), fact("Budget")));
        assertThat(CostEstimate.subrules(twoOrs)).isEqualTo(6);
        assertThat(CostEstimate.subrules(group(Tree.Junction.NOT, twoOrs))).isEqualTo(6);
        assertThat(CostEstimate.subrules(fact("Project"))).isEqualTo(1);
    }

    @Test
    void figures_saturate_instead_of_overflowing() {
        List<Tree.Condition> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(fact("Activity"));
        }
        assertThat(CostEstimate.join(many)).isPositive().isGreaterThan(Long.MAX_VALUE / 8);
        List<Tree.Condition> ors = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            ors.add(group(Tree.Junction.OR, fact("Project"), fact("Budget")));
        }
        assertThat(CostEstimate.subrules(group(Tree.Junction.AND, ors.toArray(Tree.Condition[]::new)))).isPositive();
    }

    private static List<String> check(Vocabulary.Kind kind, Tree.Rule... rules) {
        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        CostEstimate.check(List.of(new Tree.File("a.drl", "org.grille.catalog.test", List.of(rules))), kind, problems);
        return problems.sorted().stream().map(CatalogProblem::code).toList();
    }

    private static Tree.Rule rule(String name, Tree.Condition... when) {
        return new Tree.Rule(name, 3, List.of(when), List.of());
    }

    @Test
    void sixteen_subrules_pass_and_seventeen_do_not() {
        Tree.Group four = group(Tree.Junction.OR, fact("Project"), fact("Budget"), fact("Organization"), fact("CallTerms"));
        Tree.Group seventeen = group(Tree.Junction.OR, group(Tree.Junction.AND, four, four), fact("Project"));
        assertThat(check(Vocabulary.Kind.SCORING, rule("Sixteen", four, four))).isEmpty();
        assertThat(check(Vocabulary.Kind.SCORING, rule("Seventeen", seventeen))).containsExactly("GRILLE-RULE-OR-TOO-WIDE");
    }

    @Test
    void the_bounds_on_a_rule_and_on_the_catalog() {
        Tree.Rule two = rule("Two lists", fact("Activity"), fact("Outcome"));               // 80 200
        Tree.Rule heavy = rule("Heavy", fact("Activity"), fact("Outcome"), fact("Finding")); // 200 + 40 000 + 2 560 000 + 2 560 000
        assertThat(check(Vocabulary.Kind.SCORING, two)).isEmpty();
        assertThat(check(Vocabulary.Kind.SCORING, heavy)).containsExactly("GRILLE-RULE-JOIN-TOO-COSTLY");
        Tree.Rule[] nineteen = new Tree.Rule[19];
        for (int i = 0; i < nineteen.length; i++) {
            nineteen[i] = rule("Two lists " + i, fact("Activity"), fact("Outcome"));
        }
        assertThat(check(Vocabulary.Kind.SCORING, nineteen)).containsExactly("GRILLE-CATALOG-JOIN-TOO-COSTLY"); // 1 523 800
        Tree.Rule[] eighteen = java.util.Arrays.copyOf(nineteen, 18);
        assertThat(check(Vocabulary.Kind.SCORING, eighteen)).isEmpty();                     // 1 443 600
    }

    @Test
    void the_costs_of_each_rule_are_returned() {
        ProblemCollector problems = new ProblemCollector(new Messages(Locale.CANADA));
        Map<String, Long> costs = CostEstimate.check(List.of(new Tree.File("a.drl", "org.grille.catalog.test",
                List.of(rule("One", fact("Activity")), rule("Two", fact("Activity"), fact("Outcome"))))),
                Vocabulary.Kind.SCORING, problems);
        assertThat(costs).containsEntry("One", 400L).containsEntry("Two", 80_200L);
        assertThat(CostEstimate.check(List.of(new Tree.File("a.drl", "org.grille.catalog.test",
                List.of(rule("One", fact("Submission"))))), Vocabulary.Kind.PARTNERSHIP, problems)).isEmpty();
    }

    @Test
    void a_thousand_rules_pass_and_one_more_does_not() {
        Tree.Rule[] rules = new Tree.Rule[CostEstimate.MAX_RULES + 1];
        for (int i = 0; i < rules.length; i++) {
            rules[i] = rule("Rule " + i, fact("Project"));
        }
        assertThat(check(Vocabulary.Kind.SCORING, java.util.Arrays.copyOf(rules, CostEstimate.MAX_RULES))).isEmpty();
        assertThat(check(Vocabulary.Kind.SCORING, rules)).containsExactly("GRILLE-CATALOG-TOO-MANY-RULES");
    }

    private static Tree.Compare equal(Tree.Expr left, Tree.Expr right) {
        return new Tree.Compare(left, Tree.Operator.EQ, right);
    }

    @Test
    void a_partnership_pattern_is_tied_only_by_its_own_field_equal_to_an_earlier_variable() {
        Tree.Match pairA = fact("Serves", new Tree.Bind("$ka", own("key")));
        Tree.Match pairB = fact("Serves", new Tree.Bind("$kb", own("key")));
        assertThat(CostEstimate.untied(List.of(pairA, pairB), new HashSet<>())).isEqualTo(2);
        // tied either way round
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(own("key"), variable("$ka")))), new HashSet<>())).isEqualTo(1);
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(variable("$ka"), own("key")))), new HashSet<>())).isEqualTo(1);
        // not tied: != , a variable with itself, a variable of the same pattern, a path of the variable, a call, a long path
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", new Tree.Compare(own("key"), Tree.Operator.NE,
                variable("$ka")))), new HashSet<>())).isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(variable("$ka"), variable("$ka")))), new HashSet<>()))
                .isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(fact("Serves", new Tree.Bind("$b", own("borough")),
                equal(own("borough"), variable("$b")))), new HashSet<>())).isEqualTo(1);
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(own("key"), new Tree.Path("$ka",
                List.of(new Tree.Segment("key", false, List.of())))))), new HashSet<>())).isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(new Tree.Path(null, List.of(
                new Tree.Segment("key", true, List.of()))), variable("$ka")))), new HashSet<>())).isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(new Tree.Path(null, List.of(
                new Tree.Segment("a", false, List.of()), new Tree.Segment("b", false, List.of()))), variable("$ka")))),
                new HashSet<>())).isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(pairA, fact("Offers", equal(own("key"), new Tree.Decimal(BigDecimal.ONE)))),
                new HashSet<>())).isEqualTo(2);
        // a binding inside not is not seen after it; an or counts its widest branch
        assertThat(CostEstimate.untied(List.of(group(Tree.Junction.NOT, pairA), fact("Offers", equal(own("key"),
                variable("$ka")))), new HashSet<>())).isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(group(Tree.Junction.OR, pairA, group(Tree.Junction.AND, pairA, pairB))),
                new HashSet<>())).isEqualTo(2);
        assertThat(CostEstimate.untied(List.of(group(Tree.Junction.OR, pairA, pairB)), new HashSet<>())).isEqualTo(1);
        // a list read from a bound fact, and an accumulate, are tied; the accumulate's input is counted
        assertThat(CostEstimate.untied(List.of(new Tree.Match(1, null, "Serves", List.of(), new Tree.From(variable("$x")))),
                new HashSet<>())).isZero();
        assertThat(CostEstimate.untied(List.of(new Tree.Match(1, null, "Number", List.of(), new Tree.Accumulate(pairA,
                List.of(new Tree.Function(null, "count", List.of()))))), new HashSet<>())).isEqualTo(1);
        // a pattern's own binding ties what follows
        assertThat(CostEstimate.untied(List.of(new Tree.Match(1, "$s", "Submission", List.of(), null),
                fact("Serves", equal(own("key"), variable("$s")))), new HashSet<>())).isEqualTo(1);
    }

    @Test
    void a_partnership_rule_with_three_untied_patterns_is_refused() {
        Tree.Match serves = fact("Serves");
        assertThat(check(Vocabulary.Kind.PARTNERSHIP, rule("Pair", serves, serves))).isEmpty();
        assertThat(check(Vocabulary.Kind.PARTNERSHIP, rule("Triple", serves, serves, serves)))
                .containsExactly("GRILLE-RULE-BATCH-UNTIED");
    }
}
