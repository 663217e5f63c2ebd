package org.grille.engine.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grille.api.Assessment;
import org.grille.api.Contribution;
import org.grille.api.application.AgeGroup;
import org.grille.api.application.Application;
import org.grille.api.application.Disclosure;
import org.grille.api.application.Gender;
import org.grille.api.application.Language;
import org.grille.api.application.Objective;
import org.grille.api.fairness.AttributeAudit;
import org.grille.api.fairness.FairnessAudit;
import org.grille.api.fairness.FisherExact;
import org.grille.api.fairness.GroupOutcome;
import org.grille.api.fairness.RuleGap;
import org.grille.api.funding.FundingPlan;
import org.grille.engine.messages.Messages;
import org.grille.engine.catalog.CompiledCatalog;

/**
 * Compares the groups of each protected attribute over a scored and planned batch. The funded rate is the
 * selection rate the four-fifths rule compares; eligibility, scores and the fundable rate show where a gap
 * starts.
 */
public final class FairnessAuditor {

    static final double FOUR_FIFTHS = 0.8;
    static final double FIVE_FOURTHS = 1.25;
    static final int RULE_GAPS_SHOWN = 10;

    /** One assessed application with what the audit needs of it. */
    record Member(Application application, Assessment assessment, boolean funded) {
    }

    /** An attribute: its name, its groups in order, and the group of an application. */
    record Attribute(String name, List<String> groups, Function<Application, String> groupOf) {
    }

    private final Messages messages;

    public FairnessAuditor(Messages messages) {
        this.messages = messages;
    }

    public FairnessAudit audit(List<Application> applications, List<Assessment> assessments, FundingPlan plan,
                               CompiledCatalog catalog, int minimumGroupSize) {
        Map<String, Application> byId = new HashMap<>();
        applications.forEach(a -> byId.put(a.id(), a));
        List<Member> members = assessments.stream()
                .map(a -> new Member(byId.get(a.applicationId()), a, plan.decision(a.applicationId()) != null
                        && plan.decision(a.applicationId()).funded()))
                .toList();
        List<AttributeAudit> audits = new ArrayList<>();
        for (Attribute attribute : attributes(catalog.manifest().protectedAttributes())) {
            Map<Objective, List<GroupOutcome>> byObjective = new java.util.LinkedHashMap<>();
            for (Objective objective : catalog.manifest().objectiveIds()) {
                byObjective.put(objective, outcomes(attribute, members.stream()
                        .filter(m -> objective.equals(m.application().project().primaryObjective())).toList(),
                        minimumGroupSize));
            }
            audits.add(new AttributeAudit(attribute.name(), outcomes(attribute, members, minimumGroupSize), byObjective,
                    ruleGaps(attribute, members, catalog, minimumGroupSize, messages.locale())));
        }
        return new FairnessAudit(catalog.info(), minimumGroupSize, members.size(), messages.get("audit.notice"), audits);
    }

    private static List<Attribute> attributes(List<String> declared) {
        List<Attribute> attributes = new ArrayList<>();
        for (String name : declared) {
            switch (name) {
                case "leadership.gender" -> attributes.add(new Attribute(name, names(Gender.values()), a -> a.leadership().gender().name()));
                case "leadership.immigrantBackground" -> attributes.add(new Attribute(name, names(Disclosure.values()),
                        a -> a.leadership().immigrantBackground().name()));
                case "leadership.racialized" -> attributes.add(new Attribute(name, names(Disclosure.values()),
                        a -> a.leadership().racialized().name()));
                case "leadership.ageGroup" -> attributes.add(new Attribute(name, names(AgeGroup.values()), a -> a.leadership().ageGroup().name()));
                case "language" -> attributes.add(new Attribute(name, names(Language.values()), a -> a.language().name()));
                default -> {
                    // "leadership" as a whole has too many combinations to audit group by group; its parts are audited.
                }
            }
        }
        return attributes;
    }

    /** A group that chose not to answer is never the reference: its rate says nothing about a protected group. */
    static final String NOT_ANSWERED = "PREFER_NOT_TO_SAY";
    /** z for a 95 % interval. */
    private static final double Z = 1.959964;

    private static List<GroupOutcome> outcomes(Attribute attribute, List<Member> members, int minimum) {
        double overall = rate(members, Member::funded);
        int fundedOverall = count(members, Member::funded);
        Map<String, List<Member>> groups = group(attribute, members);
        String reference = groups.entrySet().stream()
                .filter(g -> g.getValue().size() >= minimum && !g.getKey().equals(NOT_ANSWERED))
                .max(java.util.Comparator.comparingDouble(g -> rate(g.getValue(), Member::funded)))
                .map(Map.Entry::getKey).orElse(null);
        List<Member> referenceGroup = reference == null ? List.of() : groups.get(reference);
        double best = rate(referenceGroup, Member::funded);
        List<GroupOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, List<Member>> entry : groups.entrySet()) {
            List<Member> group = entry.getValue();
            double funded = rate(group, Member::funded);
            boolean judged = group.size() >= minimum;
            boolean isReference = entry.getKey().equals(reference);
            Double toBest = judged && best > 0 ? funded / best : null;
            Double toOverall = judged && overall > 0 ? funded / overall : null;
            boolean below = toBest != null && toBest < FOUR_FIFTHS;
            boolean above = !below && toOverall != null && toOverall > FIVE_FOURTHS;
            Double p = null;
            Double difference = null;
            Double low = null;
            Double high = null;
            if (judged && above) {
                p = FisherExact.twoSided(count(group, Member::funded), group.size(), fundedOverall, members.size());
            } else if (judged && reference != null && !isReference) {
                int fundedHere = count(group, Member::funded);
                int fundedThere = count(referenceGroup, Member::funded);
                p = FisherExact.twoSided(fundedHere, group.size(), fundedHere + fundedThere, group.size() + referenceGroup.size());
            }
            if (judged && reference != null && !isReference) {
                double[] interval = newcombe(count(group, Member::funded), group.size(),
                        count(referenceGroup, Member::funded), referenceGroup.size());
                difference = funded - best;
                low = interval[0];
                high = interval[1];
            }
            boolean unlikelyByChance = p != null && p < GroupOutcome.SIGNIFICANCE;
            GroupOutcome.Flag flag = !judged ? GroupOutcome.Flag.TOO_FEW_TO_JUDGE
                    : !below && !above ? GroupOutcome.Flag.OK
                    : !unlikelyByChance ? GroupOutcome.Flag.WITHIN_CHANCE
                    : below ? GroupOutcome.Flag.BELOW_FOUR_FIFTHS
                    : GroupOutcome.Flag.ABOVE_FIVE_FOURTHS;
            List<Integer> totals = group.stream().map(m -> m.assessment().total()).sorted().toList();
            outcomes.add(new GroupOutcome(entry.getKey(), group.size(), rate(group, m -> m.assessment().eligible()),
                    totals.stream().mapToInt(Integer::intValue).average().orElse(0), median(totals),
                    rate(group, m -> m.assessment().fundable()), funded, toBest, toOverall, flag, isReference,
                    difference, low, high, p));
        }
        return outcomes;
    }

    /**
     * The 95 % interval of the difference of two proportions, x1/n1 − x2/n2, by Newcombe's hybrid score method (from
     * each proportion's Wilson interval): sound for small groups and rates near 0 or 1, where the textbook interval is not.
     */
    static double[] newcombe(int x1, int n1, int x2, int n2) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double[] w1 = wilson(x1, n1);
        double[] w2 = wilson(x2, n2);
        double d = p1 - p2;
        return new double[] {d - Math.sqrt(Math.pow(p1 - w1[0], 2) + Math.pow(w2[1] - p2, 2)),
                d + Math.sqrt(Math.pow(w1[1] - p1, 2) + Math.pow(p2 - w2[0], 2))};
    }

    private static double[] wilson(int x, int n) {
        double p = (double) x / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {centre - half, centre + half};
    }

    private static int count(List<Member> members, java.util.function.Predicate<Member> test) {
        return (int) members.stream().filter(test).count();
    }

    private static List<RuleGap> ruleGaps(Attribute attribute, List<Member> members, CompiledCatalog catalog, int minimum,
                                          java.util.Locale locale) {
        Map<String, List<Member>> judged = new LinkedHashMap<>();
        group(attribute, members).forEach((value, group) -> {
            if (group.size() >= minimum) {
                judged.put(value, group);
            }
        });
        if (judged.size() < 2) {
            return List.of();
        }
        Map<String, Map<String, Double>> meanByRule = new LinkedHashMap<>();
        for (var rule : catalog.rules()) {
            Map<String, Double> means = new LinkedHashMap<>();
            judged.forEach((value, group) -> means.put(value, group.stream()
                    .mapToInt(m -> m.assessment().contributions().stream().filter(c -> c.rule().equals(rule.name()))
                            .mapToInt(Contribution::counted).sum())
                    .average().orElse(0)));
            meanByRule.put(rule.name(), means);
        }
        List<RuleGap> gaps = new ArrayList<>();
        meanByRule.forEach((name, means) -> {
            double gap = means.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)
                    - means.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            if (gap > 0) {
                var rule = catalog.rule(name);
                gaps.add(new RuleGap(name, rule.file(), rule.line(), means, gap, rule.title(locale)));
            }
        });
        gaps.sort(Comparator.comparingDouble(RuleGap::gap).reversed().thenComparing(RuleGap::rule));
        return gaps.stream().limit(RULE_GAPS_SHOWN).toList();
    }

    private static Map<String, List<Member>> group(Attribute attribute, List<Member> members) {
        Map<String, List<Member>> groups = new LinkedHashMap<>();
        attribute.groups().forEach(g -> groups.put(g, new ArrayList<>()));
        members.forEach(m -> groups.get(attribute.groupOf().apply(m.application())).add(m));
        return groups;
    }

    private static double rate(List<Member> members, java.util.function.Predicate<Member> test) {
        return members.isEmpty() ? 0 : (double) members.stream().filter(test).count() / members.size();
    }

    private static double median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
