package org.grille.cli;

/**
 * Text from an application (an id, a title, a reason's value) as the terminal shows it: every character that could act
 * on the terminal or the reader instead of being read (control characters, escape sequences, line and paragraph
 * separators, right-to-left overrides, zero-width characters) is printed as its code, {@code <U+001B>}. So an id
 * holding a newline cannot add a forged line to a ranking, and an escape sequence cannot clear the screen.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** {@code text} on one line, with nothing in it that acts. */
    static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (acts(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("<U+%04X>", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * A rejected application: its position, id and message on one line, then each problem with its JSON path, line and
     * column on a line of its own; every part shown as text.
     */
    static String rejection(org.grille.api.Rejection rejection) {
        StringBuilder text = new StringBuilder("  #").append(rejection.index()).append(' ')
                .append(rejection.applicationId() == null ? "?" : visible(rejection.applicationId()))
                .append(" — ").append(visible(rejection.message()));
        rejection.violations().forEach(v -> text.append(System.lineSeparator()).append("      ").append(visible(v.toString())));
        return text.toString();
    }

    /**
     * Controls (C0, DEL, C1), format characters (bidirectional overrides and isolates, zero-width spaces and joiners,
     * the byte-order mark) and the line and paragraph separators.
     */
    static boolean acts(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
