package org.grille.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Writer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** One-line JSON for the streaming output. */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private JsonLines() {
    }

    /** The value's one-line JSON into {@code out}, which is neither flushed nor closed. */
    static void write(Object value, Writer out) {
        MAPPER.writeValue(out, value);
    }
}
