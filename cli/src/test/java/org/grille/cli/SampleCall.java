package org.grille.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The 47 sample applications, and calls of any size made from them. */
final class SampleCall {

    static final Path SAMPLES = Path.of("../examples/data/applications.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SampleCall() {
    }

    /** The ids of the sample applications, in file order. */
    static List<String> ids() throws IOException {
        return ids(SAMPLES);
    }

    static List<String> ids(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        for (JsonNode application : JSON.readTree(Files.readString(file))) {
            ids.add(application.get("id").asString());
        }
        return ids;
    }

    /**
     * A call of {@code size} applications: the samples over and over, each copy with its own id, so the scores, gates
     * and explanations are as varied as in the samples.
     */
    static Path ofSize(int size, Path file) throws IOException {
        JsonNode samples = JSON.readTree(Files.readString(SAMPLES));
        ArrayNode call = JSON.createArrayNode();
        for (int i = 0; i < size; i++) {
            ObjectNode copy = (ObjectNode) samples.get(i % samples.size()).deepCopy();
            copy.put("id", String.format("CALL-%05d", i + 1));
            call.add(copy);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, JSON.writeValueAsString(call));
        return file;
    }
}
