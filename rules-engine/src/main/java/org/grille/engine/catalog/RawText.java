package org.grille.engine.catalog;

/**
 * Checks a rule file's characters before any parser reads them. Java decodes {@code \\u} escapes anywhere in source,
 * comments and strings included, after a text check has looked; control and invisible formatting characters
 * (bidirectional overrides, zero-width spaces) make a file read differently from what it says. A rule file needs
 * none of them, so none is accepted.
 */
public final class RawText {

    private RawText() {
    }

    /**
     * The same check for a catalog file read outside the compiler (a scenario file, a scenario's base application),
     * as problems.
     */
    public static java.util.List<org.grille.api.CatalogProblem> problems(String path, byte[] bytes,
                                                                        org.grille.engine.messages.Messages messages) {
        ProblemCollector problems = new ProblemCollector(messages);
        check(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8), problems);
        return problems.sorted();
    }

    /** Reports every such character with its line and column; returns whether there was none. */
    static boolean check(String path, String text, ProblemCollector problems) {
        boolean clean = true;
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                problems.error(path, line, column, null, "TEXT-UNICODE-ESCAPE");
                clean = false;
            } else if (c != '\t' && c != '\r' && (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE && !Character.isSurrogatePair(c, i + 1 < text.length() ? text.charAt(i + 1) : 0)
                    && !(i > 0 && Character.isSurrogatePair(text.charAt(i - 1), c))
                    || c == (char) 0x2028 || c == (char) 0x2029)) {
                problems.error(path, line, column, null, "TEXT-CONTROL-CHARACTER", String.format("U+%04X", (int) c));
                clean = false;
            }
            column++;
        }
        return clean;
    }
}
