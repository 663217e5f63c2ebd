package org.grille.engine.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second layer: a check of the exact text handed to Drools, independent of the tree, the reader and Drools' parser.
 * It reads the text with its own small lexer and accepts only the words and signs the printer can write: the keywords
 * it uses, the vocabulary's types, members and enum constants, variables, decimal numbers without a leading zero,
 * quoted sentences without quote or backslash, and the operators of the guide. No {@code @}, no second minus in a row,
 * no name of a Java class or method outside the vocabulary, no comment, no escape.
 *
 * <p>On its own, it refuses every escape of the rule authors' tests: an annotation (code in metadata), {@code groupby},
 * {@code eval}, a call of anything but a vocabulary helper, an octal or suffixed number, a decrement, {@code ^} and
 * {@code &}. If it ever refuses a printed file, the printer has a fault: nothing is built, and staff are told so.
 */
final class PrintedText {

    /** The printer's own words. */
    private static final Set<String> KEYWORDS = Set.of("rule", "when", "then", "end", "not", "exists", "forall", "or", "and",
            "from", "accumulate", "insert", "new", "Finding", "contains", "memberOf", "true", "false", "null", "Number", "Object",
            "JoinBudget", "within");
    private static final Pattern TOKEN = Pattern.compile(
            "\\s+"                                          // 1 never captured: whitespace
            + "|(\"[^\"\\\\\\n]*\")"                        // 1 a quoted sentence
            + "|(\\$[A-Za-z_][A-Za-z0-9_]*)"                // 2 a variable
            + "|((?:0|[1-9][0-9]*)(?:\\.[0-9]+)?)(?![A-Za-z0-9_.])"  // 3 a decimal number
            + "|([A-Za-z_][A-Za-z0-9_]*)"                   // 4 a word
            + "|(==|!=|<=|>=|\\|\\||&&|[<>(),;:.+*-])");    // 5 a sign
    private static final Pattern SENTENCE = Pattern.compile("\"[\\p{L}\\p{N} .,:;!?'’«»()\\-–—/&%+=<>°_]*\"");

    private final Set<String> words = new HashSet<>(KEYWORDS);
    private final List<String> imports;
    private final boolean windowed;

    private PrintedText(Vocabulary.Kind kind) {
        imports = kind.imports();
        words.add(Vocabulary.OBJECTIVE);
        words.add("of");
        windowed = kind == Vocabulary.Kind.PARTNERSHIP;
        if (windowed) {
            // the window every partnership rule reads first (DrlPrinter.print)
            words.addAll(List.of("PairWindow", "low", "high", "both"));
        }
        for (Map<String, Class<?>> types : List.of(kind.facts(), Vocabulary.VALUES, Vocabulary.ENUMS)) {
            for (Map.Entry<String, Class<?>> type : types.entrySet()) {
                words.add(type.getValue().getSimpleName()); // what the printer writes: ProjectFact, not Project
                words.addAll(Vocabulary.members(type.getValue()).keySet());
                if (type.getValue().isEnum()) {
                    for (Object constant : type.getValue().getEnumConstants()) {
                        words.add(((Enum<?>) constant).name());
                    }
                }
            }
        }
        words.addAll(Vocabulary.LIST_MEMBERS);
        words.addAll(Vocabulary.NUMBER_MEMBERS);
        words.addAll(Vocabulary.ACCUMULATE_FUNCTIONS);
    }

    /**
     * Where {@code text} says anything the printer cannot have written, as a line number and the offending text; null
     * when every token is one the printer writes.
     */
    static Fault check(String text, Vocabulary.Kind kind) {
        return new PrintedText(kind).fault(text);
    }

    /** The first token outside the printer's language, and its line. */
    record Fault(int line, String token) {
    }

    private Fault fault(String text) {
        String body = header(text);
        if (body == null) {
            return new Fault(1, text.substring(0, Math.min(40, text.length())));
        }
        int offset = text.length() - body.length();
        Matcher token = TOKEN.matcher(text);
        String previous = "";
        int position = offset;
        while (position < text.length()) {
            token.region(position, text.length());
            if (!token.lookingAt()) {
                return at(text, position, text.substring(position, Math.min(position + 12, text.length())));
            }
            String word = token.group();
            position = token.end();
            if (word.isBlank()) {
                continue;
            }
            boolean known = token.group(1) != null ? SENTENCE.matcher(word).matches()
                    : token.group(4) != null ? words.contains(word)
                    : token.group(2) != null || token.group(3) != null || token.group(5) != null;
            // "- -" is a decrement to MVEL, "+ +" an increment, whatever lies between the signs
            boolean doubled = (word.equals("-") || word.equals("+")) && previous.equals(word);
            if (!known || doubled) {
                return at(text, token.start(), word);
            }
            previous = word;
        }
        return null;
    }

    /**
     * The text after the header the printer writes: {@code package org.grille.catalog.x;} and exactly the vocabulary's
     * imports, in order, then the join guard's (and for partnership rules the window's). Null when the header is anything else.
     */
    private String header(String text) {
        Matcher pkg = Pattern.compile("package (org\\.grille\\.catalog(?:\\.[a-z][a-z0-9_]*)+);").matcher(text);
        if (!pkg.lookingAt()) {
            return null;
        }
        StringBuilder expected = new StringBuilder(pkg.group());
        imports.forEach(type -> expected.append(" import ").append(type).append(';'));
        expected.append(" import org.grille.engine.catalog.JoinBudget;");
        if (windowed) {
            expected.append(" import org.grille.engine.catalog.PairWindow;");
        }
        return text.startsWith(expected.toString()) ? text.substring(expected.length()) : null;
    }

    private static Fault at(String text, int offset, String token) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new Fault(line, token);
    }
}
