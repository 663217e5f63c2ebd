package org.grille.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.grille.api.Assessment;
import org.grille.api.BatchResult;
import org.grille.api.CatalogInfo;
import org.grille.api.Contribution;
import org.grille.api.Criterion;
import org.grille.api.GateFailure;
import org.grille.api.Ranking;
import org.grille.api.Rejection;
import org.grille.api.application.Objective;
import tools.jackson.databind.json.JsonMapper;

/** The ranked list of a scored batch, as a table, JSON or CSV. */
final class ScoreReport {

    enum Format { table, json, csv }

    /** A ranked assessment with the project's title, as the JSON output writes it. */
    record RankedAssessment(int rank, String title, Assessment assessment) {
    }

    /** The JSON output; {@code committee} only with {@code --reviews}. */
    record Output(CatalogInfo catalog, List<RankedAssessment> ranking, List<Rejection> rejections, Committee committee) {
    }

    /** The committee's part of the JSON output: final scores, agreement, exclusions, and what could not be read. */
    record Committee(org.grille.api.review.CommitteeScores scores, List<org.grille.api.review.Conflict> conflicts,
                     List<String> undeclaredReviewers, List<Rejection> rejections) {
    }

    private static final JsonMapper JSON = JsonOutput.DOCUMENT;

    private final BatchResult result;
    private final List<Ranking.Entry> ranking;
    private final Map<String, String> titles;
    private final CatalogInfo catalog;
    private final Text text;
    private ReviewedRun reviews;
    private org.grille.api.review.CommitteeScores committee;

    ScoreReport(BatchResult result, Map<String, String> titles, CatalogInfo catalog, Text text) {
        this.result = result;
        this.ranking = Ranking.of(result.assessments());
        this.titles = titles;
        this.catalog = catalog;
        this.text = text;
    }

    /** Adds the committee's final scores after the rules' own output, which stays as it is. */
    ScoreReport withReviews(ReviewedRun run, org.grille.api.review.CommitteeScores scores) {
        this.reviews = run;
        this.committee = scores;
        return this;
    }

    /** Writes the report; leaves {@code out} open. */
    void write(Format format, Writer out) {
        switch (format) {
            case table -> table(out);
            case json -> JSON.writeValue(out, new Output(catalog, ranking.stream()
                    .map(e -> new RankedAssessment(e.rank(), titles.get(e.assessment().applicationId()), e.assessment()))
                    .toList(), result.rejections(),
                    committee == null ? null : new Committee(committee, reviews.conflicts(),
                            reviews.undeclared(), reviews.rejections())));
            case csv -> csv(out);
        }
    }

    private void table(Writer writer) {
        // the terminal's own writer, kept as it is, so the tables know its width
        PrintWriter out = writer instanceof PrintWriter terminal ? terminal : new PrintWriter(writer);
        long eligible = result.assessments().stream().filter(Assessment::eligible).count();
        long fundable = result.assessments().stream().filter(Assessment::fundable).count();
        out.println(text.get("score.header", catalog.id(), catalog.version(), catalog.fingerprint().substring(0, 12),
                result.assessments().size() + result.rejections().size(), eligible, fundable));
        out.println();

        List<String> headers = new ArrayList<>(List.of(text.get("col.rank"), text.get("col.application"),
                text.get("col.total"), text.get("col.fundable")));
        List<Objective> objectives = catalog.rubric().objectiveIds();
        for (Objective objective : objectives) {
            headers.add(catalog.rubric().shortLabel(objective, text.locale()));
        }
        headers.add(text.get("col.reasons"));
        boolean[] right = new boolean[headers.size()];
        right[0] = true;
        right[2] = true;
        for (int i = 4; i < 4 + objectives.size(); i++) {
            right[i] = true;
        }
        TextTable eligibleTable = new TextTable(headers, right).keepWhole(1).lastColumnMayGoUnder();
        List<Ranking.Entry> ineligible = new ArrayList<>();
        for (Ranking.Entry entry : ranking) {
            Assessment a = entry.assessment();
            if (!a.eligible()) {
                ineligible.add(entry);
                continue;
            }
            List<String> row = new ArrayList<>(List.of(String.valueOf(entry.rank()), a.applicationId(),
                    String.valueOf(a.total()), a.fundable() ? text.get("yes") : text.get("no")));
            for (Objective objective : objectives) {
                row.add(String.valueOf(a.score(objective)));
            }
            row.add(mainReasons(a, 2));
            eligibleTable.row(row);
        }
        eligibleTable.print(out);

        if (!ineligible.isEmpty()) {
            out.println();
            out.println(text.get("score.ineligible", ineligible.size()));
            TextTable gates = new TextTable(List.of(text.get("col.application"), text.get("col.gates"))).keepWhole(0);
            for (Ranking.Entry entry : ineligible) {
                gates.row(List.of(entry.assessment().applicationId(), entry.assessment().failedGates().stream()
                        .map(GateFailure::reason).collect(Collectors.joining(" | "))));
            }
            gates.print(out);
        }
        if (!result.rejections().isEmpty()) {
            out.println();
            out.println(text.get("score.rejected", result.rejections().size()));
            for (Rejection rejection : result.rejections()) {
                out.println(TerminalText.rejection(rejection));
            }
        }
        out.println();
        out.println(text.get("score.footer"));
        if (committee != null) {
            new CommitteeSection(reviews, committee, text).print(out);
        }
        out.flush();
        if (out.checkError()) {
            // a PrintWriter keeps write errors to itself: without this, a full disk would read as success
            throw new java.io.UncheckedIOException(new java.io.IOException("the table could not be written"));
        }
    }

    /**
     * The reasons of the contributions that counted most, one per criterion so the line says something different
     * each time; catalog order among equals.
     */
    static String mainReasons(Assessment assessment, int count) {
        java.util.Set<Criterion> seen = new java.util.HashSet<>();
        return assessment.contributions().stream()
                .filter(c -> c.counted() > 0)
                .sorted(Comparator.comparingInt(Contribution::counted).reversed())
                .filter(c -> seen.add(c.criterion()))
                .limit(count)
                .map(Contribution::reason)
                .collect(Collectors.joining(" | "));
    }

    private void csv(Writer out) {
        List<String> columns = new ArrayList<>(List.of("rank", "applicationId", "title", "eligible", "fundable", "total"));
        for (Criterion criterion : catalog.rubric().criterionIds()) {
            columns.add(criterion.id());
        }
        for (Objective objective : catalog.rubric().objectiveIds()) {
            columns.add(objective.id());
        }
        columns.add("failedGates");
        columns.add("mainReasons");
        columns.add("rejection");
        if (committee != null) {
            columns.addAll(List.of("finalScore", "calibratedFinalScore", "toDiscuss"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Ranking.Entry entry : ranking) {
            Assessment a = entry.assessment();
            List<String> row = new ArrayList<>(List.of(entry.rank() == 0 ? "" : String.valueOf(entry.rank()),
                    a.applicationId(), String.valueOf(titles.getOrDefault(a.applicationId(), "")),
                    String.valueOf(a.eligible()), String.valueOf(a.fundable()), String.valueOf(a.total())));
            for (Criterion criterion : catalog.rubric().criterionIds()) {
                row.add(String.valueOf(a.score(criterion)));
            }
            for (Objective objective : catalog.rubric().objectiveIds()) {
                row.add(String.valueOf(a.score(objective)));
            }
            row.add(a.failedGates().stream().map(GateFailure::gate).collect(Collectors.joining(";")));
            row.add(mainReasons(a, 3));
            row.add("");
            if (committee != null) {
                org.grille.api.review.FinalScore score = committee.of(a.applicationId());
                row.add(score == null || score.score() == null ? "" : String.valueOf(score.score()));
                row.add(score == null || score.calibratedScore() == null ? "" : String.valueOf(score.calibratedScore()));
                row.add(String.valueOf(score != null && score.toDiscuss()));
            }
            rows.add(row);
        }
        // a rejected application has a row too: its id when known, and each problem with its path, line and column
        for (Rejection rejection : result.rejections()) {
            List<String> row = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
            row.set(1, rejection.applicationId() == null ? "#" + rejection.index() : rejection.applicationId());
            row.set(columns.indexOf("rejection"), rejection.message() + rejection.violations().stream().map(v -> " | " + v)
                    .collect(Collectors.joining()));
            rows.add(row);
        }
        SpreadsheetCsv.write(columns, rows, out);
    }
}
