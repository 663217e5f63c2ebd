package org.grille.engine.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each entry of a batch lies in its bytes, found without decoding them: a scan of brackets, braces, commas and
 * quotes only. A bad byte, a NaN or a NUL inside one application leaves the other entries' bounds intact, so each can
 * be read on its own and one bad application costs one application.
 *
 * <p>It knows the two shapes of a batch: an array of applications, and an object whose {@code "applications"} member
 * is that array. Anything else, or a document whose fault lies outside the entries, is not split ({@link #of} returns
 * null) and is refused whole, as before.
 */
final class EntrySpans {

    /** One entry: its bytes are {@code [start, end)}; it starts on {@code line} at {@code column} (1-based). */
    record Span(int start, int end, int line, int column) {

        boolean contains(long offset) {
            return offset >= start && offset < end;
        }
    }

    /** The entries, and the JSON pointer of the array that holds them ("" or "/applications"). */
    record Entries(String arrayPointer, List<Span> spans) {

        Span at(long offset) {
            for (Span span : spans) {
                if (span.contains(offset)) {
                    return span;
                }
            }
            return null;
        }
    }

    private final byte[] bytes;
    private int position;

    private EntrySpans(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The entries of {@code bytes}, or null when it is not a batch whose array closes properly. */
    static Entries of(byte[] bytes) {
        return new EntrySpans(bytes).split();
    }

    private Entries split() {
        skipSpace();
        if (position < bytes.length && bytes[position] == '[') {
            List<Span> spans = array();
            return spans == null || !onlySpaceLeft() ? null : new Entries("", spans);
        }
        if (position < bytes.length && bytes[position] == '{') {
            position++;
            skipSpace();
            if (!word("\"applications\"")) {
                return null;
            }
            skipSpace();
            if (position >= bytes.length || bytes[position] != ':') {
                return null;
            }
            position++;
            skipSpace();
            if (position >= bytes.length || bytes[position] != '[') {
                return null;
            }
            List<Span> spans = array();
            skipSpace();
            if (spans == null || position >= bytes.length || bytes[position] != '}') {
                return null;
            }
            position++;
            return onlySpaceLeft() ? new Entries("/applications", spans) : null;
        }
        return null;
    }

    /** The entries of the array that opens at {@code position}; leaves {@code position} after its {@code ]}. */
    private List<Span> array() {
        position++;
        List<Span> spans = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        int start = -1;
        for (; position < bytes.length; position++) {
            byte b = bytes[position];
            if (inString) {
                if (b == '\\') {
                    position++;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            if (start < 0 && !isSpace(b) && !(depth == 0 && (b == ',' || b == ']'))) {
                start = position;
            }
            if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                depth++;
            } else if ((b == ']' || b == '}') && depth > 0) {
                depth--;
            } else if (depth == 0 && (b == ',' || b == ']')) {
                if (start >= 0) {
                    spans.add(span(start, trimmedEnd(start, position)));
                }
                start = -1;
                if (b == ']') {
                    position++;
                    return spans;
                }
            }
        }
        return null;
    }

    private int trimmedEnd(int start, int end) {
        int last = end;
        while (last > start && isSpace(bytes[last - 1])) {
            last--;
        }
        return last;
    }

    /** Lines counted so far: spans come in order, so the text is counted once, not once per entry. */
    private int counted;
    private int countedLine = 1;
    private int countedLineStart;

    private Span span(int start, int end) {
        for (; counted < start; counted++) {
            if (bytes[counted] == '\n') {
                countedLine++;
                countedLineStart = counted + 1;
            }
        }
        return new Span(start, end, countedLine, start - countedLineStart + 1);
    }

    private boolean word(String expected) {
        for (int i = 0; i < expected.length(); i++) {
            if (position + i >= bytes.length || bytes[position + i] != expected.charAt(i)) {
                return false;
            }
        }
        position += expected.length();
        return true;
    }

    private void skipSpace() {
        while (position < bytes.length && isSpace(bytes[position])) {
            position++;
        }
    }

    private boolean onlySpaceLeft() {
        skipSpace();
        return position == bytes.length;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
