package org.grille.engine.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax mistakes policy staff make, found in the text before Drools' parser reads it, and named the way they are
 * made: a typographic quote typed by a word processor, an apostrophe inside a name in single quotes, a text or a
 * parenthesis left open, a rule without its {@code then} or its {@code end}, a character that has no place outside
 * quotes. Drools' parser reports most of these somewhere else (the next rule's {@code end}, past the end of the
 * file) or as an empty token.
 *
 * <p>It also cuts a file into its rules ({@link Chunk}), so that a mistake in one rule costs that rule only: the
 * compiler blanks the broken rules out and still checks every other one.
 */
final class StaffSyntax {

    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule(?![\\w$])");
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|(\\S+))");
    /** Quotes a word processor types in place of {@code "} and {@code '}. */
    private static final String TYPOGRAPHIC_QUOTES = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A\u201B\u2039\u203A";

    private StaffSyntax() {
    }

    /**
     * Lines {@code firstLine} to {@code lastLine} (1-based, inclusive) of a file: the header before the first rule
     * ({@code rule} null), or one rule and whatever follows it up to the next.
     */
    record Chunk(int firstLine, int lastLine, String rule) {

        boolean isRule() {
            return rule != null;
        }
    }

    /** One mistake: where it is, in which rule, its code and the words of its message. */
    record Mistake(int line, int column, String rule, String code, List<Object> arguments) {
    }

    /** The header and the rules of {@code text}, in order; every line belongs to exactly one chunk. */
    static List<Chunk> chunks(String text) {
        List<String> lines = text.lines().toList();
        List<Chunk> chunks = new ArrayList<>();
        int start = 1;
        String rule = null;
        boolean inComment = false;
        for (int i = 1; i <= lines.size(); i++) {
            String line = lines.get(i - 1);
            if (!inComment && RULE_LINE.matcher(line).find()) {
                if (i > start) {
                    chunks.add(new Chunk(start, i - 1, rule));
                }
                start = i;
                rule = name(line);
            }
            inComment = endsInComment(line, inComment);
        }
        chunks.add(new Chunk(start, Math.max(start, lines.size()), rule));
        return chunks;
    }

    /** Whether a block comment is still open at the end of {@code line}. */
    private static boolean endsInComment(String line, boolean inComment) {
        boolean comment = inComment;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
            if (comment) {
                if (c == '*' && next == '/') {
                    comment = false;
                    i++;
                }
            } else if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && next == '/') {
                return false;
            } else if (c == '/' && next == '*') {
                comment = true;
                i++;
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
        }
        return comment;
    }

    /**
     * The rule's name as its author meant it, for messages: between straight double quotes; between the first and the
     * last single quote of the line (an apostrophe inside does not cut it short); between typographic quotes; or the
     * first word.
     */
    private static String name(String line) {
        Matcher m = RULE_NAME.matcher(line);
        if (!m.find()) {
            return "";
        }
        String rest = line.substring(m.start(1) >= 0 ? m.start(1) - 1 : m.start(2) >= 0 ? m.start(2) - 1 : m.start(3)).strip();
        char open = rest.charAt(0);
        if (open == '"') {
            return m.group(1);
        }
        int close = open == '\'' ? rest.lastIndexOf('\'') : TYPOGRAPHIC_QUOTES.indexOf(open) >= 0 ? lastQuote(rest) : -1;
        return close > 0 ? rest.substring(1, close) : m.group(3) != null ? m.group(3) : m.group(2);
    }

    private static int lastQuote(String text) {
        for (int i = text.length() - 1; i > 0; i--) {
            if (TYPOGRAPHIC_QUOTES.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** The first mistake {@code chunk} holds, or null when it holds none this class can name. */
    static Mistake mistake(String text, Chunk chunk) {
        return new Scan(text.lines().toList(), chunk).run();
    }

    /**
     * {@code text} with the lines of {@code chunks} made blank: every line keeps its number, so what the parser and the
     * checks report about the other rules points into the author's file.
     */
    static String blank(String text, Collection<Chunk> chunks) {
        if (chunks.isEmpty()) {
            return text;
        }
        String[] lines = text.split("\n", -1);
        for (Chunk chunk : chunks) {
            for (int line = chunk.firstLine(); line <= chunk.lastLine() && line <= lines.length; line++) {
                lines[line - 1] = "";
            }
        }
        return String.join("\n", lines);
    }

    /** {@code text} with every chunk blanked but the header and {@code kept}. */
    static String only(String text, List<Chunk> chunks, Chunk kept) {
        return blank(text, chunks.stream().filter(chunk -> chunk.isRule() && !chunk.equals(kept)).toList());
    }

    /** The character's code and name, as a reader can look it up: {@code U+201C LEFT DOUBLE QUOTATION MARK}. */
    static String named(int c) {
        String name = Character.getName(c);
        return String.format(Locale.ROOT, "U+%04X%s", c, name == null ? "" : " " + name);
    }

    /** One pass over one chunk: the first mistake it holds, or null. */
    private static final class Scan {

        private final List<String> lines;
        private final Chunk chunk;
        /** Line and column (1-based) of each parenthesis still open, outermost first. */
        private final List<int[]> open = new ArrayList<>();
        private boolean inComment;
        private int[] then;
        private int[] end;

        Scan(List<String> lines, Chunk chunk) {
            this.lines = lines;
            this.chunk = chunk;
        }

        Mistake run() {
            for (int number = chunk.firstLine(); number <= chunk.lastLine() && number <= lines.size(); number++) {
                Mistake mistake = line(number, lines.get(number - 1));
                if (mistake != null) {
                    return mistake;
                }
            }
            if (!open.isEmpty()) {
                int[] first = open.get(0);
                return mistake(first[0], first[1], "DRL-UNCLOSED-PARENTHESIS", chunk.isRule() ? "end" : "rule");
            }
            if (!chunk.isRule()) {
                return null;
            }
            if (end == null) {
                int last = lastWrittenLine();
                return mistake(last, lines.get(last - 1).stripTrailing().length() + 1, "DRL-MISSING-END", chunk.rule());
            }
            if (then == null) {
                return mistake(end[0], end[1], "DRL-MISSING-THEN", chunk.rule());
            }
            return null;
        }

        private Mistake line(int number, String line) {
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                int column = i + 1;
                if (inComment) {
                    if (c == '*' && next == '/') {
                        inComment = false;
                        i++;
                    }
                    i++;
                    continue;
                }
                if (c == '/' && next == '/') {
                    return null;
                }
                if (c == '/' && next == '*') {
                    inComment = true;
                    i += 2;
                    continue;
                }
                if (c == '"' || c == '\'') {
                    int close = closing(line, i);
                    if (close < 0) {
                        return mistake(number, column, "DRL-UNCLOSED-TEXT", String.valueOf(c));
                    }
                    if (c == '\'' && close + 1 < line.length() && Character.isLetterOrDigit(line.charAt(close + 1))) {
                        // rule 'L'été': the apostrophe ended the name; what follows is not DRL
                        int word = close + 1;
                        while (word < line.length() && !Character.isWhitespace(line.charAt(word))) {
                            word++;
                        }
                        return mistake(number, close + 1, "DRL-APOSTROPHE-IN-NAME", line.substring(i, word));
                    }
                    i = close + 1;
                    continue;
                }
                if (TYPOGRAPHIC_QUOTES.indexOf(c) >= 0) {
                    boolean single = "\u2018\u2019\u201A\u201B\u2039\u203A".indexOf(c) >= 0;
                    return mistake(number, column, "DRL-TYPOGRAPHIC-QUOTE", String.valueOf(c), named(c), single ? "'" : "\"");
                }
                if (c == '(') {
                    open.add(new int[] {number, column});
                } else if (c == ')') {
                    if (open.isEmpty()) {
                        return mistake(number, column, "DRL-EXTRA-PARENTHESIS");
                    }
                    open.remove(open.size() - 1);
                } else if (Character.isLetter(c) || c == '_' || c == '$') {
                    int start = i;
                    while (i < line.length() && (Character.isLetterOrDigit(line.charAt(i)) || line.charAt(i) == '_'
                            || line.charAt(i) == '$')) {
                        i++;
                    }
                    Mistake mistake = word(line.substring(start, i), number, start + 1);
                    if (mistake != null) {
                        return mistake;
                    }
                    continue;
                } else if (c > 0x7E && !Character.isLetter(c) || c == '`') {
                    return mistake(number, column, "DRL-STRAY-CHARACTER", String.valueOf(c), named(c));
                }
                i++;
            }
            return null;
        }

        /** A keyword at the rule's own level; {@code then} or {@code end} inside parentheses closes nothing. */
        private Mistake word(String word, int number, int column) {
            if (!chunk.isRule() || !(word.equals("then") || word.equals("end"))) {
                return null;
            }
            if (!open.isEmpty()) {
                // Project( end > start ) reads a field named end; a then or an end followed by no "(" or "." closes
                String rest = lines.get(number - 1).substring(column - 1 + word.length()).stripLeading();
                if (!rest.isEmpty() && (rest.charAt(0) == '.' || Character.isLetterOrDigit(rest.charAt(0))
                        || "=!<>,)".indexOf(rest.charAt(0)) >= 0)) {
                    return null;
                }
                int[] first = open.get(0);
                return mistake(first[0], first[1], "DRL-UNCLOSED-PARENTHESIS", word);
            }
            if (word.equals("then") && then == null) {
                then = new int[] {number, column};
            } else if (word.equals("end") && end == null) {
                end = new int[] {number, column};
            }
            return null;
        }

        /** The index of the quote that closes the text opened at {@code from}, or -1 when the line ends first. */
        private static int closing(String line, int from) {
            char quote = line.charAt(from);
            for (int i = from + 1; i < line.length(); i++) {
                if (line.charAt(i) == '\\') {
                    i++;
                } else if (line.charAt(i) == quote) {
                    return i;
                }
            }
            return -1;
        }

        private int lastWrittenLine() {
            for (int number = Math.min(chunk.lastLine(), lines.size()); number > chunk.firstLine(); number--) {
                String line = lines.get(number - 1).strip();
                if (!line.isEmpty() && !line.startsWith("//")) {
                    return number;
                }
            }
            return chunk.firstLine();
        }

        private Mistake mistake(int line, int column, String code, Object... arguments) {
            return new Mistake(line, column, chunk.rule(), code, List.of(arguments));
        }
    }
}
