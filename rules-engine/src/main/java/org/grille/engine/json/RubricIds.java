package org.grille.engine.json;

import java.util.function.Function;
import org.grille.api.CatalogInfo;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * How JSON writes the rubric's ids: a criterion or an objective is its id as a plain string ({@code "NEWCOMER_RIGHTS"}),
 * as a value and as a map key, so assessments, applications and the manifest read as before the grid became catalog
 * data. Whether the catalog declares an id is checked where the catalog is known, not here. An assessment's catalog
 * is written as its id, version and fingerprint: its rubric is the catalog's, not the assessment's.
 */
public final class RubricIds {

    private RubricIds() {
    }

    /** The module that reads and writes {@link Criterion} and {@link Objective} as their ids. */
    public static SimpleModule module() {
        SimpleModule module = new SimpleModule("grille-rubric-ids");
        module.addDeserializer(Criterion.class, new IdReader<>(Criterion.class, Criterion::new));
        module.addDeserializer(Objective.class, new IdReader<>(Objective.class, Objective::new));
        module.addKeyDeserializer(Criterion.class, new IdKeyReader<>(Criterion.class, Criterion::new));
        module.addKeyDeserializer(Objective.class, new IdKeyReader<>(Objective.class, Objective::new));
        module.addSerializer(Criterion.class, new IdWriter<>(Criterion::id));
        module.addSerializer(Objective.class, new IdWriter<>(Objective::id));
        module.setMixInAnnotation(CatalogInfo.class, CatalogWithoutRubric.class);
        return module;
    }

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"rubric"})
    private abstract static class CatalogWithoutRubric {
    }

    private static final class IdReader<T> extends ValueDeserializer<T> {
        private final Class<T> type;
        private final Function<String, T> make;

        IdReader(Class<T> type, Function<String, T> make) {
            this.type = type;
            this.make = make;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return context.reportInputMismatch(type, "an id is a string");
            }
            String text = parser.getString();
            if (!Criterion.isId(text)) {
                throw context.weirdStringException(text, type, "not an id");
            }
            return make.apply(text);
        }
    }

    private static final class IdKeyReader<T> extends KeyDeserializer {
        private final Class<T> type;
        private final Function<String, T> make;

        IdKeyReader(Class<T> type, Function<String, T> make) {
            this.type = type;
            this.make = make;
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (!Criterion.isId(key)) {
                throw context.weirdKeyException(type, key, "not an id");
            }
            return make.apply(key);
        }
    }

    private static final class IdWriter<T> extends ValueSerializer<T> {
        private final Function<T, String> id;

        IdWriter(Function<T, String> id) {
            this.id = id;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(id.apply(value));
        }
    }
}
