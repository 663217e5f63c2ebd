package org.grille.engine.review;

import java.util.ArrayList;
import java.util.List;
import org.grille.api.JsonLimits;
import org.grille.api.Rejection;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewBatch;
import org.grille.engine.json.JsonRecords;
import org.grille.engine.messages.Messages;
import tools.jackson.databind.JsonNode;

/** Reads reviews from JSON: {@code [{"applicationId", "reviewer", "criterion", "score", "comment"}]}. */
final class ReviewJson {

    private final ReviewRows rows;
    private final Messages messages;
    private final JsonLimits limits;

    ReviewJson(ReviewRows rows, Messages messages, JsonLimits limits) {
        this.rows = rows;
        this.messages = messages;
        this.limits = limits;
    }

    ReviewBatch read(byte[] bytes) {
        JsonRecords records = JsonRecords.read(bytes, "reviews", limits, ReviewCommittee.MAX_ENTRIES, messages);
        List<Review> reviews = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (JsonRecords.Entry entry : records.entries()) {
            int index = entry.index();
            if (entry.node() == null) {
                rejections.add(new Rejection(index, null, messages.get("reviews.entryUnreadable", index),
                        List.of(entry.violation())));
                continue;
            }
            JsonNode node = entry.node();
            String unknown = unknownField(node);
            if (unknown != null) {
                rejections.add(new Rejection(index, text(node, "applicationId"), messages.get("reviews.entryUnreadable", index),
                        List.of(records.at(index, unknown,
                        messages.get("json.unknownField", unknown, String.join(", ", ReviewRows.COLUMNS))))));
                continue;
            }
            JsonNode score = node.get("score");
            ReviewRows.Checked checked = rows.check(text(node, "applicationId"), text(node, "reviewer"), text(node, "criterion"),
                    score != null && score.isNumber() ? score.asDouble() : null,
                    score == null || score.isNull() ? null : score.isString() ? score.asString() : score.toString(),
                    text(node, "comment"), index);
            if (checked.review() != null) {
                reviews.add(checked.review());
            } else {
                rejections.add(new Rejection(index, text(node, "applicationId"), messages.get("reviews.entryUnreadable", index),
                        List.of(records.at(index, checked.field(), checked.problem()))));
            }
        }
        return new ReviewBatch(reviews, rejections);
    }

    private static String unknownField(JsonNode node) {
        for (String name : node.propertyNames()) {
            if (!ReviewRows.COLUMNS.contains(name)) {
                return name;
            }
        }
        return null;
    }

    /** A text field, or its JSON when it is not text (so that a wrong type is named in the problem). */
    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isString() ? value.asString() : value.toString();
    }
}
