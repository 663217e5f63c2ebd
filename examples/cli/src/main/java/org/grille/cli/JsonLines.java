package org.grille.cli;

import org.grille.api.Rejection;
import tools.jackson.databind.json.JsonMapper;

/** One-line JSON for the streaming output. */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLines() {
    }

    static String compact(String json) {
        return MAPPER.readTree(json).toString();
    }

    static String rejection(Rejection rejection) {
        return MAPPER.writeValueAsString(rejection);
    }
}
