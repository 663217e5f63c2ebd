package org.grille.engine.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchHandler;
import org.grille.api.BatchResult;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.engine.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Jackson 3 reads and writes the application and assessment records directly; this class makes reading
 * strict (no unknown field, no "12" for 12, no 1.5 for an integer, no number for an enum) and turns every
 * Jackson error into a {@link FieldViolation} with a JSON path, a line and a column, in plain words.
 */
public final class JacksonJsonCodec implements JsonCodec {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** Reads one value at a time from a stream of entries, so the rest of the stream is not "trailing". */
    private static final ObjectReader ENTRY_READER = MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Messages messages;

    public JacksonJsonCodec(Messages messages) {
        this.messages = messages;
    }

    @Override
    public Application readApplication(String json) {
        try {
            return MAPPER.readValue(json, Application.class);
        } catch (JacksonException e) {
            FieldViolation violation = violation("$", e, json.getBytes(StandardCharsets.UTF_8), "");
            throw new InvalidApplicationException(null, messages.get("json.unreadable"), List.of(violation));
        }
    }

    @Override
    public ApplicationBatch readBatch(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireUtf8(bytes);
        List<Application> applications = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        read(MAPPER.createParser(bytes), bytes, new BatchHandler() {
            @Override
            public void application(int index, Application application) {
                applications.add(application);
            }

            @Override
            public void rejection(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        return new ApplicationBatch(applications, rejections);
    }

    @Override
    public void readEach(InputStream in, BatchHandler handler) {
        read(MAPPER.createParser(in), null, handler);
    }

    /**
     * Reads an array of applications, an {@code {"applications": [...]}} object or a single application.
     * {@code bytes}, when the whole text is at hand, lets an error inside an entry give its own line.
     */
    private void read(JsonParser parser, byte[] bytes, BatchHandler handler) {
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readEntries(parser, new Entries("$", "", bytes, handler));
            } else if (first == JsonToken.START_OBJECT) {
                TokenStreamLocation start = parser.currentTokenLocation();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.PROPERTY_NAME && "applications".equals(parser.currentName())) {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw unusable("$.applications", "json.notBatch", parser.currentTokenLocation());
                    }
                    readEntries(parser, new Entries("$.applications", "/applications", bytes, handler));
                    if (parser.nextToken() != JsonToken.END_OBJECT) {
                        throw unusable("$", "json.notBatch", parser.currentTokenLocation());
                    }
                } else {
                    ObjectNode single = MAPPER.createObjectNode();
                    while (token == JsonToken.PROPERTY_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        single.set(name, ENTRY_READER.<JsonNode>readValue(parser));
                        token = parser.nextToken();
                    }
                    new Entries("$", "", bytes, handler).add(single, 0, start, true);
                }
            } else {
                throw unusable("$", first == null ? "json.emptyBatch" : "json.notBatch", parser.currentTokenLocation());
            }
            if (parser.nextToken() != null) {
                throw unusable("$", "json.trailing", parser.currentTokenLocation());
            }
        } catch (JacksonException e) {
            String original = String.valueOf(e.getOriginalMessage());
            if (original.contains("Invalid UTF-8") && e.getLocation() != null) {
                String message = messages.get("json.notUtf8", Math.max(0, e.getLocation().getByteOffset()));
                throw new InvalidApplicationException(null, message, List.of(new FieldViolation("$", message,
                        Math.max(0, e.getLocation().getLineNr()), Math.max(0, e.getLocation().getColumnNr()))));
            }
            throw new InvalidApplicationException(null, messages.get("json.unreadable"),
                    List.of(violation("$", e, bytes == null ? new byte[0] : bytes, "")));
        }
    }

    private void readEntries(JsonParser parser, Entries entries) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            TokenStreamLocation start = parser.currentTokenLocation();
            JsonNode node = ENTRY_READER.readValue(parser);
            entries.add(node, index++, start, false);
        }
        if (index == 0) {
            throw unusable(entries.arrayPath, "json.emptyBatch", parser.currentTokenLocation());
        }
    }

    /** Reads entries one by one; a bad one becomes a rejection, a duplicate id too. */
    private final class Entries {
        private final String arrayPath;
        private final String arrayPointer;
        private final byte[] bytes;
        private final BatchHandler handler;
        private final Map<String, Integer> seenIds = new HashMap<>();

        Entries(String arrayPath, String arrayPointer, byte[] bytes, BatchHandler handler) {
            this.arrayPath = arrayPath;
            this.arrayPointer = arrayPointer;
            this.bytes = bytes;
            this.handler = handler;
        }

        void add(JsonNode node, int index, TokenStreamLocation start, boolean single) {
            String path = single ? arrayPath : arrayPath + "[" + index + "]";
            String id = node.isObject() && node.get("id") != null && node.get("id").isString() ? node.get("id").asString() : null;
            int line = start == null ? 0 : start.getLineNr();
            int column = start == null ? 0 : start.getColumnNr();
            if (!node.isObject()) {
                handler.rejection(new Rejection(index, null, messages.get("json.entryNotObject"),
                        List.of(new FieldViolation(path, messages.get("json.entryNotObject"), line, column))));
                return;
            }
            Application application;
            try {
                application = MAPPER.treeToValue(node, Application.class);
            } catch (JacksonException e) {
                FieldViolation violation = bytes == null
                        ? new FieldViolation(path + JsonPaths.of(e.getPath()), describe(e), line, column)
                        : violation(path, e, bytes, single ? arrayPointer : arrayPointer + "/" + index);
                handler.rejection(new Rejection(index, id, messages.get("application.unreadable", id == null ? "?" : id), List.of(violation)));
                return;
            }
            if (id != null) {
                Integer first = seenIds.putIfAbsent(id, index);
                if (first != null) {
                    String message = messages.get("json.duplicateId", id, first);
                    handler.rejection(new Rejection(index, id, message, List.of(new FieldViolation(path + ".id", message, line, 0))));
                    return;
                }
            }
            handler.application(index, application);
        }
    }

    /** Rejects bytes that are not UTF-8, naming the offset of the first bad byte. */
    private void requireUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        if (result.isError()) {
            String message = messages.get("json.notUtf8", in.position());
            throw new InvalidApplicationException(null, message, List.of(new FieldViolation("$", message, 0, 0)));
        }
    }

    private InvalidApplicationException unusable(String path, String key, TokenStreamLocation at) {
        String message = messages.get(key);
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        return new InvalidApplicationException(null, message, List.of(new FieldViolation(path, message, line, column)));
    }

    /**
     * A violation for a Jackson error: its JSON path under {@code prefix}, and its line and column, looked up in
     * {@code text} under {@code pointerPrefix} when Jackson did not keep them.
     */
    FieldViolation violation(String prefix, JacksonException e, byte[] text, String pointerPrefix) {
        String path = prefix + JsonPaths.of(e.getPath());
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() <= 0) {
            at = JsonPaths.locate(MAPPER, text, pointerPrefix + JsonPaths.pointer(e.getPath()));
        }
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new FieldViolation(path, describe(e), line, column);
    }

    private String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return messages.get("json.unknownField", u.getPropertyName(), String.join(", ", known));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            return messages.get("json.enumValue", String.valueOf(f.getValue()), Arrays.toString(f.getTargetType().getEnumConstants()));
        }
        if (e instanceof InvalidFormatException f) {
            return messages.get("json.invalidValue", String.valueOf(f.getValue()), typeName(f.getTargetType()));
        }
        if (e instanceof InputCoercionException) {
            return messages.get("json.numberRange");
        }
        if (e instanceof MismatchedInputException m) {
            return messages.get("json.wrongType", typeName(m.getTargetType()));
        }
        if (e instanceof StreamReadException) {
            return messages.get("json.malformed", e.getOriginalMessage());
        }
        return messages.get("json.invalid", e.getOriginalMessage());
    }

    private String typeName(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return messages.get("type.integer");
        }
        if (type == Double.class || type == double.class) {
            return messages.get("type.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return messages.get("type.boolean");
        }
        if (type == String.class) {
            return messages.get("type.text");
        }
        if (type == java.time.LocalDate.class) {
            return messages.get("type.date");
        }
        if (List.class.isAssignableFrom(type)) {
            return messages.get("type.list");
        }
        if (type.isEnum()) {
            return messages.get("type.enum", Arrays.toString(type.getEnumConstants()));
        }
        return messages.get("type.object", type.getSimpleName());
    }

    @Override
    public String writeApplication(Application application) {
        return MAPPER.writeValueAsString(application);
    }

    @Override
    public String writeAssessment(Assessment assessment) {
        return MAPPER.writeValueAsString(assessment);
    }

    @Override
    public void writeBatchResult(BatchResult result, OutputStream out) {
        MAPPER.writeValue(out, result);
    }
}
