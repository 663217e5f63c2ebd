package org.grille.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.grille.api.FieldViolation;
import org.grille.api.InvalidApplicationException;
import org.grille.api.Scorer;
import org.grille.api.application.Application;
import org.grille.api.review.Committee;
import org.grille.api.review.Conflict;
import org.grille.api.review.ReviewBatch;
import org.grille.api.review.ReviewFormat;
import org.grille.api.review.ReviewerBatch;
import picocli.CommandLine.Option;

/**
 * {@code --reviews FILE} and {@code --reviewers FILE}, shared by every command that reads reviews. Without
 * {@code --reviews}, nothing is read and the command's output is what it was before reviews existed.
 */
final class ReviewOptions {

    @Option(names = "--reviews", paramLabel = "FILE",
            description = "Évaluations du comité (CSV ou JSON) à combiner aux points des règles / committee reviews (CSV or JSON).")
    Path reviews;

    @Option(names = "--reviewers", paramLabel = "FILE",
            description = "Évaluateurs et leurs affiliations (JSON) : les conflits d'intérêts sont exclus / reviewers and affiliations (JSON).")
    Path reviewers;

    boolean given() {
        return reviews != null;
    }

    /** The reviews, reviewers and conflicts of this run; null without {@code --reviews}. */
    ReviewedRun read(Scorer scorer, List<Application> applications, CommonOptions common) throws IOException {
        if (reviews == null) {
            if (reviewers != null) {
                throw new UsageException(common.text().get("reviews.reviewersAlone"));
            }
            return null;
        }
        Committee committee = scorer.committee();
        if (!committee.settings().declared()) {
            throw new UsageException(common.text().get("reviews.notDeclared"));
        }
        ReviewFormat format = reviews.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? ReviewFormat.JSON : ReviewFormat.CSV;
        ReviewBatch batch = readFile(reviews, common, in -> committee.readReviews(in, format));
        ReviewerBatch people = reviewers == null ? null : readFile(reviewers, common, committee::readReviewers);
        List<Conflict> conflicts = people == null ? List.of() : committee.conflicts(applications, people.reviewers());
        return new ReviewedRun(committee, reviews, batch, reviewers, people, conflicts);
    }

    interface Reader<T> {
        T read(InputStream in);
    }

    /** One file read; a file that cannot be read at all is named with the place of its fault. */
    static <T> T readFile(Path file, CommonOptions common, Reader<T> reader) throws IOException {
        common.requireInputFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        } catch (InvalidApplicationException e) {
            List<FieldViolation> violations = e.violations() == null ? List.of() : e.violations();
            throw new InvalidApplicationException(null, common.text().get("reviews.fileUnreadable", file.toString()), violations);
        }
    }
}
