package org.grille.engine.catalog;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.grille.api.partnership.SuggestionKind;

/**
 * Reads a partnership rule's metadata: {@code @suggests}, {@code @strength}, {@code @reason}, {@code @symmetric},
 * {@code @title_en}.
 */
final class PartnershipMetadata {

    static final Set<String> KNOWN = Set.of("suggests", "strength", "reason", "symmetric", RuleTitle.ANNOTATION);
    static final int MAX_STRENGTH = 10;

    private PartnershipMetadata() {
    }

    /** The rule's metadata, or null when it is unusable; problems go to {@code problems}. */
    static PartnershipRule read(RuleDescr rule, String file, Manifest manifest, Reasons reasons, ProblemCollector problems,
                                MetadataPlaces places) {
        String name = rule.getName();
        int line = rule.getLine();
        for (String annotation : rule.getAnnotationNames()) {
            if (!KNOWN.contains(annotation)) {
                problems.error(file, places.line(annotation), places.column(annotation), name, "RULE-ANNOTATION-UNKNOWN",
                        annotation, new TreeSet<>(KNOWN));
            }
        }
        String titleEn = RuleTitle.read(rule, file, places, problems);
        String kindText = value(rule, "suggests");
        SuggestionKind kind = null;
        if (kindText == null) {
            problems.error(file, line, 0, name, "PARTNER-SUGGESTS-MISSING", Arrays.toString(SuggestionKind.values()));
        } else {
            try {
                kind = SuggestionKind.valueOf(kindText);
            } catch (IllegalArgumentException e) {
                String closest = Vocabulary.closest(kindText, Arrays.stream(SuggestionKind.values()).map(Enum::name).toList());
                problems.error(file, places.line("suggests"), places.column("suggests"), name, "PARTNER-SUGGESTS-UNKNOWN", kindText, Arrays.toString(SuggestionKind.values()),
                        closest == null ? "" : problems.messages().get("suggest.didYouMean", closest));
            }
        }
        String strengthText = value(rule, "strength");
        int strength = 0;
        try {
            strength = strengthText == null ? 0 : Integer.parseInt(strengthText);
        } catch (NumberFormatException e) {
            strength = 0;
        }
        if (strength < 1 || strength > MAX_STRENGTH) {
            problems.error(file, places.line("strength"), places.column("strength"), name, "PARTNER-STRENGTH-INVALID", strengthText == null ? "" : strengthText, MAX_STRENGTH);
        }
        String reason = RuleMetadata.reason(rule, file, places, name, manifest, reasons, problems);
        AnnotationDescr symmetric = rule.getAnnotation("symmetric");
        if (symmetric != null && !symmetric.getValueMap().isEmpty()) {
            problems.error(file, places.line("symmetric"), places.column("symmetric"), name, "PARTNER-SYMMETRIC-VALUE");
        }
        if (kind == null || strength < 1 || strength > MAX_STRENGTH || reason == null) {
            return null;
        }
        return new PartnershipRule(name, file, line, kind, strength, reason, symmetric != null, titleEn);
    }

    private static String value(RuleDescr rule, String name) {
        return RuleMetadata.value(rule, name);
    }
}
