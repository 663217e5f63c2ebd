package org.grille.cli;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The one way the command line writes CSV: every cell passes {@link #cell}, so text an applicant typed never runs as a
 * formula when staff open the file in a spreadsheet (OWASP, "CSV injection").
 */
final class SpreadsheetCsv {

    /** What a spreadsheet reads as the start of a formula or a command. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    /** A number stays a number: "-2" is a score change, not a formula. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

    private SpreadsheetCsv() {
    }

    /** Writes a header of {@code columns} and {@code rows}, each cell made inert. */
    static void write(List<String> columns, List<List<String>> rows, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<List<String>> inert = new ArrayList<>(rows.size());
        rows.forEach(row -> inert.add(row.stream().map(SpreadsheetCsv::cell).toList()));
        CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build().writer(schema.build()).writeValue(out, inert);
    }

    /**
     * The cell as a spreadsheet will show it and never evaluate it: a cell that starts like a formula gets a leading
     * apostrophe, which spreadsheets read as "this is text"; numbers are left as they are.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
                || NUMBER.matcher(value).matches()) {
            return value;
        }
        return "'" + value;
    }
}
