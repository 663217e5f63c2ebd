package org.grille.engine.catalog;

import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;

/**
 * Reads what a rule declares in its metadata ({@code @gate}, {@code @criterion}, {@code @objective},
 * {@code @points}, {@code @reason}, {@code @derives}, {@code @title_en}) and checks it against the manifest.
 */
final class RuleMetadata {

    static final Set<String> KNOWN = Set.of("gate", "criterion", "objective", "points", "reason", "derives", RuleTitle.ANNOTATION);

    private RuleMetadata() {
    }

    /** The rule's metadata, or null when it is unusable; problems go to {@code problems}. */
    static RuleInfo read(RuleDescr rule, String file, int order, Manifest manifest, Reasons reasons, ProblemCollector problems,
                         String source, MetadataPlaces places) {
        String name = rule.getName();
        int line = rule.getLine();
        for (String annotation : rule.getAnnotationNames()) {
            if (!KNOWN.contains(annotation)) {
                problems.error(file, places.line(annotation), places.column(annotation), name, "RULE-ANNOTATION-UNKNOWN",
                        annotation, new java.util.TreeSet<>(KNOWN));
            }
        }
        String titleEn = RuleTitle.read(rule, file, places, problems);
        boolean gate = has(rule, "gate");
        boolean award = has(rule, "criterion") || has(rule, "points");
        boolean derives = has(rule, "derives");
        int kinds = (gate ? 1 : 0) + (award ? 1 : 0) + (derives ? 1 : 0);
        if (kinds == 0) {
            problems.error(file, line, 0, name, "RULE-METADATA-MISSING");
            return null;
        }
        if (kinds > 1) {
            problems.error(file, line, 0, name, "RULE-METADATA-CONFLICT");
            return null;
        }
        if (derives) {
            return new RuleInfo(name, file, line, order, RuleKind.DERIVATION, null, null, null, 0, null, source, titleEn);
        }
        String reason = reason(rule, file, places, name, manifest, reasons, problems);
        if (gate) {
            String code = value(rule, "gate");
            if (code == null) {
                problems.error(file, places.line("gate"), places.column("gate"), name, "RULE-GATE-EMPTY");
                return null;
            }
            return new RuleInfo(name, file, line, order, RuleKind.GATE, code, null, null, 0, reason, source, titleEn);
        }
        Criterion criterion = parse(Criterion.class, value(rule, "criterion"), file, places.line("criterion"),
                places.column("criterion"), name, "RULE-CRITERION-UNKNOWN", problems);
        String objectiveText = value(rule, "objective");
        Objective objective = objectiveText == null ? null
                : parse(Objective.class, objectiveText, file, places.line("objective"), places.column("objective"), name,
                        "RULE-OBJECTIVE-UNKNOWN", problems);
        if (criterion == Criterion.OBJECTIVE_FIT && objectiveText == null) {
            problems.error(file, line, 0, name, "RULE-OBJECTIVE-MISSING");
        }
        if (criterion != null && criterion != Criterion.OBJECTIVE_FIT && objectiveText != null) {
            problems.error(file, places.line("objective"), places.column("objective"), name, "RULE-OBJECTIVE-NOT-FIT", criterion);
        }
        int points = points(rule, file, places, name, problems);
        if (criterion != null && points > 0) {
            int cap = criterion == Criterion.OBJECTIVE_FIT
                    ? manifest.objectiveFit().bestObjectiveMax()
                    : manifest.criteria().getOrDefault(criterion, 0);
            if (points > cap) {
                String what = criterion == Criterion.OBJECTIVE_FIT ? criterion + " (" + problems.messages().get("catalog.perObjective") + ")"
                        : criterion.name();
                problems.error(file, places.line("points"), places.column("points"), name, "RULE-POINTS-OVER-CAP", points, what, cap);
            }
        }
        if (criterion == null || points <= 0 || reason == null) {
            return null;
        }
        return new RuleInfo(name, file, line, order, RuleKind.AWARD, null, criterion, objective, points, reason, source, titleEn);
    }

    private static int points(RuleDescr rule, String file, MetadataPlaces places, String name, ProblemCollector problems) {
        String text = value(rule, "points");
        int line = places.line("points");
        int column = places.column("points");
        if (text == null) {
            problems.error(file, line, column, name, "RULE-POINTS-MISSING");
            return 0;
        }
        try {
            int points = Integer.parseInt(text.trim());
            if (points < 1) {
                problems.error(file, line, column, name, "RULE-POINTS-INVALID", text);
                return 0;
            }
            return points;
        } catch (NumberFormatException e) {
            problems.error(file, line, column, name, "RULE-POINTS-INVALID", text);
            return 0;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, String file, int line, int column, String rule,
                                               String code, ProblemCollector problems) {
        if (text == null) {
            problems.error(file, line, column, rule, code, "", java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            java.util.List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            problems.error(file, line, column, rule, code, text, java.util.Arrays.toString(type.getEnumConstants()),
                    suggestion(problems, text.trim(), names));
            return null;
        }
    }

    /** " Did you mean «X»?" in the reader's language, or nothing when no known name is close. */
    /**
     * The rule's {@code @reason} key, or null when it has none; reports a missing key, and a key absent from either
     * loaded reasons file with the closest key there.
     */
    static String reason(RuleDescr rule, String file, MetadataPlaces places, String name, Manifest manifest, Reasons reasons,
                         ProblemCollector problems) {
        String reason = value(rule, "reason");
        int line = places.line("reason");
        int column = places.column("reason");
        if (reason == null) {
            problems.error(file, line, column, name, "RULE-REASON-MISSING");
        } else {
            if (reasons.frenchLoaded() && !reasons.hasFrench(reason)) {
                problems.error(file, line, column, name, "RULE-REASON-UNKNOWN", reason, manifest.reasons() + ".properties",
                        suggestion(problems, reason, reasons.frenchKeys()));
            }
            if (reasons.englishLoaded() && !reasons.hasEnglish(reason)) {
                problems.error(file, line, column, name, "RULE-REASON-UNKNOWN", reason, manifest.reasons() + "_en.properties",
                        suggestion(problems, reason, reasons.englishKeys()));
            }
        }
        return reason;
    }

    static String suggestion(ProblemCollector problems, String name, java.util.Collection<String> known) {
        String closest = Vocabulary.closest(name, known);
        return closest == null ? "" : problems.messages().get("suggest.didYouMean", closest);
    }

    private static boolean has(RuleDescr rule, String name) {
        return rule.getAnnotation(name) != null;
    }

    /** The annotation's single value without quotes, or null when absent or empty. */
    static String value(RuleDescr rule, String name) {
        AnnotationDescr annotation = rule.getAnnotation(name);
        if (annotation == null || annotation.getValue() == null) {
            return null;
        }
        String text = annotation.getSingleValueAsString();
        if (text == null) {
            return null;
        }
        text = text.trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isBlank() ? null : text;
    }
}
