package org.grille.engine.json;

import java.util.ArrayList;
import java.util.List;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonLimits;
import org.grille.engine.messages.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON file of flat records other than applications (reviews, reviewers): an array of objects, or an object
 * whose one field {@code field} is that array. Each entry is read with the same limits and the same tree reader as an
 * application, so an entry past a limit, with a duplicate key or that is not an object costs that entry only; a file
 * that does not parse is refused whole, with the place of the fault.
 */
public final class JsonRecords {

    /** One entry: its tree, or the problem that stopped it (then {@code node} is null). */
    public record Entry(int index, JsonNode node, FieldViolation violation) {
    }

    private final byte[] bytes;
    private final String arrayPath;
    private final String arrayPointer;
    private final List<Entry> entries;

    private JsonRecords(byte[] bytes, String arrayPath, String arrayPointer, List<Entry> entries) {
        this.bytes = bytes;
        this.arrayPath = arrayPath;
        this.arrayPointer = arrayPointer;
        this.entries = entries;
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads {@code bytes}, already bounded by the caller to {@code limits.maxDocumentBytes()}. Past {@code maxEntries}
     * entries, the rest are skipped without being built and one last entry says so.
     *
     * @throws InvalidApplicationException when the file as a whole cannot be read
     */
    public static JsonRecords read(byte[] bytes, String field, JsonLimits limits, int maxEntries, Messages messages) {
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                // Jackson would guess UTF-16 or UTF-32 from it; JSON text never holds a raw NUL
                throw whole(messages.get("json.nul", i + 1), "$", null);
            }
        }
        JsonFactory parsers = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(JsonLimits.PARSER_MAX_NESTING_DEPTH)
                        .maxStringLength(JsonLimits.PARSER_MAX_STRING_LENGTH)
                        .maxNameLength(JsonLimits.PARSER_MAX_STRING_LENGTH)
                        .build())
                .build();
        BoundedTreeReader trees = new BoundedTreeReader(limits, messages);
        List<Entry> entries = new ArrayList<>();
        String arrayPath = "$";
        String arrayPointer = "";
        try (JsonParser parser = parsers.createParser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.PROPERTY_NAME
                    && field.equals(parser.currentName()) && parser.nextToken() == JsonToken.START_ARRAY) {
                arrayPath = "$." + field;
                arrayPointer = "/" + field;
            } else if (first != JsonToken.START_ARRAY) {
                throw whole(messages.get("records.notList", field), "$", parser.currentTokenLocation());
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                TokenStreamLocation start = parser.currentTokenLocation();
                if (index == maxEntries) {
                    String message = messages.get("records.tooMany", maxEntries);
                    entries.add(new Entry(index, null, new FieldViolation(arrayPath + "[" + index + "]", message,
                            start.getLineNr(), start.getColumnNr())));
                }
                if (index >= maxEntries) {
                    parser.skipChildren();
                    index++;
                    continue;
                }
                BoundedTreeReader.Entry entry = trees.read(parser, false, start);
                if (entry.violation() != null) {
                    entries.add(new Entry(index, null, entry.violation()));
                } else if (!entry.node().isObject()) {
                    String message = messages.get("records.entryNotObject");
                    entries.add(new Entry(index, null, new FieldViolation(arrayPath + "[" + index + "]", message,
                            start.getLineNr(), start.getColumnNr())));
                } else {
                    entries.add(new Entry(index, entry.node(), null));
                }
                index++;
            }
            if (!arrayPointer.isEmpty() && parser.nextToken() != JsonToken.END_OBJECT) {
                throw whole(messages.get("records.notList", field), "$", parser.currentTokenLocation());
            }
            if (parser.nextToken() != null) {
                throw whole(messages.get("json.trailing"), "$", parser.currentTokenLocation());
            }
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String message = messages.get("json.malformed", JsonErrors.syntax(String.valueOf(e.getOriginalMessage()), messages));
            throw whole(message, "$", at);
        }
        return new JsonRecords(bytes, arrayPath, arrayPointer, entries);
    }

    /** The path of {@code name} in entry {@code index}: {@code $.reviews[3].score}. */
    public String path(int index, String name) {
        return arrayPath + "[" + index + "]" + (name == null ? "" : "." + name.replaceAll("/(\\d+)", "[$1]"));
    }

    /** A problem with field {@code name} of entry {@code index} (or the entry itself when null), at its place in the file. */
    public FieldViolation at(int index, String name, String message) {
        String pointer = arrayPointer + "/" + index + (name == null ? "" : "/" + name);
        TokenStreamLocation at = JsonPaths.locate(JacksonJsonCodec.MAPPER, bytes, pointer);
        if (at == null && name != null) {
            at = JsonPaths.locate(JacksonJsonCodec.MAPPER, bytes, arrayPointer + "/" + index);
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new FieldViolation(path(index, name), message, line, column);
    }

    private static InvalidApplicationException whole(String message, String path, TokenStreamLocation at) {
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new InvalidApplicationException(null, message, List.of(new FieldViolation(path, message, line, column)));
    }
}
