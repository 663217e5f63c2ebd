package org.grille.cli;

/**
 * How many terminal columns text takes: a code point is one column, a wide East Asian character or an emoji two, a
 * combining mark none. Counting UTF-16 units instead would put an accented or an astral title out of line.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    static int of(CharSequence text) {
        int columns = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            columns += of(codePoint);
            i += Character.charCount(codePoint);
        }
        return columns;
    }

    static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return wide(codePoint) ? 2 : 1;
    }

    /** The blocks terminals draw two columns wide (East Asian Wide and Fullwidth, and emoji). */
    private static boolean wide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
                || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
                || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
