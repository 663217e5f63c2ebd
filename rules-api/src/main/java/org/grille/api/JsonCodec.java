package org.grille.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.grille.api.application.Application;

/**
 * Reads applications and writes assessments as JSON, in the format documented in the README.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a missing required field or an invalid value is
 * reported with its JSON path (and line and column). A batch is read entry by entry: a bad entry becomes a
 * {@link Rejection} and the others are still read. Instances are immutable and thread-safe.
 */
public interface JsonCodec {

    /** The engine's codec, with messages in French. */
    static JsonCodec standard() {
        return standard(Locale.CANADA_FRENCH);
    }

    /** The engine's codec, with messages in the given language (French or English). */
    static JsonCodec standard(Locale locale) {
        Locale supported = Scorer.Builder.supported(locale);
        return EngineLocator.provider(supported).jsonCodec(supported);
    }

    /**
     * Reads one application.
     *
     * @throws InvalidApplicationException with every problem found, each with its JSON path
     */
    Application readApplication(String json);

    /**
     * Reads a batch: a JSON array of applications, or an object {@code {"applications": [...]}}, or a single
     * application. Entries that cannot be read are returned as rejections with their index.
     *
     * @throws InvalidApplicationException when the input as a whole is unusable: not JSON, not UTF-8,
     *                                     not a batch, or empty
     */
    ApplicationBatch readBatch(InputStream json);

    /**
     * Reads a batch entry by entry and hands each to {@code handler} as soon as it is read, holding only one entry
     * in memory: for batches of any size. Accepts the same inputs as {@link #readBatch}. Problems inside an entry
     * give its path and the line where the entry starts.
     *
     * @throws InvalidApplicationException when the input as a whole is unusable (not JSON, not UTF-8, not a batch);
     *                                     entries already handed over stay handed over
     */
    void readEach(InputStream json, BatchHandler handler);

    /** Writes one application; reading the result gives an equal application. */
    String writeApplication(Application application);

    /** Writes one assessment. */
    String writeAssessment(Assessment assessment);

    /** Writes a batch result as {@code {"assessments": [...], "rejections": [...]}}. */
    void writeBatchResult(BatchResult result, OutputStream out);
}
