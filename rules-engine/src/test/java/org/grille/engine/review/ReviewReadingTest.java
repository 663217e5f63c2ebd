package org.grille.engine.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.grille.api.Criterion;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Rejection;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewBatch;
import org.grille.api.review.ReviewFormat;
import org.grille.api.review.ReviewerBatch;
import org.junit.jupiter.api.Test;

class ReviewReadingTest {

    private static final String HEADER = "applicationId,reviewer,criterion,score,comment\n";

    @Test
    void readsTheRowsOfACsvExportWithQuotedCommasAndFrenchDecimals() {
        ReviewBatch batch = Committees.csv(HEADER
                + "MI-1,R1,IMPACT_DESIGN,7,\"Clear, measurable\"\n"
                + "MI-1,R2,PARTNERSHIPS,\"6,5\",\"two\nlines\"\n");
        assertThat(batch.rejections()).isEmpty();
        assertThat(batch.reviews()).containsExactly(
                new Review("MI-1", "R1", Criterion.of("IMPACT_DESIGN"), 7, "Clear, measurable"),
                new Review("MI-1", "R2", Criterion.of("PARTNERSHIPS"), 6.5, "two\nlines"));
    }

    @Test
    void aBadRowCostsThatRowOnlyAndNamesItsLineColumnAndField() {
        ReviewBatch batch = Committees.csv(HEADER
                + "MI-1,R1,IMPACT_DESIGN,7,ok\n"
                + "MI-1,R1,PARTNERSHIPS,eleven,bad\n"
                + "MI-2,R1,IMPACT_DESIGN,12,off the scale\n"
                + "MI-3,R1,BUDGET_REALISM,5,not a reviewed criterion\n"
                + "MI-1,R1,IMPACT_DESIGN,8,second score\n"
                + "MI-4,R1,IMPACT_DESIGN,5\n"
                + "MI-5,R2,PARTNERSHIPS,3,kept\n");
        assertThat(batch.reviews()).extracting(Review::applicationId).containsExactly("MI-1", "MI-5");
        assertThat(batch.rejections()).extracting(Rejection::index).containsExactly(1, 2, 3, 4, 5);
        FieldViolation notNumber = batch.rejections().get(0).violations().get(0);
        assertThat(notNumber.path()).isEqualTo("score");
        assertThat(notNumber.line()).isEqualTo(3);
        assertThat(notNumber.column()).isEqualTo(22);
        assertThat(notNumber.message()).contains("eleven").contains("not a number");
        assertThat(batch.rejections().get(1).violations().get(0).message()).contains("off the catalog's scale, 0 to 10");
        assertThat(batch.rejections().get(2).violations().get(0).message()).contains("BUDGET_REALISM");
        assertThat(batch.rejections().get(3).violations().get(0).message()).contains("already scored").contains("line 2");
        assertThat(batch.rejections().get(4).violations().get(0).message()).contains("4 columns instead of 5");
        assertThat(batch.rejections().get(4).violations().get(0).line()).isEqualTo(7);
    }

    @Test
    void aHeaderInAnotherOrderWithoutCommentsIsRead() {
        ReviewBatch batch = Committees.csv("score,criterion,reviewer,applicationId\n5,PARTNERSHIPS,R9,MI-7\n");
        assertThat(batch.reviews()).containsExactly(new Review("MI-7", "R9", Criterion.of("PARTNERSHIPS"), 5, ""));
    }

    @Test
    void aWrongHeaderRefusesTheFileWithItsPlace() {
        assertThatThrownBy(() -> Committees.csv("applicationId,reviewer,criteria,score\n"))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                    assertThat(e.violations().get(0).line()).isEqualTo(1);
                    assertThat(e.violations().get(0).column()).isEqualTo(24);
                    assertThat(e.getMessage()).contains("\"criteria\"");
                });
        assertThatThrownBy(() -> Committees.csv("")).isInstanceOf(InvalidApplicationException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void aQuoteThatIsNeverClosedKeepsTheRowsBeforeItAndSaysWhere() {
        ReviewBatch batch = Committees.csv(HEADER + "MI-1,R1,IMPACT_DESIGN,7,ok\nMI-2,R1,IMPACT_DESIGN,7,\"open\" here\n");
        assertThat(batch.reviews()).hasSize(1);
        assertThat(batch.rejections()).hasSize(1);
        assertThat(batch.rejections().get(0).violations().get(0).line()).isEqualTo(3);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWithTheirLine() {
        byte[] bytes = (HEADER + "MI-1,R1,IMPACT_DESIGN,7,caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> Committees.committee(Locale.ENGLISH).readReviews(new ByteArrayInputStream(bytes), ReviewFormat.CSV))
                .isInstanceOfSatisfying(InvalidApplicationException.class,
                        e -> assertThat(e.violations().get(0).line()).isEqualTo(2));
    }

    @Test
    void aTooLongCellCostsItsRow() {
        String comment = "x".repeat(20_001);
        ReviewBatch batch = Committees.csv(HEADER + "MI-1,R1,IMPACT_DESIGN,7," + comment + "\nMI-2,R1,IMPACT_DESIGN,7,ok\n");
        assertThat(batch.reviews()).extracting(Review::applicationId).containsExactly("MI-2");
        assertThat(batch.rejections().get(0).violations().get(0).path()).isEqualTo("comment");
    }

    @Test
    void aFileWithMoreReviewsThanTheLimitIsReadUpToItAndTheRestIsOneRefusal() {
        int limit = ReviewCommittee.MAX_ENTRIES;
        StringBuilder csv = new StringBuilder(HEADER);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < limit + 2; i++) {
            csv.append("MI-1,R").append(i).append(",IMPACT_DESIGN,5,\n");
            json.append(i == 0 ? "" : ",\n").append("{\"applicationId\": \"MI-1\", \"reviewer\": \"R").append(i)
                    .append("\", \"criterion\": \"IMPACT_DESIGN\", \"score\": 5}");
        }
        json.append("]");
        ReviewBatch fromCsv = Committees.csv(csv.toString());
        ReviewBatch fromJson = Committees.json(json.toString());
        // data row k of the CSV is on line k + 2 (after the header); entry k of the JSON on line k + 1
        assertThat(fromCsv.rejections().get(0).violations().get(0).line()).isEqualTo(limit + 2);
        assertThat(fromJson.rejections().get(0).violations().get(0).line()).isEqualTo(limit + 1);
        for (ReviewBatch batch : List.of(fromCsv, fromJson)) {
            assertThat(batch.reviews()).hasSize(limit);
            assertThat(batch.rejections()).hasSize(1);
            assertThat(batch.rejections().get(0).violations().get(0).message()).contains(String.valueOf(limit));
        }
    }

    @Test
    void readsJsonWithTheJsonPathLineAndColumnOfABadEntry() {
        ReviewBatch batch = Committees.json("""
                {"reviews": [
                  {"applicationId": "MI-1", "reviewer": "R1", "criterion": "IMPACT_DESIGN", "score": 7.5},
                  {"applicationId": "MI-2", "reviewer": "R1", "criterion": "IMPACT_DESIGN", "score": "high"},
                  {"applicationId": "MI-3", "reviewer": "R1", "criterion": "IMPACT_DESIGN", "score": 4, "note": "x"},
                  42,
                  {"applicationId": "MI-4", "reviewer": "R2", "criterion": "PARTNERSHIPS", "score": 9, "comment": "ok"}
                ]}
                """);
        assertThat(batch.reviews()).extracting(Review::applicationId).containsExactly("MI-1", "MI-4");
        assertThat(batch.rejections()).extracting(Rejection::index).containsExactly(1, 2, 3);
        FieldViolation score = batch.rejections().get(0).violations().get(0);
        assertThat(score.path()).isEqualTo("$.reviews[1].score");
        assertThat(score.line()).isEqualTo(3);
        assertThat(score.column()).isGreaterThan(70);
        assertThat(batch.rejections().get(1).violations().get(0).path()).isEqualTo("$.reviews[2].note");
        assertThat(batch.rejections().get(2).violations().get(0).path()).isEqualTo("$.reviews[3]");
    }

    @Test
    void jsonThatDoesNotParseIsRefusedWithItsPlaceAndNoParserText() {
        assertThatThrownBy(() -> Committees.json("[\n  {\"applicationId\": \"MI-1\",}\n]"))
                .isInstanceOfSatisfying(InvalidApplicationException.class, e -> {
                    assertThat(e.violations().get(0).line()).isEqualTo(2);
                    assertThat(e.getMessage()).doesNotContain("Unexpected character").doesNotContain("tools.jackson");
                });
    }

    @Test
    void readsReviewersAndRejectsABadOneAlone() {
        String json = """
                [
                  {"id": "R1", "name": "Awa", "affiliations": [{"organization": "Centre A inc."}], "boards": ["Maison B"]},
                  {"id": "R2", "affiliations": [{}]},
                  {"id": "R1", "name": "Again"},
                  {"id": "R3", "affiliations": [{"registryNumber": "1140000001"}]}
                ]
                """;
        ReviewerBatch batch = Committees.committee(Locale.ENGLISH).readReviewers(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(batch.reviewers()).extracting(r -> r.id()).containsExactly("R1", "R3");
        assertThat(batch.rejections()).extracting(Rejection::index).containsExactly(1, 2);
        assertThat(batch.rejections().get(0).violations().get(0).path()).isEqualTo("$[1].affiliations[0]");
        assertThat(batch.rejections().get(0).violations().get(0).line()).isEqualTo(3);
        assertThat(batch.rejections().get(1).violations().get(0).message()).contains("already that of reviewer no. 0");
    }

    @Test
    void aCatalogWithoutReviewerCriteriaSaysHowToDeclareThem() {
        ReviewCommittee none = new ReviewCommittee(Committees.manifest(null), new org.grille.engine.messages.Messages(Locale.CANADA_FRENCH));
        assertThat(none.settings().declared()).isFalse();
        assertThatThrownBy(() -> none.readReviews(new ByteArrayInputStream(new byte[0]), ReviewFormat.CSV))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("« reviews »");
    }
}
