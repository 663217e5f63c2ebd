package org.grille.engine.catalog;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

/**
 * {@value PrecompiledModel#RULES}: each rule's metadata, written when the catalog's jar is built and read when it is
 * loaded. Both sides use the streaming parser and generator, so a service's start does not load Jackson's data binding.
 * The file is the build's own output, not a user's: anything unexpected in it is a broken jar, not a message.
 */
final class PrecompiledRules {

    private static final JsonFactory FACTORY = new JsonFactory();

    private PrecompiledRules() {
    }

    /** Writes the rules as an array of objects, one field per {@link RuleInfo} component; ids as objects {@code {"id": …}}. */
    static void write(List<RuleInfo> rules, OutputStream out) {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartArray();
            for (RuleInfo rule : rules) {
                json.writeStartObject();
                json.writeStringProperty("name", rule.name());
                json.writeStringProperty("file", rule.file());
                json.writeNumberProperty("line", rule.line());
                json.writeNumberProperty("order", rule.order());
                json.writeStringProperty("kind", rule.kind() == null ? null : rule.kind().name());
                json.writeStringProperty("gate", rule.gate());
                writeId(json, "criterion", rule.criterion() == null ? null : rule.criterion().id());
                writeId(json, "objective", rule.objective() == null ? null : rule.objective().id());
                json.writeNumberProperty("points", rule.points());
                json.writeStringProperty("reasonKey", rule.reasonKey());
                json.writeStringProperty("source", rule.source());
                json.writeStringProperty("titleEn", rule.titleEn());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
    }

    private static void writeId(JsonGenerator json, String name, String id) {
        json.writeName(name);
        if (id == null) {
            json.writeNull();
        } else {
            json.writeStartObject();
            json.writeStringProperty("id", id);
            json.writeEndObject();
        }
    }

    /** The rules written by {@link #write}, in order. */
    static List<RuleInfo> read(InputStream in) {
        List<RuleInfo> rules = new ArrayList<>();
        try (JsonParser json = FACTORY.createParser(in)) {
            expect(json.nextToken(), JsonToken.START_ARRAY);
            while (json.nextToken() == JsonToken.START_OBJECT) {
                rules.add(rule(json));
            }
            expect(json.currentToken(), JsonToken.END_ARRAY);
        }
        return rules;
    }

    private static RuleInfo rule(JsonParser json) {
        String name = null;
        String file = null;
        int line = 0;
        int order = 0;
        RuleKind kind = null;
        String gate = null;
        String criterion = null;
        String objective = null;
        int points = 0;
        String reasonKey = null;
        String source = null;
        String titleEn = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "name" -> name = json.getValueAsString();
                case "file" -> file = json.getValueAsString();
                case "line" -> line = json.getIntValue();
                case "order" -> order = json.getIntValue();
                case "kind" -> kind = json.currentToken() == JsonToken.VALUE_NULL ? null : RuleKind.valueOf(json.getString());
                case "gate" -> gate = json.getValueAsString();
                case "criterion" -> criterion = id(json);
                case "objective" -> objective = id(json);
                case "points" -> points = json.getIntValue();
                case "reasonKey" -> reasonKey = json.getValueAsString();
                case "source" -> source = json.getValueAsString();
                case "titleEn" -> titleEn = json.getValueAsString();
                default -> throw new IllegalStateException(PrecompiledModel.RULES + " has an unknown field " + field
                        + "; the catalog jar was built by another version of the engine");
            }
        }
        return new RuleInfo(name, file, line, order, kind, gate, criterion == null ? null : Criterion.of(criterion),
                objective == null ? null : Objective.of(objective), points, reasonKey, source, titleEn);
    }

    /** An id written as {@code {"id": "…"}}, or null. */
    private static String id(JsonParser json) {
        if (json.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(json.currentToken(), JsonToken.START_OBJECT);
        String id = null;
        while (json.nextToken() == JsonToken.PROPERTY_NAME) {
            json.nextToken();
            if (!"id".equals(json.currentName())) {
                throw new IllegalStateException(PrecompiledModel.RULES + " has an id with a field " + json.currentName());
            }
            id = json.getString();
        }
        return id;
    }

    private static void expect(JsonToken token, JsonToken expected) {
        if (token != expected) {
            throw new IllegalStateException(PrecompiledModel.RULES + " is not what the engine writes: " + token
                    + " where " + expected + " was expected");
        }
    }
}
