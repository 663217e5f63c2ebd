package org.grille.engine.catalog;

import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import java.util.List;
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
        List<String> criteria = manifest.criteria().stream().map(c -> c.id().id()).toList();
        String criterionId = parse(criteria, value(rule, "criterion"), file, places.line("criterion"),
                places.column("criterion"), name, "RULE-CRITERION-UNKNOWN", problems);
        Criterion criterion = criterionId == null ? null : new Criterion(criterionId);
        Criterion fit = manifest.fitCriterion();
        String objectiveText = value(rule, "objective");
        List<String> objectives = manifest.objectiveIds().stream().map(Objective::id).toList();
        String objectiveId = objectiveText == null ? null
                : parse(objectives, objectiveText, file, places.line("objective"), places.column("objective"), name,
                        "RULE-OBJECTIVE-UNKNOWN", problems);
        Objective objective = objectiveId == null ? null : new Objective(objectiveId);
        if (fit.equals(criterion) && objectiveText == null) {
            problems.error(file, line, 0, name, "RULE-OBJECTIVE-MISSING", fit);
        }
        if (criterion != null && !fit.equals(criterion) && objectiveText != null) {
            problems.error(file, places.line("objective"), places.column("objective"), name, "RULE-OBJECTIVE-NOT-FIT",
                    criterion, fit);
        }
        int points = points(rule, file, places, name, problems);
        if (criterion != null && points > 0) {
            int cap = fit.equals(criterion)
                    ? manifest.objectiveFit().bestObjectiveMax()
                    : manifest.maxima().getOrDefault(criterion, 0);
            if (points > cap) {
                String what = fit.equals(criterion) ? criterion + " (" + problems.messages().get("catalog.perObjective") + ")"
                        : criterion.id();
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

    /** {@code text} when it is one of the manifest's {@code ids}; otherwise the mistake, with the closest id. */
    private static String parse(List<String> ids, String text, String file, int line, int column, String rule,
                                String code, ProblemCollector problems) {
        if (text == null) {
            problems.error(file, line, column, rule, code, "", ids, "");
            return null;
        }
        if (ids.contains(text.trim())) {
            return text.trim();
        }
        problems.error(file, line, column, rule, code, text, ids, suggestion(problems, text.trim(), ids));
        return null;
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
