package org.grille.api;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import org.grille.api.application.Application;

/**
 * Reads applications and writes assessments as JSON, in the format documented in the README.
 *
 * <p>Reading is strict: an unknown field, a wrong type, a missing required field, an invalid value, a key given
 * twice in one object or a number too large to be finite ({@code 1e400}) is reported with its JSON path (and line
 * and column). Input is bounded by {@link JsonLimits}. A batch is read entry by entry: a bad entry becomes a
 * {@link Rejection} and the others are still read. Instances are immutable and thread-safe.
 *
 * <p>Every method throws {@link NullPointerException} naming the argument when an argument is null.
 */
public interface JsonCodec {

    /**
     * The engine's codec, with messages in French and the {@linkplain JsonLimits#DEFAULTS default limits}.
     *
     * @return a codec
     */
    static JsonCodec standard() {
        return standard(Locale.CANADA_FRENCH);
    }

    /**
     * The engine's codec, with messages in the given language (French or English) and the default limits.
     *
     * @param locale the language of messages
     * @return a codec
     * @throws IllegalArgumentException when the language is neither French nor English
     */
    static JsonCodec standard(Locale locale) {
        return builder().locale(locale).build();
    }

    /**
     * A builder for a codec with other limits or another language.
     *
     * @return a builder with French messages and the default limits
     */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Reads one application.
     *
     * @param json the application as a JSON object
     * @return the application
     * @throws InvalidApplicationException with every problem found, each with its JSON path
     */
    Application readApplication(String json);

    /**
     * Reads one application from UTF-8 bytes, as {@link #readApplication(String)} does.
     *
     * @param json the application as a JSON object, read to its end (or to one byte past
     *             {@link JsonLimits#maxDocumentBytes()}) and not closed
     * @return the application
     * @throws InvalidApplicationException with every problem found, each with its JSON path; or when the input is not
     *                                     UTF-8 or is too large
     */
    Application readApplication(InputStream json);

    /**
     * Reads a batch given as text, as {@link #readBatch(InputStream)} does.
     *
     * @param json the batch
     * @return the applications read and the entries rejected
     * @throws InvalidApplicationException when the input as a whole is unusable: not JSON, not a batch, empty, or
     *                                     larger than {@link JsonLimits#maxDocumentBytes()} once encoded in UTF-8
     */
    ApplicationBatch readBatch(String json);

    /**
     * Reads a batch: a JSON array of applications, or an object {@code {"applications": [...]}}, or a single
     * application. Entries that cannot be read are returned as rejections with their index.
     *
     * @throws InvalidApplicationException when the input as a whole is unusable: not JSON, not UTF-8,
     *                                     not a batch, empty, or larger than {@link JsonLimits#maxDocumentBytes()}
     * @param json the batch, read to its end and not closed
     * @return the applications read and the entries rejected
     */
    ApplicationBatch readBatch(InputStream json);

    /**
     * Reads a batch entry by entry and hands each to {@code handler} as soon as it is read, holding only one entry
     * in memory: for batches of any size. Accepts the same inputs as {@link #readBatch}. Problems inside an entry
     * give its path and the line where the entry starts.
     *
     * @throws InvalidApplicationException when the input as a whole is unusable (not JSON, not UTF-8, not a batch);
     *                                     entries already handed over stay handed over
     * @param json    the batch, of any size, read to its end and not closed
     * @param handler told of each application and each rejected entry, in input order
     */
    void readEach(InputStream json, BatchHandler handler);

    /**
     * Writes one application; reading the result gives an equal application.
     *
     * @param application the application
     * @return its JSON text
     */
    String writeApplication(Application application);

    /**
     * Writes one assessment.
     *
     * @param assessment the assessment
     * @return its JSON text
     */
    String writeAssessment(Assessment assessment);

    /**
     * Writes one assessment on one line, without indentation: the same fields and values as
     * {@link #writeAssessment}, for JSON Lines (one assessment per line).
     *
     * @param assessment the assessment
     * @return its JSON text, without a line break
     */
    String writeAssessmentLine(Assessment assessment);

    /**
     * Writes a batch result as {@code {"assessments": [...], "rejections": [...]}}.
     *
     * @param result the batch result
     * @param out    where to write; left open
     */
    void writeBatchResult(BatchResult result, OutputStream out);

    /**
     * Configures a codec. Each setter checks its value at once ({@link IllegalArgumentException} naming the setting).
     */
    final class Builder {

        private Locale locale = Locale.CANADA_FRENCH;
        private JsonLimits limits = JsonLimits.DEFAULTS;

        private Builder() {
        }

        /**
         * The language of messages: French (the default) or English.
         *
         * @param locale the language
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Scorer.Builder.supported(Objects.requireNonNull(locale, "locale"));
            return this;
        }

        /**
         * The largest input {@link JsonCodec#readApplication} and {@link JsonCodec#readBatch} accept.
         *
         * @param bytes at least 1
         * @return this builder
         */
        public Builder maxDocumentBytes(long bytes) {
            limits = new JsonLimits(bytes, limits.maxEntryBytes(), limits.maxStringLength(), limits.maxNestingDepth());
            return this;
        }

        /**
         * The largest single application, in bytes of JSON text; a larger entry is rejected.
         *
         * @param bytes at least 1
         * @return this builder
         */
        public Builder maxEntryBytes(int bytes) {
            limits = new JsonLimits(limits.maxDocumentBytes(), bytes, limits.maxStringLength(), limits.maxNestingDepth());
            return this;
        }

        /**
         * The longest string value or field name, in characters; an entry with a longer one is rejected.
         *
         * @param characters between 1 and {@link JsonLimits#PARSER_MAX_STRING_LENGTH}
         * @return this builder
         */
        public Builder maxStringLength(int characters) {
            limits = new JsonLimits(limits.maxDocumentBytes(), limits.maxEntryBytes(), characters, limits.maxNestingDepth());
            return this;
        }

        /**
         * The deepest nesting inside one application (the application object itself is level 1); a deeper entry is
         * rejected.
         *
         * @param levels between 1 and {@link JsonLimits#PARSER_MAX_NESTING_DEPTH} - 2
         * @return this builder
         */
        public Builder maxNestingDepth(int levels) {
            limits = new JsonLimits(limits.maxDocumentBytes(), limits.maxEntryBytes(), limits.maxStringLength(), levels);
            return this;
        }

        /**
         * All limits at once.
         *
         * @param limits the limits
         * @return this builder
         */
        public Builder limits(JsonLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Finds the engine and returns its codec.
         *
         * @return a codec with these settings
         * @throws EngineLookupException when {@code org.grille:rules-engine} is missing, or several engines are present
         */
        public JsonCodec build() {
            return EngineLocator.provider(locale).jsonCodec(locale, limits);
        }
    }
}
