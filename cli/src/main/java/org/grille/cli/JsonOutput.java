package org.grille.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.function.Function;
import org.grille.api.Assessment;
import org.grille.api.CatalogInfo;
import org.grille.api.Criterion;
import org.grille.api.JsonCodec;
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
 * one configuration for the command line's own documents. An assessment inside them is written by the api's
 * {@link JsonCodec}, the writer an embedder uses, so its format has one source. Elsewhere a criterion or an objective
 * is written as its id ({@code "NEWCOMER_RIGHTS"}), as a value and as a map key, the way the codec writes it; a
 * catalog is its id, version and fingerprint, its rubric being the catalog's.
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
        module.addSerializer(Assessment.class, new AssessmentWriter());
        return module;
    }

    /** Hands an assessment to the api's codec: as it is on one line, and read back into the indented documents. */
    private static final class AssessmentWriter extends ValueSerializer<Assessment> {
        @Override
        public void serialize(Assessment assessment, JsonGenerator generator, SerializationContext context) {
            String line = Codec.JSON.writeAssessmentLine(assessment);
            if (generator.getPrettyPrinter() == null) {
                generator.writeRawValue(line);
            } else {
                generator.writeTree(DOCUMENT.readTree(line));
            }
        }
    }

    /** Made on first use: only the commands that write assessments need the engine's codec. */
    private static final class Codec {
        static final JsonCodec JSON = JsonCodec.standard();
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
