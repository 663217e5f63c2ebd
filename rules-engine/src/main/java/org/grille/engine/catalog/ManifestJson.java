package org.grille.engine.catalog;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds {@code manifest.json} to {@link Manifest} with Jackson's streaming parser: the data-binding layer and its
 * hundreds of classes cost a service's start more than everything else the manifest needs.
 *
 * <p>It accepts, refuses and places exactly what Jackson's data binding did with the settings the manifest was read
 * with (unknown fields refused, the default coercions), so a manifest's mistakes keep their message, path, line and
 * column: a number given as text ({@code "25"}) is read, a fraction given for a whole number is cut, an empty text is
 * no value, a field given twice keeps its last value, an unknown field is reported once the object around it is
 * read, and an error takes the path of the innermost value or container that was being read when it was found.
 */
final class ManifestJson {

    /** The factory every manifest parser comes from; its limits are the streaming parser's defaults. */
    static final JsonFactory FACTORY = new JsonFactory();

    private final JsonParser parser;

    private ManifestJson(JsonParser parser) {
        this.parser = parser;
    }

    /** What is wrong with the text, where Jackson's data binding placed it. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        /** What kind of mistake: the message follows from it. */
        enum Kind { SYNTAX, UNKNOWN_FIELD, INVALID }

        final transient Kind kind;
        /** The path from the root, innermost last: property names and array indexes. */
        final transient List<Object> path = new ArrayList<>();
        /** Where, or null when the place must be found from the path. */
        final transient TokenStreamLocation at;
        /** The parser's own words for a syntax mistake; the field's name for an unknown one. */
        final String detail;
        /** The fields allowed where an unknown one was found. */
        final transient List<String> known;

        Unreadable(Kind kind, TokenStreamLocation at, String detail, List<String> known) {
            super(detail, null, false, false);
            this.kind = kind;
            this.at = at;
            this.detail = detail;
            this.known = known;
        }

        Unreadable under(Object step) {
            path.add(0, step);
            return this;
        }

        /** The path as messages show it: {@code $.criteria[2].maximum}. */
        String path() {
            StringBuilder text = new StringBuilder("$");
            for (Object step : path) {
                text.append(step instanceof Integer ? "[" + step + "]" : "." + step);
            }
            return text.toString();
        }

        /** The same path as a JSON pointer: {@code /criteria/2/maximum}. */
        String pointer() {
            StringBuilder pointer = new StringBuilder();
            for (Object step : path) {
                pointer.append('/').append(step.toString().replace("~", "~0").replace("/", "~1"));
            }
            return pointer.toString();
        }
    }

    /** The manifest, or null for a text that is just {@code null}. */
    static Manifest read(byte[] json) throws Unreadable {
        try (JsonParser parser = FACTORY.createParser(json)) {
            ManifestJson reader = new ManifestJson(parser);
            JsonToken first = reader.next();
            if (first == null) {
                throw new Unreadable(Unreadable.Kind.INVALID, null, "no content", List.of());
            }
            Manifest manifest = (Manifest) reader.value(Manifest.class);
            JsonToken trailing = reader.next();
            if (trailing != null) {
                throw reader.invalid();
            }
            return manifest;
        } catch (JacksonException e) {
            throw new Unreadable(Unreadable.Kind.SYNTAX, e.getLocation(), String.valueOf(e.getOriginalMessage()), List.of());
        }
    }

    /** Where Jackson's data binding placed a document with no value at all. */
    static final int[] NO_CONTENT_PLACE = {1, 0};

    private JsonToken next() throws Unreadable {
        try {
            return parser.nextToken();
        } catch (JacksonException e) {
            throw syntax(e);
        }
    }

    private static Unreadable syntax(JacksonException e) {
        return new Unreadable(Unreadable.Kind.SYNTAX, e.getLocation(), String.valueOf(e.getOriginalMessage()), List.of());
    }

    private Unreadable invalid() {
        return new Unreadable(Unreadable.Kind.INVALID, parser.currentTokenLocation(), "invalid", List.of());
    }

    /** The value at the current token, as {@code type}; a container is read to its end token. */
    private Object value(Type type) throws Unreadable {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            return generic.getRawType() == List.class ? list(arguments[0]) : map(arguments[0], arguments[1]);
        }
        Class<?> raw = (Class<?>) type;
        try {
            if (raw.isRecord() && raw != Criterion.class && raw != Objective.class) {
                return record(raw);
            }
            return ManifestScalars.read(parser, raw);
        } catch (ManifestScalars.Refused refused) {
            throw invalid();
        } catch (JacksonException e) {
            throw syntax(e);
        }
    }

    /**
     * A record: its fields in any order, the last of a field given twice kept. An unknown field is skipped and
     * reported only once the record is built, as the data binding buffered it: a mistake in a known field, or in
     * building the record, comes first.
     */
    private Object record(Class<?> type) throws Unreadable {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw invalid();
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        String unknown = null;
        JsonToken token;
        for (token = next(); token == JsonToken.PROPERTY_NAME; token = next()) {
            String name = parser.currentName();
            int index = indexOf(components, name);
            next();
            if (index < 0) {
                unknown = unknown == null ? name : unknown;
                skipValue();
                continue;
            }
            try {
                values[index] = value(components[index].getGenericType());
            } catch (Unreadable e) {
                throw e.under(name);
            }
        }
        if (token != JsonToken.END_OBJECT) {
            // only a list of texts that read an inner array's first value leaves the parser elsewhere
            throw invalid();
        }
        Object built = build(type, components, values);
        if (unknown != null) {
            List<String> known = new ArrayList<>();
            for (RecordComponent component : components) {
                known.add(component.getName());
            }
            throw new Unreadable(Unreadable.Kind.UNKNOWN_FIELD, null, unknown, known).under(unknown);
        }
        return built;
    }

    private Object build(Class<?> type, RecordComponent[] components, Object[] values) throws Unreadable {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            // a record refusing its values (a null inside a list it copies) is placed at the object's end
            throw invalid();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("A manifest record has its canonical constructor: " + type, e);
        }
    }

    private void skipValue() throws Unreadable {
        try {
            parser.skipChildren();
        } catch (JacksonException e) {
            throw syntax(e);
        }
    }

    private static int indexOf(RecordComponent[] components, String name) {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A list: a mistake in an element is placed under its index. */
    private List<Object> list(Type element) throws Unreadable {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw invalid();
        }
        if (element == String.class) {
            return texts();
        }
        List<Object> values = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            try {
                values.add(value(element));
            } catch (Unreadable e) {
                throw e.under(values.size());
            }
        }
        return values;
    }

    /**
     * A list of texts, read as the data binding's own reader of them did: a syntax mistake is placed under the index
     * it was reading, and an element that is itself an array gives its first value ({@code [["a"]]} reads "a" and
     * leaves the parser at the inner array's end, which the object around then refuses).
     */
    private List<Object> texts() throws Unreadable {
        List<Object> values = new ArrayList<>();
        while (true) {
            try {
                JsonToken token = next();
                if (token == JsonToken.END_ARRAY) {
                    return values;
                }
                if (token == JsonToken.START_ARRAY) {
                    token = next();
                    if (token == null || !token.isScalarValue() || token == JsonToken.VALUE_NULL) {
                        throw invalid();
                    }
                }
                values.add(value(String.class));
            } catch (Unreadable e) {
                throw e.under(values.size());
            }
        }
    }

    /** A map with text or id keys: a key that is not an id is placed at the key, a value's mistake under the key. */
    private Map<Object, Object> map(Type keyType, Type valueType) throws Unreadable {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw invalid();
        }
        Map<Object, Object> values = new LinkedHashMap<>();
        for (token = next(); token == JsonToken.PROPERTY_NAME; token = next()) {
            String name = parser.currentName();
            Object key = name;
            if (keyType == Criterion.class) {
                if (!Criterion.isId(name)) {
                    throw invalid();
                }
                key = new Criterion(name);
            }
            next();
            try {
                values.put(key, value(valueType));
            } catch (Unreadable e) {
                throw e.under(name);
            }
        }
        return values;
    }
}
