package org.grille.cli;

import java.io.Writer;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** One-line JSON for the streaming output: the one writer's line form, leaving flushing to the stream's owner. */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonOutput.LINE.rebuild()
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            .build();

    private JsonLines() {
    }

    /** The value's one-line JSON into {@code out}, which is neither flushed nor closed. */
    static void write(Object value, Writer out) {
        MAPPER.writeValue(out, value);
    }
}
