package org.grille.engine.review;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grille.api.Criterion;
import org.grille.api.review.ReviewBatch;
import org.grille.api.review.ReviewFormat;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.messages.Messages;

/** A committee for tests: the bundled catalog's criteria, reviewers scoring half of two of them on a 0–10 scale. */
final class Committees {

    static final List<Manifest.CriterionEntry> CRITERIA = List.of(entry("OBJECTIVE_FIT", 25),
            entry("NEED_AND_PARTICIPATION", 10), entry("IMPACT_DESIGN", 15), entry("EVALUATION_PLAN", 15),
            entry("PARTNERSHIPS", 15), entry("ORGANIZATIONAL_CAPACITY", 10), entry("BUDGET_REALISM", 10));

    static final Manifest.Reviews REVIEWS = new Manifest.Reviews(new Manifest.Scale(0.0, 10.0),
            Map.of(Criterion.of("IMPACT_DESIGN"), 0.5, Criterion.of("PARTNERSHIPS"), 0.5), 2, 4.0);

    private Committees() {
    }

    private static Manifest.CriterionEntry entry(String id, int maximum) {
        return new Manifest.CriterionEntry(Criterion.of(id), maximum, Map.of("fr", id, "en", id), null);
    }

    static ReviewCommittee committee(Locale locale) {
        return new ReviewCommittee(manifest(REVIEWS), new Messages(locale));
    }

    static Manifest manifest(Manifest.Reviews reviews) {
        return new Manifest("test", "1", Map.of(), List.of("x.drl"), "reasons", CRITERIA, List.of(), null, 60, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, reviews, null);
    }

    static ReviewBatch csv(String text) {
        return committee(Locale.ENGLISH).readReviews(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ReviewFormat.CSV);
    }

    static ReviewBatch json(String text) {
        return committee(Locale.ENGLISH).readReviews(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ReviewFormat.JSON);
    }
}
