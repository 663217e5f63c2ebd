package org.grille.engine.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The last step of the committee's page: every character that would act on what a reader sees instead of being seen
 * (right-to-left overrides and isolates, zero-width spaces and joiners, other format and control characters, line
 * separators) is written as its code, {@code ⟨U+202E⟩}. An applicant's title cannot reverse the words around it or
 * hide text. The report's own templates and messages hold no such character, so only applicants' text changes; the
 * code is written with no character that HTML would read, so it is safe in text and in attributes alike.
 */
final class ShownCharacters extends FilterWriter {

    ShownCharacters(Writer out) {
        super(out);
    }

    /** Whether {@code c} acts rather than shows: controls other than tab and line ends, formats, separators. */
    static boolean acts(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    static String shown(char c) {
        return String.format(Locale.ROOT, "\u27E8U+%04X\u27E9", (int) c);
    }

    @Override
    public void write(int c) throws IOException {
        if (acts((char) c)) {
            out.write(shown((char) c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (acts(text[i])) {
                out.write(text, start, i - start);
                out.write(shown(text[i]));
                start = i + 1;
            }
        }
        out.write(text, start, offset + length - start);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }
}
