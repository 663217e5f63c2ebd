package org.grille.cli;

import org.grille.api.Assessment;
import org.grille.api.Rejection;
import tools.jackson.databind.json.JsonMapper;

/** One-line JSON for the streaming output. */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonOutput.LINE;

    private JsonLines() {
    }

    static String assessment(Assessment assessment) {
        return MAPPER.writeValueAsString(assessment);
    }

    static String rejection(Rejection rejection) {
        return MAPPER.writeValueAsString(rejection);
    }
}
