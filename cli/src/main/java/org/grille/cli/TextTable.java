package org.grille.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell; numeric columns aligned right. When the table is wider than
 * the output, its text columns narrow, widest first, and their cells continue on the next lines under their column,
 * broken between words; numbers are never broken.
 */
final class TextTable {

    private static final String GAP = "  ";
    /** A text column narrower than this holds too little to read: words are cut only below it. */
    private static final int NARROWEST = 8;
    /** A column that may go under its row does so when it would be narrower than this in its place. */
    private static final int READABLE = 24;
    /** How far a column that went under its row is indented. */
    private static final int UNDER = 6;

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();
    /** The column that may leave its place for lines of its own under each row, or -1. */
    private int movable = -1;
    /** Columns never broken: an applicant's id, whose spaces could otherwise start a line that looks like a row. */
    private final boolean[] whole;

    TextTable(List<String> headers, boolean... rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = rightAligned.length == headers.size() ? rightAligned.clone() : new boolean[headers.size()];
        this.whole = this.rightAligned.clone();
    }

    /** Keeps the cells of {@code column} (ids) on one line, as numbers are. */
    TextTable keepWhole(int column) {
        whole[column] = true;
        return this;
    }

    /**
     * Lets the last column (long text: reasons, a message) go under its row, indented, when the other columns leave it
     * less than a readable width.
     */
    TextTable lastColumnMayGoUnder() {
        this.movable = headers.size() - 1;
        return this;
    }

    TextTable row(List<String> cells) {
        rows.add(cells.stream().map(TerminalText::visible).toList());
        return this;
    }

    void print(PrintWriter out) {
        int width = FittedOutput.width(out);
        int[] widths = fit(naturalWidths(), width, headers.size());
        int shown = headers.size();
        if (movable >= 0 && total(widths, shown) > width || movable >= 0 && widths[movable] < READABLE
                && widths[movable] < naturalWidths()[movable]) {
            shown = movable;
            widths = fit(naturalWidths(), width, shown);
        }
        int columns = shown;
        int[] fitted = widths;
        printRow(out, headers, fitted, columns, width);
        StringBuilder rule = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            rule.append(c == 0 ? "" : GAP).append("-".repeat(fitted[c]));
        }
        out.println(rule);
        rows.forEach(row -> printRow(out, row, fitted, columns, width));
    }

    private int[] naturalWidths() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = DisplayWidth.of(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
            }
        }
        return widths;
    }

    /**
     * Narrows the widest column one column at a time until the table fits {@code width}, in three steps: text columns
     * down to their longest word; then any column down to its longest cell, a header word being cut; then text
     * columns down to {@link #NARROWEST}, their words cut. A number or an id (a whole cell) is never broken.
     */
    private int[] fit(int[] natural, int width, int columns) {
        int[] widths = natural.clone();
        int[] longestWord = new int[widths.length];
        int[] longestCellWord = new int[widths.length];
        for (int c = 0; c < widths.length; c++) {
            for (List<String> row : rows) {
                // a number (an amount, a rate) is one word, whatever spaces it holds
                longestCellWord[c] = Math.max(longestCellWord[c],
                        whole[c] ? DisplayWidth.of(row.get(c)) : Wrapping.longestWord(row.get(c)));
            }
            longestWord[c] = Math.max(longestCellWord[c], Wrapping.longestWord(headers.get(c)));
        }
        for (int step = 0; step < 3; step++) {
            while (total(widths, columns) > width) {
                int widest = -1;
                for (int c = 0; c < columns; c++) {
                    int floor = step == 0 ? (whole[c] ? natural[c] : longestWord[c])
                            : step == 1 ? Math.max(longestCellWord[c], Math.min(NARROWEST, natural[c]))
                            : whole[c] ? longestCellWord[c] : Math.min(NARROWEST, natural[c]);
                    if (widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    break;
                }
                widths[widest]--;
            }
        }
        return widths;
    }

    private static int total(int[] widths, int columns) {
        int total = GAP.length() * (columns - 1);
        for (int c = 0; c < columns; c++) {
            total += widths[c];
        }
        return total;
    }

    /** One row in its columns; the columns from {@code columns} on, if any, on lines of their own under it. */
    private void printRow(PrintWriter out, List<String> cells, int[] widths, int columns, int width) {
        List<List<String>> parts = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < columns; c++) {
            String cell = cells.get(c);
            // a header may be broken to let its numbers through; a whole cell never is
            boolean fits = DisplayWidth.of(cell) <= widths[c] || whole[c] && cells != headers;
            List<String> lines = fits ? List.of(cell) : Wrapping.lines(cell, widths[c], true);
            parts.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int i = 0; i < height; i++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                List<String> lines = parts.get(c);
                String cell = i < lines.size() ? lines.get(i) : "";
                String pad = " ".repeat(Math.max(0, widths[c] - DisplayWidth.of(cell)));
                line.append(c == 0 ? "" : GAP);
                boolean last = c == columns - 1;
                line.append(rightAligned[c] ? pad + cell : last ? cell : cell + pad);
            }
            out.println(line.toString().stripTrailing());
        }
        for (int c = columns; c < cells.size(); c++) {
            if (!cells.get(c).isBlank()) {
                int room = width == FittedOutput.UNLIMITED ? width : width - UNDER;
                Wrapping.lines(cells.get(c), room, false).forEach(part -> out.println(" ".repeat(UNDER) + part));
            }
        }
    }
}
