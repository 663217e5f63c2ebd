package org.grille.engine.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Rejection;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewBatch;
import org.grille.engine.messages.Messages;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads reviews from the portal's CSV export (RFC 4180, UTF-8, a header row naming the columns in any order). Each
 * cell is read with its line and column, so a problem names the cell; a row with a problem costs that row only. A
 * quoting fault the parser cannot step over ends the reading there: the rows before it are kept and the rest of the
 * file is one rejection that says where.
 */
final class ReviewCsv {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final String REQUIRED_ABSENT = "comment";

    private final ReviewRows rows;
    private final Messages messages;

    ReviewCsv(ReviewRows rows, Messages messages) {
        this.rows = rows;
        this.messages = messages;
    }

    /** One row as read: each cell's text, line and column. */
    private record Row(int line, List<String> cells, List<Integer> columns) {
    }

    ReviewBatch read(byte[] bytes) {
        List<Review> reviews = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Integer> header = null;
        int index = 0;
        try (JsonParser parser = CSV.reader().with(CsvSchema.emptySchema()).createParser(bytes)) {
            parser.nextToken(); // the whole file reads as one array of rows
            Row row;
            while ((row = next(parser)) != null) {
                if (row.cells().stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = header(row);
                    continue;
                }
                if (index == ReviewCommittee.MAX_ENTRIES) {
                    String message = messages.get("records.tooMany", ReviewCommittee.MAX_ENTRIES);
                    rejections.add(new Rejection(index, null, message, List.of(new FieldViolation("", message, row.line(), 1))));
                    break;
                }
                Rejection rejection = add(row, header, index, reviews);
                if (rejection != null) {
                    rejections.add(rejection);
                }
                index++;
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            String message = messages.get("reviews.csvBroken", line);
            FieldViolation violation = new FieldViolation("", message, line, column);
            if (header == null) {
                throw new InvalidApplicationException(null, message, List.of(violation));
            }
            rejections.add(new Rejection(index, null, message, List.of(violation)));
        }
        if (header == null) {
            String message = messages.get("reviews.csvNoHeader", String.join(",", ReviewRows.COLUMNS));
            throw new InvalidApplicationException(null, message, List.of(new FieldViolation("", message, 1, 1)));
        }
        return new ReviewBatch(reviews, rejections);
    }

    private static Row next(JsonParser parser) {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.START_ARRAY) {
            return null;
        }
        int line = 0;
        List<String> cells = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        while ((token = parser.nextToken()) != null && token != JsonToken.END_ARRAY) {
            if (cells.isEmpty()) {
                line = Math.max(1, parser.currentTokenLocation().getLineNr());
            }
            cells.add(parser.getString() == null ? "" : parser.getString());
            columns.add(Math.max(1, parser.currentTokenLocation().getColumnNr()));
        }
        return new Row(line, cells, columns);
    }

    /** The column of each field, or the whole file refused with the header's line. */
    private Map<String, Integer> header(Row row) {
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String name = row.cells().get(i).replace("\uFEFF", "").strip();
            String known = ReviewRows.COLUMNS.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(null);
            if (known == null || header.putIfAbsent(known, i) != null) {
                String message = messages.get("reviews.csvHeader", name, String.join(",", ReviewRows.COLUMNS));
                throw new InvalidApplicationException(null, message,
                        List.of(new FieldViolation(name, message, row.line(), row.columns().get(i))));
            }
        }
        List<String> missing = ReviewRows.COLUMNS.stream()
                .filter(c -> !c.equals(REQUIRED_ABSENT) && !header.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            String message = messages.get("reviews.csvHeaderMissing", missing, String.join(",", ReviewRows.COLUMNS));
            throw new InvalidApplicationException(null, message, List.of(new FieldViolation("", message, row.line(), 1)));
        }
        return header;
    }

    private Rejection add(Row row, Map<String, Integer> header, int index, List<Review> reviews) {
        if (row.cells().size() != header.size()) {
            String message = messages.get("reviews.csvColumns", header.size(), row.cells().size());
            return new Rejection(index, null, messages.get("reviews.rowUnreadable", row.line()),
                    List.of(new FieldViolation("", message, row.line(), 1)));
        }
        String applicationId = cell(row, header, "applicationId");
        ReviewRows.Checked checked = rows.check(applicationId, cell(row, header, "reviewer"), cell(row, header, "criterion"),
                null, cell(row, header, "score"), cell(row, header, "comment"), row.line());
        if (checked.review() != null) {
            reviews.add(checked.review());
            return null;
        }
        Integer at = header.get(checked.field());
        int column = at == null ? 1 : row.columns().get(at);
        return new Rejection(index, applicationId, messages.get("reviews.rowUnreadable", row.line()),
                List.of(new FieldViolation(checked.field(), checked.problem(), row.line(), column)));
    }

    private static String cell(Row row, Map<String, Integer> header, String name) {
        Integer at = header.get(name);
        return at == null ? null : row.cells().get(at);
    }
}
