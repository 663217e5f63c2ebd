package org.grille.engine.catalog;

import java.util.HashMap;
import java.util.Map;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Where each annotation of a rule ({@code @criterion(...)}, {@code @points(...)}, ...) sits in its file. Drools'
 * parser places a rule but not its annotations (their line is -1), and a message about a misspelled criterion should
 * show the line of {@code @criterion} with a caret under its value, not the rule's first line.
 *
 * <p>Only the rule's header is read: from its name to {@code when}, skipping comments and quoted text. An annotation
 * that cannot be found there is placed at the rule's line, with no column.
 */
final class MetadataPlaces {

    private final int ruleLine;
    /** By annotation name: the 1-based line and column of its value's first character (of the name when it has none). */
    private final Map<String, int[]> places;

    private MetadataPlaces(int ruleLine, Map<String, int[]> places) {
        this.ruleLine = ruleLine;
        this.places = places;
    }

    static MetadataPlaces of(RuleDescr rule, String text) {
        Map<String, int[]> places = new HashMap<>();
        int start = rule.getStartCharacter();
        if (start < 0 || start >= text.length() || !text.startsWith("rule", start)) {
            return new MetadataPlaces(rule.getLine(), places);
        }
        int headerLineStart = text.lastIndexOf('\n', start) + 1;
        int headerLine = place(text, 0, 1, headerLineStart)[0];
        int i = skipName(text, start + "rule".length());
        while (i < text.length()) {
            char c = text.charAt(i);
            if (text.startsWith("//", i)) {
                i = lineEnd(text, i);
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else if (c == '"' || c == '\'') {
                i = stringEnd(text, i);
            } else if (c == '@') {
                int nameEnd = i + 1;
                while (nameEnd < text.length() && Character.isJavaIdentifierPart(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = text.substring(i + 1, nameEnd);
                int value = nameEnd;
                while (value < text.length() && Character.isWhitespace(text.charAt(value))) {
                    value++;
                }
                if (value < text.length() && text.charAt(value) == '(') {
                    value++;
                    while (value < text.length() && Character.isWhitespace(text.charAt(value)) && text.charAt(value) != '\n') {
                        value++;
                    }
                } else {
                    value = i + 1;
                }
                places.putIfAbsent(name, place(text, headerLineStart, headerLine, value));
                i = nameEnd;
            } else if (isWord(text, i, "when") || isWord(text, i, "then")) {
                break;
            } else {
                i++;
            }
        }
        return new MetadataPlaces(rule.getLine(), places);
    }

    /** The line of {@code annotation}'s value, or the rule's line when it was not found. */
    int line(String annotation) {
        int[] place = places.get(annotation);
        return place == null ? ruleLine : place[0];
    }

    /** The column of {@code annotation}'s value, or 0 (no column) when it was not found. */
    int column(String annotation) {
        int[] place = places.get(annotation);
        return place == null ? 0 : place[1];
    }

    /** Just past the rule's name: a quoted string, or a single word. */
    private static int skipName(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            return stringEnd(text, i);
        }
        while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '@') {
            i++;
        }
        return i;
    }

    /** Just past the string that opens at {@code i}, backslash escapes included. */
    private static int stringEnd(String text, int i) {
        char quote = text.charAt(i);
        for (int j = i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == quote || c == '\n') {
                return j + 1;
            }
        }
        return text.length();
    }

    private static int lineEnd(String text, int i) {
        int newline = text.indexOf('\n', i);
        return newline < 0 ? text.length() : newline;
    }

    private static boolean isWord(String text, int i, String word) {
        return text.startsWith(word, i)
                && (i == 0 || !Character.isJavaIdentifierPart(text.charAt(i - 1)))
                && (i + word.length() == text.length() || !Character.isJavaIdentifierPart(text.charAt(i + word.length())));
    }

    /** The 1-based line and column of {@code offset}, counting from {@code from}, the start of line {@code line}. */
    private static int[] place(String text, int from, int line, int offset) {
        int lineStart = from;
        for (int j = from; j < offset; j++) {
            if (text.charAt(j) == '\n') {
                line++;
                lineStart = j + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
