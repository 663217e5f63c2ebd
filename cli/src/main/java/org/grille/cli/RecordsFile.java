package org.grille.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The decision records of a call, one JSON object per line, only ever added to. Each record carries the SHA-256 of the
 * line before it ({@code previous}), so that a record changed, removed or put in another order afterwards breaks the
 * chain, and {@code recheck} says where. Appending writes the whole file anew through {@link AtomicOutput}, the older
 * lines copied byte for byte: a failed write leaves the file as it was.
 */
final class RecordsFile {

    /** Far beyond a call's records, re-decided many times. */
    static final long MAX_BYTES = 512L << 20;

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** One line of the file, as written, and what it says. */
    record Line(int number, String text, JsonNode record) {
    }

    private RecordsFile() {
    }

    /**
     * Every record of the file, in order; an empty list for a file that does not exist yet.
     *
     * @throws UsageException for a file that is not a records file, naming the line
     */
    static List<Line> read(Path file, Text text) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageException(text.get("records.notAFile", file));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new UsageException(text.get("records.tooLarge", file, MAX_BYTES >> 20));
        }
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n", -1)) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            JsonNode record;
            try {
                record = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new UsageException(text.get("records.unreadable", file, number));
            }
            if (!record.isObject() || record.path("record").asInt() != DecisionRecord.FORMAT) {
                throw new UsageException(text.get("records.format", file, number, DecisionRecord.FORMAT));
            }
            lines.add(new Line(number, line, record));
        }
        return lines;
    }

    /**
     * The first line whose {@code previous} is not the SHA-256 of the line before it, or 0 when the chain is whole.
     */
    static int brokenAt(List<Line> lines) {
        String previous = null;
        for (Line line : lines) {
            JsonNode said = line.record().get("previous");
            String value = said == null || said.isNull() ? null : said.asString();
            if (!java.util.Objects.equals(value, previous)) {
                return line.number();
            }
            previous = DecisionRecord.sha256(line.text());
        }
        return 0;
    }

    /** Adds the records after the existing lines, chained to them. */
    static void append(Path file, List<Line> existing, List<ObjectNode> records) {
        StringBuilder content = new StringBuilder();
        String previous = null;
        for (Line line : existing) {
            content.append(line.text()).append('\n');
            previous = DecisionRecord.sha256(line.text());
        }
        for (ObjectNode record : records) {
            record.put("previous", previous);
            String line = JsonOutput.LINE.writeValueAsString(record);
            content.append(line).append('\n');
            previous = DecisionRecord.sha256(line);
        }
        AtomicOutput.write(file, out -> out.write(content.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The records of the last run in the file: the decisions in force. */
    static List<Line> lastRun(List<Line> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        String run = lines.get(lines.size() - 1).record().path("run").asString();
        return lines.stream().filter(l -> run.equals(l.record().path("run").asString())).toList();
    }
}
