package org.grille.engine.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grille.api.FieldViolation;
import org.grille.api.JsonLimits;
import org.grille.api.Rejection;
import org.grille.api.review.Affiliation;
import org.grille.api.review.Reviewer;
import org.grille.api.review.ReviewerBatch;
import org.grille.engine.json.JsonRecords;
import org.grille.engine.messages.Messages;
import tools.jackson.databind.JsonNode;

/**
 * Reads a reviewers file: {@code [{"id", "name", "affiliations": [{"organization", "registryNumber"}], "boards": [..]}]}.
 * An entry with a problem costs that reviewer only.
 */
final class ReviewerJson {

    private static final List<String> FIELDS = List.of("id", "name", "affiliations", "boards");
    private static final Set<String> AFFILIATION_FIELDS = Set.of("organization", "registryNumber");

    private final Messages messages;
    private final JsonLimits limits;

    ReviewerJson(Messages messages, JsonLimits limits) {
        this.messages = messages;
        this.limits = limits;
    }

    ReviewerBatch read(byte[] bytes) {
        JsonRecords records = JsonRecords.read(bytes, "reviewers", limits, ReviewCommittee.MAX_ENTRIES, messages);
        List<Reviewer> reviewers = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (JsonRecords.Entry entry : records.entries()) {
            int index = entry.index();
            String summary = messages.get("reviewers.entryUnreadable", index);
            if (entry.node() == null) {
                rejections.add(new Rejection(index, null, summary, List.of(entry.violation())));
                continue;
            }
            JsonNode node = entry.node();
            String id = node.get("id") != null && node.get("id").isString() ? node.get("id").asString().strip() : null;
            FieldViolation problem = problem(records, index, node, id);
            if (problem == null && seen.putIfAbsent(id, index) != null) {
                problem = records.at(index, "id", messages.get("reviewers.duplicate", id, seen.get(id)));
            }
            if (problem != null) {
                rejections.add(new Rejection(index, id, summary, List.of(problem)));
                continue;
            }
            List<Affiliation> affiliations = new ArrayList<>();
            if (node.get("affiliations") != null) {
                for (JsonNode a : node.get("affiliations")) {
                    affiliations.add(new Affiliation(text(a.get("organization")), text(a.get("registryNumber"))));
                }
            }
            List<String> boards = new ArrayList<>();
            if (node.get("boards") != null) {
                node.get("boards").forEach(b -> boards.add(b.asString()));
            }
            reviewers.add(new Reviewer(id, text(node.get("name")), affiliations, boards));
        }
        return new ReviewerBatch(reviewers, rejections);
    }

    /** The first problem of an entry, or null. */
    private FieldViolation problem(JsonRecords records, int index, JsonNode node, String id) {
        for (String name : node.propertyNames()) {
            if (!FIELDS.contains(name)) {
                return records.at(index, name, messages.get("json.unknownField", name, String.join(", ", FIELDS)));
            }
        }
        if (id == null || id.isEmpty()) {
            return records.at(index, node.has("id") ? "id" : null, messages.get("reviews.missing", "id"));
        }
        if (node.get("name") != null && !node.get("name").isString() && !node.get("name").isNull()) {
            return records.at(index, "name", messages.get("json.wrongType", messages.get("type.text")));
        }
        JsonNode affiliations = node.get("affiliations");
        if (affiliations != null && !affiliations.isNull()) {
            if (!affiliations.isArray()) {
                return records.at(index, "affiliations", messages.get("json.wrongType", messages.get("type.list")));
            }
            for (int i = 0; i < affiliations.size(); i++) {
                JsonNode a = affiliations.get(i);
                String where = "affiliations/" + i;
                if (!a.isObject()) {
                    return records.at(index, where, messages.get("reviewers.affiliation"));
                }
                for (String name : a.propertyNames()) {
                    if (!AFFILIATION_FIELDS.contains(name) || !(a.get(name).isString() || a.get(name).isNull())) {
                        return records.at(index, where, messages.get("reviewers.affiliation"));
                    }
                }
                if (text(a.get("organization")) == null && text(a.get("registryNumber")) == null) {
                    return records.at(index, where, messages.get("reviewers.affiliation"));
                }
            }
        }
        JsonNode boards = node.get("boards");
        if (boards != null && !boards.isNull()) {
            if (!boards.isArray()) {
                return records.at(index, "boards", messages.get("json.wrongType", messages.get("type.list")));
            }
            for (int i = 0; i < boards.size(); i++) {
                if (!boards.get(i).isString() || boards.get(i).asString().isBlank()) {
                    return records.at(index, "boards/" + i, messages.get("reviewers.board"));
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asString().isBlank() ? null : node.asString().strip();
    }
}
