package org.grille.cli;

import java.util.ArrayList;
import java.util.List;

/** Text broken on word boundaries to a number of columns; a word longer than the line is cut only when asked. */
final class Wrapping {

    private Wrapping() {
    }

    /**
     * {@code text} in lines of at most {@code columns} display columns, broken between words. A word wider than a
     * line is cut when {@code cutLongWords}, else it stands alone on its line (a path is better whole).
     */
    static List<String> lines(String text, int columns, boolean cutLongWords) {
        return lines(text, columns, columns, cutLongWords);
    }

    /** As {@link #lines(String, int, boolean)}, the first line {@code firstColumns} wide and the others {@code columns}. */
    static List<String> lines(String text, int firstColumns, int columns, boolean cutLongWords) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : words(text.trim())) {
            if (word.isEmpty() && lineWidth == 0) {
                continue; // a line never starts with the spaces that ended the one before
            }
            int wordWidth = DisplayWidth.of(word);
            int room = lines.isEmpty() ? firstColumns : columns;
            if (lineWidth > 0 && lineWidth + 1 + wordWidth <= room || word.isEmpty()) {
                line.append(' ').append(word);
                lineWidth += 1 + wordWidth;
                continue;
            }
            if (lineWidth > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            while (cutLongWords && wordWidth > (lines.isEmpty() ? firstColumns : columns)) {
                int end = cut(word, lines.isEmpty() ? firstColumns : columns);
                lines.add(word.substring(0, end));
                word = word.substring(end);
                wordWidth = DisplayWidth.of(word);
            }
            line.append(word);
            lineWidth = wordWidth;
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * The words of {@code text}, split on each space (an empty word keeps a run of spaces as it was inside a line), a
     * word kept with the next or previous one where French typography puts a space that must not break: a group of
     * three digits after a number ({@code 1 250 000}), a sign after its word ({@code 000 $}, {@code note :}, {@code 80 %},
     * {@code »}) and the word after {@code «}.
     */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ", -1)) {
            String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
            boolean glued = !previous.isEmpty() && !word.isEmpty()
                    && (word.matches("[$;:»!?%]+[.,;:)]*") || previous.endsWith("«")
                    || word.matches("\\d{3}([.,;:)$]*|\\$.*)") && Character.isDigit(previous.charAt(previous.length() - 1)));
            if (glued) {
                words.set(words.size() - 1, previous + " " + word);
            } else {
                words.add(word);
            }
        }
        return words;
    }

    /** The widest longest word of {@code text}: the narrowest a column holding it can be without cutting a word. */
    static int longestWord(String text) {
        int longest = 0;
        for (String word : words(text)) {
            longest = Math.max(longest, DisplayWidth.of(word));
        }
        return longest;
    }

    /** Where to cut {@code word} so its first part takes at most {@code columns} (and at least one code point). */
    private static int cut(String word, int columns) {
        int width = 0;
        int i = 0;
        while (i < word.length()) {
            int codePoint = word.codePointAt(i);
            int next = width + DisplayWidth.of(codePoint);
            if (next > columns && i > 0) {
                break;
            }
            width = next;
            i += Character.charCount(codePoint);
        }
        return i;
    }
}
