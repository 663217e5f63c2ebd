package org.grille.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Function;
import org.grille.api.CatalogInfo;
import org.grille.api.Criterion;
import org.grille.api.application.Objective;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The one JSON writer of every command's output ({@code --format json}, {@code --stream}, the register, 360Giving):
 * one configuration, so an assessment reads the same wherever it is written. A criterion or an objective is written
 * as its id ({@code "NEWCOMER_RIGHTS"}), as a value and as a map key, the way the api's {@code JsonCodec} writes it;
 * an assessment's catalog is its id, version and fingerprint, its rubric being the catalog's.
 */
public final class JsonOutput {

    /** Indented documents; leaves the stream open, so a command can still write to it. */
    public static final JsonMapper DOCUMENT = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(rubricIds())
            .build();

    /** One object per line ({@code --stream}, the register). */
    public static final JsonMapper LINE = DOCUMENT.rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonOutput() {
    }

    private static SimpleModule rubricIds() {
        SimpleModule module = new SimpleModule("grille-cli-rubric-ids");
        module.addSerializer(Criterion.class, new IdWriter<>(Criterion::id));
        module.addSerializer(Objective.class, new IdWriter<>(Objective::id));
        module.setMixInAnnotation(CatalogInfo.class, CatalogWithoutRubric.class);
        return module;
    }

    @JsonIgnoreProperties({"rubric"})
    private abstract static class CatalogWithoutRubric {
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
