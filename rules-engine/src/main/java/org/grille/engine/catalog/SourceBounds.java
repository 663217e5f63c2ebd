package org.grille.engine.catalog;

/**
 * Bounds checked on a rule file's text before Drools' parser reads it. The parser recurses once per parenthesis, so a
 * deep enough nesting overflows its stack; the file's size is already bounded by the catalog source.
 */
final class SourceBounds {

    /** The deepest nesting of parentheses, brackets and braces a rule file may have; the bundled catalog's is 4. */
    static final int MAX_DEPTH = 24;

    private SourceBounds() {
    }

    /** Reports the first place the nesting goes deeper than {@link #MAX_DEPTH}; returns whether there was none. */
    static boolean check(String path, String text, ProblemCollector problems) {
        int depth = 0;
        int line = 1;
        int column = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            column++;
            if (c == '\n') {
                line++;
                column = 0;
                quoted = false;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                if (++depth > MAX_DEPTH) {
                    problems.error(path, line, column, null, "RULE-NESTING-TOO-DEEP", MAX_DEPTH);
                    return false;
                }
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth = Math.max(0, depth - 1);
            }
        }
        return true;
    }
}
