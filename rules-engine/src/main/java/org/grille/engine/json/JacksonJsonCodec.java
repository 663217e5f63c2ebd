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
import java.util.Objects;
import org.grille.api.ApplicationBatch;
import org.grille.api.Assessment;
import org.grille.api.BatchHandler;
import org.grille.api.BatchResult;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonCodec;
import org.grille.api.JsonLimits;
import org.grille.api.Rejection;
import org.grille.api.application.Application;
import org.grille.engine.messages.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 3 reads and writes the application and assessment records directly; this class makes reading
 * strict (no unknown field, no "12" for 12, no 1.5 for an integer, no number for an enum) and turns every
 * Jackson error into a {@link FieldViolation} with a JSON path, a line and a column, in plain words. Each entry is
 * first read by {@link BoundedTreeReader}, which enforces the {@link JsonLimits} and rejects duplicate keys and
 * non-finite numbers for that entry alone.
 */
public final class JacksonJsonCodec implements JsonCodec {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JacksonJsonCodec.class);

    static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(org.grille.engine.json.RubricIds.module())
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
    private static final JsonMapper LINE_MAPPER = MAPPER.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();

    private final Messages messages;
    private final JsonLimits limits;
    /** Parsers whose own limits sit above {@link #limits}, so that an entry past them is rejected alone. */
    private final JsonFactory parsers;
    private final BoundedTreeReader trees;

    public JacksonJsonCodec(Messages messages) {
        this(messages, JsonLimits.DEFAULTS);
    }

    /** The limits this codec enforces: two codecs with equal limits read the same text alike. */
    public JsonLimits limits() {
        return limits;
    }

    public JacksonJsonCodec(Messages messages, JsonLimits limits) {
        this.messages = messages;
        this.limits = limits;
        this.parsers = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(JsonLimits.PARSER_MAX_NESTING_DEPTH)
                        .maxStringLength(JsonLimits.PARSER_MAX_STRING_LENGTH)
                        .maxNameLength(JsonLimits.PARSER_MAX_STRING_LENGTH)
                        .build())
                .build();
        this.trees = new BoundedTreeReader(limits, messages);
    }

    @Override
    public Application readApplication(String json) {
        Objects.requireNonNull(json, "json");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        requireSize(bytes.length);
        return readApplication(bytes);
    }

    @Override
    public Application readApplication(InputStream in) {
        byte[] bytes = readBounded(Objects.requireNonNull(in, "json"));
        requireSize(bytes.length);
        requireUtf8(bytes);
        return readApplication(bytes);
    }

    private Application readApplication(byte[] bytes) {
        List<Application> read = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (JsonParser parser = utf8Parser(bytes)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw unusable("$", "json.unreadable", parser.currentTokenLocation());
            }
            new Entries("$", "", bytes, collect(read, rejected)).add(parser, 0, true, false);
            if (parser.nextToken() != null) {
                throw unusable("$", "json.trailing", parser.currentTokenLocation());
            }
        } catch (JacksonException e) {
            throw new InvalidApplicationException(null, messages.get("json.unreadable"), List.of(violation("$", e, bytes, "")));
        }
        if (!rejected.isEmpty()) {
            throw new InvalidApplicationException(null, messages.get("json.unreadable"), rejected.get(0).violations());
        }
        return read.get(0);
    }

    @Override
    public ApplicationBatch readBatch(String json) {
        return readBatch(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public ApplicationBatch readBatch(InputStream in) {
        return readBatch(readBounded(Objects.requireNonNull(in, "json")));
    }

    /** At most one byte more than the limit, so a larger input is refused without being read to its end. */
    private byte[] readBounded(InputStream in) {
        try {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApplicationBatch readBatch(byte[] bytes) {
        requireSize(bytes.length);
        try {
            requireUtf8(bytes);
            List<Application> applications = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            String[] entriesPointer = new String[1];
            read(utf8Parser(bytes), bytes, collect(applications, rejections), entriesPointer);
            return new ApplicationBatch(applications, rejections, positions(bytes, entriesPointer[0]));
        } catch (InvalidApplicationException whole) {
            // a fault the parser cannot step over (a bad byte, a NaN, a NUL): read the entries one by one if it lies
            // inside one of them, so that it costs that application only
            ApplicationBatch recovered = entryByEntry(bytes);
            if (recovered == null) {
                throw whole;
            }
            return recovered;
        }
    }

    /**
     * The batch read entry by entry, each from its own bytes ({@link EntrySpans}); null when the batch cannot be split
     * or when every entry reads alone (then the fault lies between them and the whole document is refused).
     */
    private ApplicationBatch entryByEntry(byte[] bytes) {
        EntrySpans.Entries entries = EntrySpans.of(bytes);
        if (entries == null || entries.spans().isEmpty()) {
            return null;
        }
        String arrayPath = entries.arrayPointer().isEmpty() ? "$" : "$.applications";
        List<Application> applications = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        boolean faultInside = false;
        for (int index = 0; index < entries.spans().size(); index++) {
            EntrySpans.Span span = entries.spans().get(index);
            String path = arrayPath + "[" + index + "]";
            byte[] entry = java.util.Arrays.copyOfRange(bytes, span.start(), span.end());
            int bad = firstBadByte(entry);
            if (bad >= 0) {
                faultInside = true;
                String message = messages.get("json.notUtf8", span.start() + bad);
                int[] at = lineAndColumn(entry, bad, span);
                rejections.add(new Rejection(index, null, messages.get("application.unreadable", "?"),
                        List.of(new FieldViolation(path, message, at[0], at[1]))));
                continue;
            }
            List<Application> read = new ArrayList<>();
            List<Rejection> rejected = new ArrayList<>();
            try {
                read(utf8Parser(entry), entry, collect(read, rejected), new String[1]);
            } catch (InvalidApplicationException e) {
                faultInside = true;
                rejected.add(new Rejection(0, null, messages.get("application.unreadable", "?"), e.violations()));
            }
            for (Rejection rejection : rejected) {
                rejections.add(new Rejection(index, rejection.applicationId(), rejection.message(),
                        rejection.violations().stream().map(v -> shifted(v, path, span)).toList()));
            }
            for (Application application : read) {
                Integer first = application.id() == null ? null : seenIds.putIfAbsent(application.id(), index);
                if (first != null) {
                    String message = messages.get("json.duplicateId", application.id(), first);
                    rejections.add(new Rejection(index, application.id(), message,
                            List.of(new FieldViolation(path + ".id", message, span.line(), 0))));
                } else {
                    applications.add(application);
                }
            }
        }
        if (!faultInside) {
            return null;
        }
        LOG.debug("Batch read entry by entry: {} applications, {} rejected", applications.size(), rejections.size());
        return new ApplicationBatch(applications, rejections, (index, violation) -> {
            if (violation.line() > 0 || violation.path() == null || !violation.path().startsWith("$")) {
                return violation;
            }
            EntrySpans.Span span = entries.spans().get(index);
            byte[] entry = java.util.Arrays.copyOfRange(bytes, span.start(), span.end());
            TokenStreamLocation at = JsonPaths.locate(MAPPER, entry, JsonPaths.pointerOf(violation.path()));
            if (at == null || at.getLineNr() <= 0) {
                return violation;
            }
            FieldViolation located = new FieldViolation(violation.path(), violation.message(), at.getLineNr(), at.getColumnNr());
            return shifted(located, "$", span);
        });
    }

    /** A violation read in an entry's own bytes, with its path under {@code path} and its place in the whole text. */
    private static FieldViolation shifted(FieldViolation violation, String path, EntrySpans.Span span) {
        String inEntry = violation.path() == null ? "" : violation.path().startsWith("$") ? violation.path().substring(1)
                : violation.path();
        if (violation.line() <= 0) {
            return new FieldViolation(path + inEntry, violation.message(), span.line(), span.column());
        }
        int line = span.line() + violation.line() - 1;
        int column = violation.line() == 1 ? span.column() + violation.column() - 1 : violation.column();
        return new FieldViolation(path + inEntry, violation.message(), line, column);
    }

    /** The line and column in the whole text of {@code offset} in {@code entry}, counting only the entry's bytes. */
    private static int[] lineAndColumn(byte[] entry, int offset, EntrySpans.Span span) {
        int line = span.line();
        int lineStart = -1;
        for (int i = 0; i < offset && i < entry.length; i++) {
            if (entry[i] == '\n') {
                line++;
                lineStart = i;
            }
        }
        return new int[] {line, lineStart < 0 ? span.column() + offset : offset - lineStart};
    }

    /** The offset of the first byte that is not UTF-8, or -1. */
    private static int firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, CharBuffer.allocate(bytes.length), true);
        return result.isError() ? in.position() : -1;
    }

    @Override
    public void readEach(InputStream in, BatchHandler handler) {
        Objects.requireNonNull(in, "json");
        Objects.requireNonNull(handler, "handler");
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in);
        byte[] start;
        try {
            buffered.mark(4);
            start = buffered.readNBytes(4);
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        read(utf8Parser(start, buffered), null, handler, new String[1]);
    }

    /**
     * Positions looked up in the text when a problem is found after reading: one scan of the entry, by JSON pointer,
     * only for the few values that have a problem.
     *
     * @param entriesPointer the pointer of the array of entries ("" or "/applications"), or null for a single entry
     */
    private ApplicationBatch.Positions positions(byte[] bytes, String entriesPointer) {
        return (index, violation) -> {
            if (violation.line() > 0 || violation.path() == null || !violation.path().startsWith("$")) {
                return violation;
            }
            String entry = entriesPointer == null ? "" : entriesPointer + "/" + index;
            TokenStreamLocation at = JsonPaths.locate(MAPPER, bytes, entry + JsonPaths.pointerOf(violation.path()));
            if (at == null || at.getLineNr() <= 0) {
                return violation;
            }
            return new FieldViolation(violation.path(), violation.message(), at.getLineNr(), at.getColumnNr());
        };
    }

    private static BatchHandler collect(List<Application> applications, List<Rejection> rejections) {
        return new BatchHandler() {
            @Override
            public void application(int index, Application application) {
                applications.add(application);
            }

            @Override
            public void rejection(Rejection rejection) {
                rejections.add(rejection);
            }
        };
    }

    private void requireSize(long bytes) {
        if (bytes > limits.maxDocumentBytes()) {
            String message = messages.get("json.documentTooLarge", limits.maxDocumentBytes());
            throw new InvalidApplicationException(null, message, List.of(new FieldViolation("$", message, 0, 0)));
        }
    }

    /**
     * Reads an array of applications, an {@code {"applications": [...]}} object or a single application.
     * {@code bytes}, when the whole text is at hand, lets an error inside an entry give its own line.
     */
    private void read(JsonParser parser, byte[] bytes, BatchHandler handler, String[] entriesPointer) {
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                entriesPointer[0] = "";
                readEntries(parser, new Entries("$", "", bytes, handler));
            } else if (first == JsonToken.START_OBJECT) {
                TokenStreamLocation start = parser.currentTokenLocation();
                JsonToken token = parser.nextToken();
                if (token == JsonToken.PROPERTY_NAME && "applications".equals(parser.currentName())) {
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw unusable("$.applications", "json.notBatch", parser.currentTokenLocation());
                    }
                    entriesPointer[0] = "/applications";
                    readEntries(parser, new Entries("$.applications", "/applications", bytes, handler));
                    if (parser.nextToken() != JsonToken.END_OBJECT) {
                        throw unusable("$", "json.notBatch", parser.currentTokenLocation());
                    }
                } else {
                    new Entries("$", "", bytes, handler).add(parser, 0, true, true, start);
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
            entries.add(parser, index++, false, false);
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
        private final FirstIndexes seenIds = new FirstIndexes();

        Entries(String arrayPath, String arrayPointer, byte[] bytes, BatchHandler handler) {
            this.arrayPath = arrayPath;
            this.arrayPointer = arrayPointer;
            this.bytes = bytes;
            this.handler = handler;
        }

        /** Reads the entry at the parser's current token. */
        void add(JsonParser parser, int index, boolean single, boolean insideObject) {
            add(parser, index, single, insideObject, parser.currentTokenLocation());
        }

        void add(JsonParser parser, int index, boolean single, boolean insideObject, TokenStreamLocation start) {
            String path = single ? arrayPath : arrayPath + "[" + index + "]";
            int line = start == null ? 0 : start.getLineNr();
            int column = start == null ? 0 : start.getColumnNr();
            BoundedTreeReader.Entry entry = trees.read(parser, insideObject, start);
            if (entry.violation() != null) {
                handler.rejection(new Rejection(index, null, messages.get("application.unreadable", "?"),
                        List.of(entry.violation())));
                return;
            }
            JsonNode node = entry.node();
            String id = node.isObject() && node.get("id") != null && node.get("id").isString() ? node.get("id").asString() : null;
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
                int first = seenIds.putIfAbsent(id, index);
                if (first >= 0) {
                    String message = messages.get("json.duplicateId", id, first);
                    handler.rejection(new Rejection(index, id, message, List.of(new FieldViolation(path + ".id", message, line, 0))));
                    return;
                }
            }
            handler.application(index, application);
        }
    }

    /**
     * A parser of UTF-8 text. Jackson guesses UTF-16 or UTF-32 from NUL bytes among the first four, and fails on
     * some with an exception of its own; JSON text never holds a raw NUL, so such a start is refused here, with its
     * place, before Jackson guesses.
     */
    private JsonParser utf8Parser(byte[] bytes) {
        refuseNulAtStart(bytes);
        return parsers.createParser(bytes);
    }

    private JsonParser utf8Parser(byte[] start, InputStream rest) {
        refuseNulAtStart(start);
        return parsers.createParser(rest);
    }

    private void refuseNulAtStart(byte[] bytes) {
        for (int i = 0; i < Math.min(4, bytes.length); i++) {
            if (bytes[i] == 0) {
                String message = messages.get("json.nul", i + 1);
                throw new InvalidApplicationException(null, message, List.of(new FieldViolation("$", message, 1, i + 1)));
            }
        }
    }

    /** Rejects bytes that are not UTF-8, naming the offset of the first bad byte. */
    private void requireUtf8(byte[] bytes) {
        int bad = firstBadByte(bytes);
        if (bad >= 0) {
            String message = messages.get("json.notUtf8", bad);
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
            return messages.get("json.malformed", syntax(String.valueOf(e.getOriginalMessage())));
        }
        LOG.debug("Jackson said: {}", e.getOriginalMessage());
        return messages.get("json.invalid");
    }

    private String syntax(String original) {
        return JsonErrors.syntax(original, messages);
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
        if (type == org.grille.api.application.Objective.class) {
            return messages.get("type.objectiveId");
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
    public String writeAssessmentLine(Assessment assessment) {
        return LINE_MAPPER.writeValueAsString(assessment);
    }

    @Override
    public void writeBatchResult(BatchResult result, OutputStream out) {
        MAPPER.writeValue(out, result);
    }
}
