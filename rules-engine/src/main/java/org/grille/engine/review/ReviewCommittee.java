package org.grille.engine.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.grille.api.Assessment;
import org.grille.api.Criterion;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.JsonLimits;
import org.grille.api.application.Application;
import org.grille.api.review.Committee;
import org.grille.api.review.CommitteeScores;
import org.grille.api.review.Conflict;
import org.grille.api.review.Review;
import org.grille.api.review.ReviewBatch;
import org.grille.api.review.ReviewFormat;
import org.grille.api.review.ReviewSettings;
import org.grille.api.review.Reviewer;
import org.grille.api.review.ReviewerBatch;
import org.grille.engine.catalog.Manifest;
import org.grille.engine.messages.Messages;

/** The committee of one catalog version: its review settings, the readers, the conflict finder and the combination. */
public final class ReviewCommittee implements Committee {

    /** Without a {@code minimumReviews} setting, two reviews of each criterion are expected. */
    static final int DEFAULT_MINIMUM_REVIEWS = 2;

    /**
     * The most reviews (or reviewers) one file may hold: a call of 1 000 applications with five reviewers scoring seven
     * criteria has 35 000. Past it, the rest of the file is one refusal, so a huge file cannot exhaust memory.
     */
    static final int MAX_ENTRIES = 100_000;

    private final ReviewSettings settings;
    private final Map<Criterion, Integer> maxima;
    private final Messages messages;
    private final JsonLimits limits = JsonLimits.DEFAULTS;

    public ReviewCommittee(Manifest manifest, Messages messages) {
        this.settings = settings(manifest.reviews(), manifest.maxima().keySet());
        this.maxima = manifest.maxima();
        this.messages = messages;
    }

    /** The manifest's reviews section, its criteria in the grid's order (the order every table shows them in). */
    static ReviewSettings settings(Manifest.Reviews reviews, java.util.Collection<Criterion> grid) {
        if (reviews == null) {
            return new ReviewSettings(0, 1, Map.of(), DEFAULT_MINIMUM_REVIEWS, 1);
        }
        Map<Criterion, Double> shares = new java.util.LinkedHashMap<>();
        grid.stream().filter(reviews.criteria()::containsKey).forEach(c -> shares.put(c, reviews.criteria().get(c)));
        double min = reviews.scale().min();
        double max = reviews.scale().max();
        int minimum = reviews.minimumReviews() == null ? DEFAULT_MINIMUM_REVIEWS : reviews.minimumReviews();
        double spread = reviews.maximumSpread() == null ? (max - min) / 3 : reviews.maximumSpread();
        return new ReviewSettings(min, max, shares, minimum, spread);
    }

    @Override
    public ReviewSettings settings() {
        return settings;
    }

    @Override
    public ReviewBatch readReviews(InputStream in, ReviewFormat format) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(format, "format");
        requireDeclared();
        byte[] bytes = bounded(in);
        if (format == ReviewFormat.CSV) {
            ReviewRows rows = new ReviewRows(settings, messages, limits.maxStringLength(), line -> messages.get("reviews.line", line));
            return new ReviewCsv(rows, messages).read(bytes);
        }
        ReviewRows rows = new ReviewRows(settings, messages, limits.maxStringLength(), index -> "$[" + index + "]");
        return new ReviewJson(rows, messages, limits).read(bytes);
    }

    @Override
    public ReviewerBatch readReviewers(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new ReviewerJson(messages, limits).read(bounded(in));
    }

    @Override
    public List<Conflict> conflicts(List<Application> applications, List<Reviewer> reviewers) {
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(reviewers, "reviewers");
        return ConflictFinder.find(applications, reviewers);
    }

    @Override
    public CommitteeScores combine(List<Assessment> assessments, List<Review> reviews, List<Conflict> conflicts) {
        Objects.requireNonNull(assessments, "assessments");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(conflicts, "conflicts");
        requireDeclared();
        return new FinalScores(settings, maxima).combine(assessments, reviews, conflicts);
    }

    private void requireDeclared() {
        if (!settings.declared()) {
            throw new IllegalStateException(messages.get("reviews.notDeclared"));
        }
    }

    /** The file's bytes, refused whole past the largest document, and refused unless they are UTF-8. */
    private byte[] bounded(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > limits.maxDocumentBytes()) {
            String message = messages.get("reviews.tooLarge", limits.maxDocumentBytes());
            throw new InvalidApplicationException(null, message, List.of(new FieldViolation("$", message, 0, 0)));
        }
        int bad = Utf8.firstBadByte(bytes);
        if (bad >= 0) {
            int[] at = Utf8.lineAndColumn(bytes, bad);
            String message = messages.get("json.notUtf8", bad);
            throw new InvalidApplicationException(null, message, List.of(new FieldViolation("$", message, at[0], at[1])));
        }
        return bytes;
    }
}
