package org.grille.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.funding.CommitteeDecision;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The committee's decisions, from the file its secretary keeps: CSV with the header
 * {@code applicationId,decision,reason,author,date}, or a JSON array of objects with those fields. A decision is
 * {@code fund}, {@code not-fund} or {@code set-aside} (in French {@code financer}, {@code ne-pas-financer},
 * {@code mettre-de-cote}); the reason and the author are required, the date (YYYY-MM-DD) is not.
 *
 * <p>Unlike applications, a file with one bad entry is refused whole, with every problem and its place: a committee
 * decision silently dropped would change the plan without anyone seeing it.
 */
final class DecisionsFile {

    /** Far more than a call's applications; a bigger file is not a decisions file. */
    static final long MAX_BYTES = 8L << 20;
    /** A reason longer than this is pasted by mistake, not written for a letter. */
    static final int MAX_TEXT = 4_000;
    static final List<String> COLUMNS = List.of("applicationId", "decision", "reason", "author", "date");

    private final Text text;
    private final Path file;
    private final List<String> problems = new ArrayList<>();

    private DecisionsFile(Text text, Path file) {
        this.text = text;
        this.file = file;
    }

    /** Every decision of the file, or a {@link UsageException} that lists every problem with its place. */
    static List<CommitteeDecision> read(Path file, Text text) throws IOException {
        return new DecisionsFile(text, file).read();
    }

    private List<CommitteeDecision> read() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(text.get(Files.exists(file) ? "decisions.notAFile" : "decisions.missing", file));
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new UsageException(text.get("decisions.tooLarge", file, MAX_BYTES >> 20));
        }
        byte[] bytes = Files.readAllBytes(file);
        List<CommitteeDecision> decisions = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? csv(bytes) : json(bytes);
        if (!problems.isEmpty()) {
            throw new UsageException(text.get("decisions.refused", file, problems.size()) + "\n  "
                    + String.join("\n  ", problems));
        }
        return decisions;
    }

    private List<CommitteeDecision> csv(byte[] bytes) {
        List<CommitteeDecision> decisions = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (var rows = CsvMapper.builder().build().readerFor(Map.class).with(schema).<Map<String, String>>readValues(bytes)) {
            while (rows.hasNext()) {
                int line = rows.parser().currentLocation().getLineNr(); // where the row starts, quoted line breaks or not
                Map<String, String> row = rows.next();
                List<String> unknown = row.keySet().stream().filter(k -> !COLUMNS.contains(k)).toList();
                if (!unknown.isEmpty()) {
                    problems.add(place(1, 1) + text.get("decisions.unknownColumns", TerminalText.visible(String.join(", ", unknown)),
                            String.join(",", COLUMNS)));
                    return List.of();
                }
                entry(row::get, place(line, 1), decisions);
            }
        } catch (JacksonException e) {
            problems.add(unreadable(e));
        }
        return decisions;
    }

    private List<CommitteeDecision> json(byte[] bytes) {
        List<CommitteeDecision> decisions = new ArrayList<>();
        // one entry at a time: the parser stays on the array, so what follows an entry is not a trailing token
        ObjectMapper mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
        try (JsonParser parser = mapper.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                problems.add(place(parser.currentTokenLocation()) + text.get("decisions.notAnArray"));
                return List.of();
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                TokenStreamLocation at = parser.currentTokenLocation();
                JsonNode node = mapper.readTree(parser);
                String where = place(at) + "$[" + index++ + "]: ";
                List<String> unknown = new ArrayList<>();
                node.propertyNames().forEach(name -> {
                    if (!COLUMNS.contains(name)) {
                        unknown.add(name);
                    }
                });
                if (!unknown.isEmpty()) {
                    problems.add(where + text.get("decisions.unknownColumns", TerminalText.visible(String.join(", ", unknown)),
                            String.join(",", COLUMNS)));
                    continue;
                }
                entry(name -> node.has(name) && !node.get(name).isNull() ? node.get(name).asString() : null, where, decisions);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                problems.add(place(parser.currentTokenLocation()) + text.get("decisions.notAnObject"));
            }
        } catch (JacksonException e) {
            problems.add(unreadable(e));
        }
        return decisions;
    }

    /** One decision, or its problems: every field is checked, so one run names them all. */
    private void entry(java.util.function.Function<String, String> field, String where, List<CommitteeDecision> decisions) {
        int before = problems.size();
        String id = required(field.apply("applicationId"), "applicationId", where);
        CommitteeDecision.Kind kind = kind(field.apply("decision"), where);
        String reason = required(field.apply("reason"), "reason", where);
        String author = required(field.apply("author"), "author", where);
        LocalDate date = date(field.apply("date"), where);
        if (problems.size() == before) {
            decisions.add(new CommitteeDecision(id, kind, reason, author, date));
        }
    }

    private String required(String value, String column, String where) {
        if (value == null || value.isBlank()) {
            problems.add(where + text.get("decisions.required", column));
            return null;
        }
        if (value.length() > MAX_TEXT) {
            problems.add(where + text.get("decisions.tooLong", column, MAX_TEXT));
            return null;
        }
        return value.strip();
    }

    private CommitteeDecision.Kind kind(String value, String where) {
        String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (word) {
            case "fund":
            case "financer":
                return CommitteeDecision.Kind.FUND;
            case "not-fund":
            case "ne-pas-financer":
                return CommitteeDecision.Kind.NOT_FUND;
            case "set-aside":
            case "mettre-de-cote":
                return CommitteeDecision.Kind.SET_ASIDE;
            default:
                problems.add(where + text.get("decisions.kind", TerminalText.visible(value == null ? "" : value)));
                return null;
        }
    }

    private LocalDate date(String value, String where) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(where + text.get("decisions.date", TerminalText.visible(value)));
            return null;
        }
    }

    private String unreadable(JacksonException e) {
        return place(e.getLocation()) + text.get("decisions.unreadable");
    }

    private String place(TokenStreamLocation at) {
        return at == null ? file + ": " : place(at.getLineNr(), Math.max(1, at.getColumnNr()));
    }

    private String place(int line, int column) {
        return file + ":" + line + ":" + column + ": ";
    }
}
