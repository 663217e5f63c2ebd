package org.grille.engine.catalog;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The manifest's single values from the parser's current token, with the coercions Jackson's data binding applied by
 * default, so a manifest it accepted still reads the same: a number may be written as text, text may be written as a
 * number or a boolean, a fraction given for a whole number is cut, an empty text (or {@code "null"}) is no value, a
 * date may be an ISO text, an epoch day or {@code [year, month, day]}.
 */
final class ManifestScalars {

    /** A value of the wrong kind for its field; the reader places it at the current token. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused() {
            super(null, null, false, false);
        }
    }

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private ManifestScalars() {
    }

    /** The value of {@code type} at the parser's current token (never {@code null} the token). */
    static Object read(JsonParser parser, Class<?> type) throws Refused {
        if (type == String.class) {
            return text(parser);
        }
        if (type == Integer.class || type == Long.class) {
            return whole(parser, type == Integer.class);
        }
        if (type == Double.class) {
            return decimal(parser);
        }
        if (type == Boolean.class) {
            return bool(parser);
        }
        if (type == LocalDate.class) {
            return date(parser);
        }
        if (type == Criterion.class || type == Objective.class) {
            return id(parser, type == Criterion.class);
        }
        throw new IllegalStateException("No manifest field is of type " + type);
    }

    private static String text(JsonParser parser) throws Refused {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getString();
            // a number or a boolean where text is expected is read as written
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            default -> throw new Refused();
        };
    }

    private static Object whole(JsonParser parser, boolean asInt) throws Refused {
        switch (parser.currentToken()) {
            case VALUE_NUMBER_INT:
                return asInt ? (Object) parser.getIntValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                // the fraction is cut; a value out of range is the parser's own error, placed where it ends
                return asInt ? (Object) parser.getValueAsInt() : (Object) parser.getValueAsLong();
            case VALUE_STRING:
                String text = parser.getString().trim();
                if (text.isEmpty() || text.equals("null")) {
                    return null;
                }
                if (!WHOLE.matcher(text).matches()) {
                    throw new Refused();
                }
                try {
                    long value = Long.parseLong(text);
                    if (asInt && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
                        throw new Refused();
                    }
                    return asInt ? (Object) (int) value : (Object) value;
                } catch (NumberFormatException e) {
                    throw new Refused();
                }
            default:
                throw new Refused();
        }
    }

    private static Double decimal(JsonParser parser) throws Refused {
        switch (parser.currentToken()) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_STRING:
                String text = parser.getString().trim();
                if (text.isEmpty() || text.equals("null")) {
                    return null;
                }
                switch (text) {
                    case "NaN":
                        return Double.NaN;
                    case "Infinity", "INF", "+Infinity", "+INF":
                        return Double.POSITIVE_INFINITY;
                    case "-Infinity", "-INF":
                        return Double.NEGATIVE_INFINITY;
                    default:
                        break;
                }
                if (!DECIMAL.matcher(text).matches()) {
                    throw new Refused();
                }
                return Double.parseDouble(text);
            default:
                throw new Refused();
        }
    }

    private static Boolean bool(JsonParser parser) throws Refused {
        switch (parser.currentToken()) {
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NUMBER_INT:
                return !"0".equals(parser.getText());
            case VALUE_STRING:
                String text = parser.getString().trim();
                if (text.equals("true") || text.equals("True") || text.equals("TRUE")) {
                    return true;
                }
                if (text.equals("false") || text.equals("False") || text.equals("FALSE")) {
                    return false;
                }
                if (text.isEmpty() || text.equals("null")) {
                    return null;
                }
                throw new Refused();
            default:
                throw new Refused();
        }
    }

    private static LocalDate date(JsonParser parser) throws Refused {
        try {
            switch (parser.currentToken()) {
                case VALUE_STRING:
                    return dateText(parser.getString().trim());
                case VALUE_NUMBER_INT:
                    return LocalDate.ofEpochDay(parser.getLongValue());
                case START_ARRAY:
                    return dateArray(parser);
                default:
                    throw new Refused();
            }
        } catch (DateTimeException e) {
            throw new Refused();
        }
    }

    private static LocalDate dateText(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > 10 && text.charAt(10) == 'T') {
            // a date and time is read as its date; with a Z, the date in UTC
            return text.endsWith("Z") ? LocalDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC).toLocalDate()
                    : LocalDateTime.parse(text).toLocalDate();
        }
        return LocalDate.parse(text);
    }

    /** {@code [year, month, day]}; {@code []} is no date. A mistake is placed at the token where it shows. */
    private static LocalDate dateArray(JsonParser parser) throws Refused {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.END_ARRAY) {
            return null;
        }
        if (first != JsonToken.VALUE_NUMBER_INT) {
            throw new Refused();
        }
        int year = parser.getIntValue();
        int month = parser.nextIntValue(-1);
        int day = parser.nextIntValue(-1);
        if (parser.nextToken() != JsonToken.END_ARRAY) {
            throw new Refused();
        }
        return LocalDate.of(year, month, day);
    }

    private static Object id(JsonParser parser, boolean criterion) throws Refused {
        if (parser.currentToken() != JsonToken.VALUE_STRING || !Criterion.isId(parser.getString())) {
            throw new Refused();
        }
        String id = parser.getString();
        return criterion ? new Criterion(id) : new Objective(id);
    }
}
