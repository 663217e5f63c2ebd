package org.grille.engine.catalog;

import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * A rule's English title, {@code @title_en("...")}: what English output calls the rule, the rule's name staying its
 * identity. It is read here as text and never printed into the DRL Drools compiles ({@link DrlPrinter} prints no
 * annotation), so a title is words and only words: one plain string, not blank, at most {@value #MAX_LENGTH}
 * characters, without control or invisible formatting characters (bidirectional overrides) that would make a
 * terminal or a page show something else than what the file says.
 */
final class RuleTitle {

    static final String ANNOTATION = "title_en";
    static final int MAX_LENGTH = 200;
    /** Double quotes around text with neither a quote nor a backslash: no escape to read. */
    private static final Pattern PLAIN_STRING = Pattern.compile("\"[^\"\\\\]*\"");
    /** A bare word or number: a value staff meant as a title but wrote without quotes. */
    private static final Pattern BARE = Pattern.compile("-?[A-Za-z0-9_.\\-]+");

    private RuleTitle() {
    }

    /** Whether {@code value}, an annotation's raw value, is a plain string the grammar accepts for a title. */
    static boolean isPlainString(String value) {
        return PLAIN_STRING.matcher(value.trim()).matches();
    }

    /** The rule's English title, or null when it has none or it is unusable; each mistake is one problem. */
    static String read(RuleDescr rule, String file, MetadataPlaces places, ProblemCollector problems) {
        AnnotationDescr annotation = rule.getAnnotation(ANNOTATION);
        if (annotation == null) {
            return null;
        }
        Object value = annotation.getValueMap().size() == 1 ? annotation.getValueMap().get("value") : null;
        String raw = value == null ? "" : String.valueOf(value).trim();
        String mistake;
        if (raw.isEmpty() || BARE.matcher(raw).matches()) {
            mistake = raw.isEmpty() ? "catalog.titleEn.empty" : "catalog.titleEn.notQuoted";
        } else if (!isPlainString(raw)) {
            return null; // an expression: the grammar already refused it (RULE-ANNOTATION-NOT-LITERAL)
        } else {
            String title = raw.substring(1, raw.length() - 1).strip();
            mistake = title.isEmpty() ? "catalog.titleEn.empty"
                    : title.codePointCount(0, title.length()) > MAX_LENGTH ? "catalog.titleEn.tooLong"
                    : hasHiddenCharacter(title) ? "catalog.titleEn.character"
                    : null;
            if (mistake == null) {
                return title;
            }
        }
        problems.error(file, places.line(ANNOTATION), places.column(ANNOTATION), rule.getName(), "RULE-TITLE-EN",
                problems.messages().get(mistake), MAX_LENGTH);
        return null;
    }

    static boolean hasHiddenCharacter(String title) {
        return title.codePoints().anyMatch(c -> {
            int type = Character.getType(c);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE;
        });
    }
}
