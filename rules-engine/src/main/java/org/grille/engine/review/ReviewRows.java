package org.grille.engine.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grille.api.Criterion;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewSettings;
import org.grille.engine.messages.Messages;

/** Checks one review's fields, whatever the file's format, and remembers which reviews were already read. */
final class ReviewRows {

    static final List<String> COLUMNS = List.of("applicationId", "reviewer", "criterion", "score", "comment");

    /** A review, or the field at fault and what is wrong with it. */
    record Checked(Review review, String field, String problem) {
    }

    private final ReviewSettings settings;
    private final Messages messages;
    private final int maxText;
    /** Where each (application, reviewer, criterion) was first read, to refuse a second score of it. */
    private final Map<String, Integer> seen = new HashMap<>();
    /** Names a place for a message: "line 4" in CSV, "$[3]" in JSON; only called when a message is written. */
    private final java.util.function.IntFunction<String> places;

    ReviewRows(ReviewSettings settings, Messages messages, int maxText, java.util.function.IntFunction<String> places) {
        this.settings = settings;
        this.messages = messages;
        this.maxText = maxText;
        this.places = places;
    }

    /**
     * The review these fields make, or the first problem. {@code score} is the number when the file had one,
     * otherwise null and {@code scoreText} holds what it had. {@code where} places this row for a later duplicate.
     */
    Checked check(String applicationId, String reviewer, String criterion, Double score, String scoreText, String comment,
                  int where) {
        for (String[] field : new String[][] {{"applicationId", applicationId}, {"reviewer", reviewer},
                {"criterion", criterion}, {"comment", comment}}) {
            if (field[1] != null && field[1].length() > maxText) {
                return problem(field[0], messages.get("json.stringTooLong", field[1].length(), maxText));
            }
        }
        if (blank(applicationId)) {
            return problem("applicationId", messages.get("reviews.missing", "applicationId"));
        }
        if (blank(reviewer)) {
            return problem("reviewer", messages.get("reviews.missing", "reviewer"));
        }
        if (blank(criterion)) {
            return problem("criterion", messages.get("reviews.missing", "criterion"));
        }
        Criterion known = Criterion.isId(criterion.strip()) ? new Criterion(criterion.strip()) : null;
        if (known == null || !settings.shares().containsKey(known)) {
            return problem("criterion", messages.get("reviews.criterion", criterion.strip(), settings.shares().keySet()));
        }
        Double value = score != null ? score : number(scoreText);
        if (value == null) {
            return problem("score", blank(scoreText) ? messages.get("reviews.missing", "score")
                    : messages.get("reviews.scoreNotNumber", scoreText.strip()));
        }
        if (!(value >= settings.scaleMin() && value <= settings.scaleMax())) {
            return problem("score", messages.get("reviews.scoreOffScale", value, settings.scaleMin(), settings.scaleMax()));
        }
        String key = applicationId.strip() + "\u0000" + reviewer.strip() + "\u0000" + known;
        Integer first = seen.putIfAbsent(key, where);
        if (first != null) {
            return problem("criterion", messages.get("reviews.duplicate", reviewer.strip(), known, applicationId.strip(),
                    places.apply(first)));
        }
        return new Checked(new Review(applicationId.strip(), reviewer.strip(), known, value, comment == null ? "" : comment),
                null, null);
    }

    private static Checked problem(String field, String message) {
        return new Checked(null, field, message);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A number as a spreadsheet writes it: {@code 7.5} or, in French, {@code 7,5}; null when it is not one. */
    private static Double number(String text) {
        if (blank(text)) {
            return null;
        }
        String plain = text.strip().replace(',', '.');
        if (!plain.matches("[+-]?\\d{1,9}(\\.\\d{1,9})?")) {
            return null;
        }
        return Double.parseDouble(plain);
    }
}
