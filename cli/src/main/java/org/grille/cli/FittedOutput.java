package org.grille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The terminal's output at its width: a line wider than the width is broken between words, its continuation lines
 * indented two columns past the line's own indent. Tables arrive already fitted ({@link TextTable} asks
 * {@link #width(Writer)}), so only messages are broken here. A single word wider than the line (a path) stays whole.
 */
final class FittedOutput extends PrintWriter {

    /** No width: the output of a file, or of a machine format (JSON, CSV), is never broken. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    private final int width;

    private FittedOutput(LineFitter fitter, int width) {
        super(fitter, true);
        this.width = width;
    }

    static FittedOutput of(PrintWriter target, int width) {
        return new FittedOutput(new LineFitter(target, width), width);
    }

    /** The width {@code out} prints at, or {@link #UNLIMITED}. */
    static int width(Writer out) {
        return out instanceof FittedOutput fitted ? fitted.width : UNLIMITED;
    }

    /** Collects one line at a time and writes it broken to the width. */
    private static final class LineFitter extends Writer {

        private final PrintWriter target;
        private final int width;
        private final StringBuilder line = new StringBuilder();

        LineFitter(PrintWriter target, int width) {
            this.target = target;
            this.width = width;
        }

        @Override
        public void write(char[] characters, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                char c = characters[i];
                if (c == '\n') {
                    emit();
                    target.write(System.lineSeparator());
                } else if (c != '\r' || i + 1 >= offset + length || characters[i + 1] != '\n') {
                    line.append(c);
                }
            }
        }

        private void emit() {
            String text = line.toString();
            line.setLength(0);
            if (DisplayWidth.of(text) <= width) {
                target.write(text);
                return;
            }
            int indent = 0;
            while (indent < text.length() && text.charAt(indent) == ' ') {
                indent++;
            }
            // a continuation starts two columns past the line's indent, unless that leaves too little room
            int continuation = Math.min(indent + 2, width / 3);
            var lines = Wrapping.lines(text.substring(indent), width - indent, width - continuation, false);
            target.write(" ".repeat(indent) + lines.get(0));
            for (String part : lines.subList(1, lines.size())) {
                target.write(System.lineSeparator());
                target.write(" ".repeat(continuation) + part);
            }
        }

        @Override
        public void flush() {
            if (line.length() > 0) {
                // a partial line (a prompt, progress) goes out as it is
                target.write(line.toString());
                line.setLength(0);
            }
            target.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
