package org.grille.engine.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grille.engine.messages.Messages;

/**
 * A DRL parser error told in the reader's words. The parser speaks of tokens and alternatives ("[ERR 102] Line 56:0
 * mismatched input 'end' in rule …"); policy staff need to know which word is out of place and what is probably
 * missing. The parser's own text goes to the debug log, for whoever maintains the tool.
 */
final class SyntaxError {

    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)'");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'");
    private static final Pattern MISSING = Pattern.compile("missing (\\S+) at '(.*?)'");
    private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*?)'");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyntaxError.class);

    private SyntaxError() {
    }

    /** What is wrong, in plain words, for the DRL-SYNTAX message. */
    static String describe(String raw, Messages messages) {
        LOG.debug("DRL parser said: {}", raw);
        String text = raw == null ? "" : raw;
        Matcher m;
        // Drools 10 writes the end of the file as '<eof>', earlier versions as '<EOF>'
        if (text.toUpperCase(java.util.Locale.ROOT).contains("EOF") || text.contains("end of file")) {
            return messages.get("syntax.endOfFile");
        }
        if ((m = MISSING.matcher(text)).find()) {
            return messages.get("syntax.missing", token(m.group(1), messages), m.group(2));
        }
        if ((m = EXTRANEOUS.matcher(text)).find()) {
            return messages.get("syntax.extra", m.group(1));
        }
        if ((m = MISMATCHED.matcher(text)).find()) {
            return messages.get("syntax.unexpected", m.group(1));
        }
        if ((m = NO_VIABLE.matcher(text)).find()) {
            String input = m.group(1);
            return messages.get("syntax.unexpected", input.length() > 30 ? input.substring(input.length() - 30) : input);
        }
        return messages.get("syntax.other");
    }

    /** Parser token names as the characters a reader types. */
    private static String token(String name, Messages messages) {
        return switch (name.replace("'", "")) {
            case "RIGHT_PAREN" -> ")";
            case "LEFT_PAREN" -> "(";
            case "RIGHT_CURLY" -> "}";
            case "RIGHT_SQUARE" -> "]";
            case "COMMA" -> ",";
            case "SEMICOLON" -> ";";
            case "ID", "IDENTIFIER" -> messages.get("syntax.aName");
            case "STRING" -> "\"…\"";
            default -> name.replace("'", "");
        };
    }
}
