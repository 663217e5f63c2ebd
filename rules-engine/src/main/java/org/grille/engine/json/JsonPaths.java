package org.grille.engine.json;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON paths for messages ({@code $.project.outcomes[2].target}) and, since Jackson loses the location of
 * an error inside a record (it buffers a record's properties before building it), a second look at the text
 * to find the line and column of a path.
 */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The suffix after {@code $}: {@code .project.outcomes[2].target}. */
    public static String of(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The same path as a JSON pointer: {@code /project/outcomes/2/target}. */
    public static String pointer(List<JacksonException.Reference> references) {
        StringBuilder pointer = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                pointer.append('/').append(reference.getPropertyName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }

    /** A path as written in messages ({@code $.budget.lines[0].amount}) as a JSON pointer ({@code /budget/lines/0/amount}). */
    static String pointerOf(String path) {
        StringBuilder pointer = new StringBuilder();
        int i = path.startsWith("$") ? 1 : 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            int end;
            if (c == '.') {
                end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                pointer.append('/').append(path.substring(i + 1, end).replace("~", "~0").replace("/", "~1"));
            } else if (c == '[') {
                end = path.indexOf(']', i);
                if (end < 0) {
                    break;
                }
                pointer.append('/').append(path, i + 1, end);
                end++;
            } else {
                break;
            }
            i = end;
        }
        return pointer.toString();
    }

    /**
     * Where the value (or property name) at {@code pointer} starts in {@code json}, or null when the text does not
     * have it or cannot be read that far.
     */
    public static TokenStreamLocation locate(JsonMapper mapper, byte[] json, String pointer) {
        try (JsonParser parser = mapper.createParser(json)) {
            return locate(parser, pointer);
        } catch (JacksonException e) {
            return null;
        }
    }

    /**
     * {@link #locate(JsonMapper, byte[], String)} with a bare parser factory, for readers that do without data binding.
     *
     * @param factory where the parser comes from
     * @param json    the text
     * @param pointer a JSON pointer ({@code /criteria/2})
     * @return where the value (or property name) starts, or null when the text does not have it or cannot be read
     *         that far
     */
    public static TokenStreamLocation locate(TokenStreamFactory factory, byte[] json, String pointer) {
        try (JsonParser parser = factory.createParser(json)) {
            return locate(parser, pointer);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static TokenStreamLocation locate(JsonParser parser, String pointer) {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY
                    && pointer.equals(parser.streamReadContext().pathAsPointer().toString())) {
                return parser.currentTokenLocation();
            }
        }
        return null;
    }

    /**
     * Where each element of the array at {@code arrayPointer} starts, in order, in one pass over {@code json}: what
     * {@link #locate} gives for each index, without reading the text once per element. Empty when the text does not
     * have that array or cannot be read that far.
     */
    public static List<TokenStreamLocation> elements(JsonMapper mapper, byte[] json, String arrayPointer) {
        List<TokenStreamLocation> starts = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.streamReadContext().pathAsPointer().toString();
                if (pointer.startsWith(arrayPointer + "/") && pointer.indexOf('/', arrayPointer.length() + 1) < 0) {
                    starts.add(parser.currentTokenLocation());
                    parser.skipChildren();
                } else if (!(arrayPointer + "/").startsWith(pointer + "/") && !pointer.isEmpty()) {
                    parser.skipChildren(); // not on the way to the array
                }
            }
        } catch (JacksonException e) {
            return starts;
        }
        return starts;
    }
}
